package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.AppPreferences;
import org.sightline.view.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        AppPreferences.root().remove(SightlineApp.DARK_THEME);
        app = new SightlineApp();
        app.show(stage, null);
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> app.window().setDark(false));
        AppPreferences.root().remove(SightlineApp.DARK_THEME);
    }

    private CheckMenuItem darkThemeItem() {
        for (var menu : app.window().menuBar().getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if ("menuDarkTheme".equals(item.getId())) {
                    return (CheckMenuItem) item;
                }
            }
        }
        throw new AssertionError("View → Dark theme");
    }

    /** View → Dark theme, clicked. */
    private void chooseDarkTheme(FxRobot robot) {
        robot.clickOn("View");
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private double statusBarLuminance(FxRobot robot) {
        Region bar = robot.lookup(".status-bar").queryAs(Region.class);
        return luminance((Color) bar.getBackground().getFills().get(0).getFill());
    }

    @Test
    void promptTextIsReadableInTheDarkFieldsNotOnlyInTheSearchField(FxRobot robot) {
        chooseDarkTheme(robot);
        javafx.scene.control.TextField goTo = robot.lookup("#timelineGoTo").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.text.Text prompt = goTo.lookupAll("Text").stream()
                .map(n -> (javafx.scene.text.Text) n).filter(t -> goTo.getPromptText().equals(t.getText()))
                .findFirst().orElseThrow();
        double ink = luminance((Color) prompt.getFill());
        assertTrue(ink > 0.4, "the Go to field's prompt stands out from the dark field: luminance " + ink);
    }

    @Test
    void aToggleThatIsOnStandsOutFromOneThatIsOffInTheDarkTheme(FxRobot robot) {
        chooseDarkTheme(robot);
        javafx.scene.control.ToggleButton on = robot.lookup("#searchModeFilter").queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton off = robot.lookup("#searchModeHighlight").queryAs(javafx.scene.control.ToggleButton.class);
        assertTrue(on.isSelected() && !off.isSelected());
        Color[] fills = new Color[2];
        robot.interact(() -> {
            fills[0] = middle(on);
            fills[1] = middle(off);
        });
        double distance = Math.abs(fills[0].getRed() - fills[1].getRed()) + Math.abs(fills[0].getGreen() - fills[1].getGreen())
                + Math.abs(fills[0].getBlue() - fills[1].getBlue());
        assertTrue(distance > 0.25, "on " + fills[0] + " against off " + fills[1]);
    }

    /** The colour of a control's pixel at its left quarter, half way down (clear of its text). */
    private static Color middle(javafx.scene.control.Control c) {
        javafx.scene.image.WritableImage shot = c.snapshot(null, null);
        return shot.getPixelReader().getColor((int) (shot.getWidth() * 0.12), (int) (shot.getHeight() / 2));
    }

    @Test
    void theDarkThemeDarkensTheWindowTheTimelineAndTheDialogsAndIsRemembered(FxRobot robot) {
        assertFalse(app.window().timeline().view().isDark());
        assertTrue(statusBarLuminance(robot) > 0.8, "light to begin with");

        chooseDarkTheme(robot);
        assertTrue(darkThemeItem().isSelected());
        assertTrue(app.window().isDark());
        assertTrue(app.window().timeline().view().isDark(), "the timeline follows");
        robot.interact(() -> app.window().timeline().view().applyCss());
        assertTrue(luminance(app.window().timeline().view().timelineStyle().background()) < 0.2,
                "with its dark colours from timeline-view.css");
        assertTrue(robot.lookup(".status-legend").queryAs(org.sightline.view.timeline.StatusLegend.class)
                .darkProperty().get(), "and its legend");
        assertTrue(app.window().getScene().getStylesheets().contains(MainWindow.DARK_STYLESHEET),
                "menus and popups take the scene's stylesheets");
        assertTrue(statusBarLuminance(robot) < 0.2, "the panels are dark: " + statusBarLuminance(robot));

        // A dialog opened from the window is dark too.
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = Window.getWindows().stream().filter(w -> w != app.window().getScene().getWindow()
                && w.isShowing() && w.getScene() != null && w.getScene().getStylesheets().contains(
                MainWindow.DARK_STYLESHEET)).findFirst().orElse(null);
        assertNotNull(dialog, "the shortcuts dialog has the dark stylesheet");
        robot.interact(dialog::hide);

        assertTrue(AppPreferences.root().getBoolean(SightlineApp.DARK_THEME, false), "remembered");
        Stage[] second = new Stage[1];
        SightlineApp[] next = new SightlineApp[1];
        robot.interact(() -> {
            second[0] = new Stage();
            next[0] = new SightlineApp();
            next[0].show(second[0], null);
        });
        assertTrue(next[0].window().isDark(), "the next start is dark");
        robot.interact(() -> second[0].close());

        chooseDarkTheme(robot);
        assertFalse(app.window().isDark());
        assertFalse(app.window().timeline().view().isDark());
        assertFalse(app.window().getScene().getStylesheets().contains(MainWindow.DARK_STYLESHEET));
        assertTrue(statusBarLuminance(robot) > 0.8, "light again");
        assertFalse(AppPreferences.root().getBoolean(SightlineApp.DARK_THEME, true));
    }

    @Test
    void theHighContrastPresentingThemeIsBlackOnWhiteInTheDarkThemeToo(FxRobot robot) {
        robot.interact(() -> app.window().setDark(true));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().timeline().view().isDark(), "presenting in the dark theme");
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.window().timeline().view().isDark(), "high contrast: the light timeline, black on white");
        robot.interact(() -> app.window().timeline().view().applyCss());
        assertEquals(Color.WHITE, app.window().timeline().view().timelineStyle().background());
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().timeline().view().isDark(), "H again: dark again");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().timeline().view().isDark());
    }
}
