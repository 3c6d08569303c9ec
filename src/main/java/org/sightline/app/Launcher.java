package org.sightline.app;

import java.io.PrintWriter;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The entry point. It must not extend {@link Application} so that the application starts from a plain
 * classpath jar. Headless commands (validate …) run without starting JavaFX at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ClasspathNotice.quieten();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != SightlineCommand.LAUNCH_GUI) {
            System.exit(code);
        }
        try {
            Application.launch(SightlineApp.class);
        } catch (RuntimeException e) {
            System.err.println("sightline: cannot open a window: " + e.getMessage());
            System.err.println("A desktop session with GTK 3 is needed for the window; the command-line options"
                    + " (see --help) work without one.");
            System.exit(SightlineCommand.EXIT_FAILED);
        }
    }

    /**
     * Parses and runs the command line; returns an exit code, or {@link SightlineCommand#LAUNCH_GUI}
     * when the window should open.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        SightlineCommand command = new SightlineCommand();
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("sightline: " + ex.getMessage());
            err.println("Try 'sightline --help' for the options.");
            return SightlineCommand.EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cl, parsed) -> {
            err.println("sightline: " + ex.getMessage());
            return SightlineCommand.EXIT_FAILED;
        });
        int code = cli.execute(args);
        if (code == SightlineCommand.LAUNCH_GUI) {
            SightlineApp.startupDataset = command.dataset();
            SightlineApp.startupPresent = command.present();
        }
        return code;
    }
}
