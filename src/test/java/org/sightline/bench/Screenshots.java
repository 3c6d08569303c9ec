package org.sightline.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sightline.app.SightlineApp;
import org.sightline.model.TimeWindow;

/**
 * Takes screenshots of the window on the curated dataset at decade, year and month zoom, for looking
 * at the drawing (run under Xvfb; needs ImageMagick's {@code import}). Arguments: output folder, and
 * optionally a dataset file to shoot instead (fitted, then a one-year window from its third year).
 */
public final class Screenshots {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Path dataset = args.length > 1 ? Path.of(args[1]) : null;
        java.nio.file.Files.createDirectories(out);
        CompletableFuture<SightlineApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            SightlineApp app = new SightlineApp();
            Stage stage = new Stage();
            app.show(stage, dataset);
            stage.setX(0);
            stage.setY(0);
            app.window().timeline().view().setAnimated(false);
            app.window().setDark(Boolean.getBoolean("shots.dark")); // -Dshots.dark=true: the dark theme
            app.window().timeline().view().setClock(() -> day(2026, 6, 1));
            started.complete(app);
        });
        SightlineApp app = started.get();
        Thread.sleep(2500);
        if (dataset != null) {
            Thread.sleep(2500); // read off the FX thread
            shoot(app, null, out.resolve("dataset-fitted.png"));
            long start = app.state().getDataset().extent().orElseThrow().startMillis() + 2 * 365 * TimeWindow.DAY;
            shoot(app, new TimeWindow(start, start + 365 * TimeWindow.DAY), out.resolve("dataset-year.png"));
            Platform.exit();
            System.exit(0);
        }
        shoot(app, null, out.resolve("fitted.png"));
        shoot(app, new TimeWindow(day(2015, 6, 1), day(2027, 1, 1)), out.resolve("decade.png"));
        shoot(app, new TimeWindow(day(2022, 7, 1), day(2023, 7, 1)), out.resolve("year.png"));
        shoot(app, new TimeWindow(day(2023, 9, 1), day(2023, 10, 10)), out.resolve("month.png"));
        Platform.runLater(() -> app.state().setSelectedEvent(app.state().getDataset()
                .event("spacefor-japan-activated").orElse(null)));
        shoot(app, new TimeWindow(day(2022, 6, 1), day(2025, 3, 1)), out.resolve("selected.png"));
        Platform.exit();
        System.exit(0);
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * TimeWindow.DAY;
    }

    private static void shoot(SightlineApp app, TimeWindow window, Path file) throws Exception {
        if (window != null) {
            Platform.runLater(() -> app.state().setVisibleWindow(window));
        }
        Thread.sleep(1500);
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", "1440x900+0+0", file.toString())
                .inheritIO().start();
        p.waitFor();
    }
}
