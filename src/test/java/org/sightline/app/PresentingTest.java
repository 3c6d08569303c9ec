package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Briefing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentingTest {

    private SightlineApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new SightlineApp();
        app.show(stage, null);
    }

    private String caption(FxRobot robot) {
        return robot.lookup("#briefingCaption").queryAs(Label.class).getText();
    }

    private String progress(FxRobot robot) {
        return robot.lookup("#briefingProgress").queryAs(Label.class).getText();
    }

    @Test
    void f5EntersFullScreenOnTheFirstStepAndEscRestoresTheWindow(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        assertFalse(stage.isFullScreen());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.briefings().isPresenting());
        assertTrue(stage.isFullScreen());
        assertEquals(briefing.steps().get(0).caption(), caption(robot));
        assertEquals("1 / " + briefing.steps().size(), progress(robot));
        assertFalse(robot.lookup("#eventTable").tryQuery().map(n -> n.getScene() != null && n.isVisible()
                && n.getParent() != null).orElse(false), "the table gives way while presenting");
        assertFalse(robot.lookup("#timelineToolbar").query().isVisible(), "so does the timeline's toolbar");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.briefings().isPresenting());
        assertFalse(stage.isFullScreen());
        assertNull(app.state().getSelectedEvent());
        assertTrue(robot.lookup("#eventTable").query().isVisible());
        assertTrue(robot.lookup("#statusTitle").query().isVisible());
        assertTrue(robot.lookup("#timelineToolbar").query().isVisible());
    }

    @Test
    void theCaptionCardSitsOverTheTimelineAndLeavesThePanelsInView(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds card = sceneBounds(robot.lookup(".caption-card").query());
        javafx.geometry.Bounds timeline = sceneBounds(app.window().timeline().view());
        assertTrue(card.getWidth() > 0 && card.getHeight() > 0, "the card is shown: " + card);
        assertTrue(card.getMinX() >= timeline.getMinX() && card.getMaxX() <= timeline.getMaxX()
                && card.getMaxY() <= timeline.getMaxY(), card + " lies within the timeline " + timeline);
        for (javafx.scene.Node panel : java.util.List.of(app.window().organisationTree(),
                app.window().regionPanel())) {
            assertFalse(card.intersects(sceneBounds(panel)), "the card leaves " + panel.getId() + " in view");
        }
        // Every step keeps it there, sized to its caption (one line or two).
        javafx.scene.layout.Region cardRegion = robot.lookup(".caption-card").queryAs(javafx.scene.layout.Region.class);
        int steps = app.briefings().briefingProperty().get().steps().size();
        java.util.Set<Long> heights = new java.util.HashSet<>();
        for (int i = 1; i < steps; i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.geometry.Bounds later = sceneBounds(cardRegion);
            assertTrue(later.getMinX() >= timeline.getMinX() && later.getMaxX() <= timeline.getMaxX(), later.toString());
            assertEquals(cardRegion.prefHeight(cardRegion.getWidth()), cardRegion.getHeight(), 1,
                    "step " + (i + 1) + ": the card fits its caption");
            heights.add(Math.round(cardRegion.getHeight()));
        }
        assertTrue(heights.size() > 1, "the captions differ in length, so the card's height changed: " + heights);
    }

    @Test
    void aStepIsFramedAgainSoItsTitleFitsWhenTheTimelineNarrowsWhilePresenting(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var view = app.window().timeline().view();
        var dataset = app.state().getDataset();
        var steps = app.briefings().briefingProperty().get().steps();
        int longest = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (title(steps.get(i), dataset).length() > title(steps.get(longest), dataset).length()) {
                longest = i;
            }
        }
        int step = longest;
        robot.interact(() -> app.briefings().jumpTo(step + 1));
        // Wider panels leave the timeline too narrow for that title where the step puts its event.
        robot.interact(() -> app.window().mainSplit().setDividerPositions(0.5));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        var event = app.state().getSelectedEvent();
        var shown = app.state().getVisibleWindow();
        var own = steps.get(step).window(dataset);
        assertEquals(own.duration(), shown.duration(), "as wide as the step's own window");
        assertTrue(shown.startMillis() > own.startMillis(), "moved later, so the event sits further left: "
                + title(steps.get(step), dataset));
        assertTrue(event.startMillis() >= shown.startMillis() && event.startMillis() < shown.endMillis(),
                "the event is in view");
        assertEquals(shown, view.windowShowingLabel(event, shown), "where its whole title fits");
    }

    @Test
    void nothingOfTheTimelineIsHiddenUnderTheCaptionCard(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var view = app.window().timeline().view();
        javafx.scene.Node overview = view.lookup(".timeline-overview");
        javafx.scene.Node band = view.lookup(".timeline-canvas");
        javafx.scene.layout.Region card = robot.lookup(".caption-card").queryAs(javafx.scene.layout.Region.class);
        int steps = app.briefings().briefingProperty().get().steps().size();
        for (int i = 1; i <= steps; i++) {
            if (i > 1) {
                robot.type(KeyCode.RIGHT);
            }
            WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS); // the glide to the step ends
            WaitForAsyncUtils.waitForFxEvents();
            double cardTop = sceneBounds(card).getMinY();
            assertTrue(sceneBounds(overview).getMaxY() <= cardTop, "step " + i + ": the overview ends above the card: "
                    + sceneBounds(overview) + " / " + sceneBounds(card));
            assertTrue(sceneBounds(band).getMaxY() <= cardTop, "step " + i + ": so do the lanes");
            var event = app.state().getSelectedEvent();
            int step = i;
            var drawn = view.boundsOf(event).map(b -> view.localToScene(b)).orElseThrow(
                    () -> new AssertionError("step " + step + ": " + event.id() + " is not drawn"));
            assertTrue(drawn.getMaxY() <= cardTop, "step " + i + ": its event is in view, above the card");
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.getCoveredBottom(), "the timeline takes its whole height back");
    }

    private static String title(org.sightline.model.BriefingStep step, org.sightline.model.Dataset d) {
        return d.event(step.eventId()).orElseThrow().title();
    }

    private static javafx.geometry.Bounds sceneBounds(javafx.scene.Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void whilePresentingTheTreesCheckBoxesMakeWayForTheNames(FxRobot robot) {
        assertTrue(checkBoxWidths(robot) > 0, "the analyst's trees have check boxes to filter by");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, checkBoxWidths(robot), 1e-9, "presenting: no check box takes a row's room");
        assertTrue(robot.lookup(".hierarchy-cell .check-box").queryAll().stream().noneMatch(javafx.scene.Node::isVisible));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(checkBoxWidths(robot) > 0, "back in the window, they are back");
    }

    @Test
    void theStatusLegendFitsOnOneLineOfA1280PixelProjector(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        // The test screen is wider; what a 1280 px screen leaves the timeline: the width less the panels' share.
        javafx.scene.layout.FlowPane legend = robot.lookup(".timeline-legend").queryAs(javafx.scene.layout.FlowPane.class);
        double[] line = new double[1];
        robot.interact(() -> {
            double sum = legend.getInsets().getLeft() + legend.getInsets().getRight();
            for (javafx.scene.Node item : legend.getChildren()) {
                sum += item.prefWidth(-1);
            }
            line[0] = sum + legend.getHgap() * (legend.getChildren().size() - 1);
        });
        double room = 1280 * (1 - org.sightline.view.MainWindow.presentingPanelShare(1280)) - 12;
        assertTrue(line[0] <= room, "the legend needs " + line[0] + " px on one line; a 1280 px screen leaves " + room);
    }

    @Test
    void thePanelsGetTheirShareOfTheFullScreenNotOfTheWindowBeforeIt(FxRobot robot) {
        double windowed = stage.getWidth();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        double screen = stage.getScene().getWidth();
        assertTrue(screen > windowed + 100, "full screen (" + screen + " px) is wider than the window was ("
                + windowed + " px)");
        javafx.scene.Node side = robot.lookup(".side-panels").query();
        assertEquals(org.sightline.view.MainWindow.presentingPanelShare(screen) * screen, // less half the divider
                side.getLayoutBounds().getWidth(), 8, "the side panels' width on a " + screen + " px screen");
    }

    /** The widths of the check boxes in the trees' rows, added up. */
    private static double checkBoxWidths(FxRobot robot) {
        return robot.lookup(".hierarchy-cell .check-box").queryAll().stream()
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .mapToDouble(n -> n.getLayoutBounds().getWidth()).sum();
    }

    @Test
    void escGivesThePanelsBackTheWidthsTheyHadBeforePresenting(FxRobot robot) {
        // A layout of the user's own: panels dragged away from the defaults.
        robot.interact(() -> {
            app.window().mainSplit().setDividerPositions(0.3, 0.7);
            app.window().centre().setDividerPositions(0.55);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] main = app.window().mainSplit().getDividerPositions();
        double[] centre = app.window().centre().getDividerPositions();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.briefings().isPresenting());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        double[] mainAfter = app.window().mainSplit().getDividerPositions();
        double[] centreAfter = app.window().centre().getDividerPositions();
        assertEquals(main.length, mainAfter.length);
        for (int i = 0; i < main.length; i++) {
            assertEquals(main[i], mainAfter[i], 0.005, "main divider " + i);
        }
        assertEquals(centre.length, centreAfter.length);
        assertEquals(centre[0], centreAfter[0], 0.005, "centre divider");
    }

    @Test
    void escPutsTheTreesRowsBackAsTheyWereBeforePresenting(FxRobot robot) {
        var organisations = app.window().organisationTree();
        var places = app.window().regionPanel().tree();
        WaitForAsyncUtils.waitForFxEvents();
        var orgRows = organisations.rows();
        var placeRows = places.rows();
        robot.interact(() -> app.window().table().requestFocus());
        var focused = stage.getScene().getFocusOwner();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 8; i++) { // to step 9, whose places lie deep in the region tree
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(placeRows, places.rows(), "presenting unfolds or scrolls the trees to each step's places");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(orgRows, organisations.rows(), "the organisation tree as it was");
        assertEquals(focused, stage.getScene().getFocusOwner(), "and the keyboard where it was");
        assertEquals(placeRows, places.rows(), "the region tree as it was");
    }

    /** Where the short name {@code text} of a tree row begins, in the scene. */
    private static double rowTextX(FxRobot robot, String text) {
        return robot.lookup(".hierarchy-cell .node-short").queryAllAs(Label.class).stream()
                .filter(l -> text.equals(l.getText()) && l.getScene() != null).findFirst()
                .map(l -> l.localToScene(0, 0).getX()).orElseThrow(() -> new AssertionError("no row " + text));
    }

    @Test
    void afterPresentingTheTreesRowsAreIndentedAsBefore(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // CSO has no rows below it, USSF has: the rows without an arrow are indented by the widest arrow seen.
        double leaf = rowTextX(robot, "CSO");
        double parent = rowTextX(robot, "USSF");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(parent, rowTextX(robot, "USSF"), 0.5);
        assertEquals(leaf, rowTextX(robot, "CSO"), 0.5, "presenting's larger arrows leave no wider indent behind");
    }

    @Test
    void clickerKeysStepAndTheViewStateFollows(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 / " + briefing.steps().size(), progress(robot));
        assertEquals(briefing.steps().get(3).eventId(), app.state().getSelectedEvent().id());
        assertEquals(briefing.steps().get(3).caption(), caption(robot));
        assertTrue(app.state().getVisibleWindow().intersects(app.state().getSelectedEvent().startMillis(),
                app.state().getSelectedEvent().endMillis()));

        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 / " + briefing.steps().size(), progress(robot));

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("spacefor-japan-activated", app.state().getSelectedEvent().id());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ussf-established", app.state().getSelectedEvent().id());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void typingANumberThenEnterJumpsToThatStep(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        robot.type(KeyCode.F5);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Go to step 10 ⏎", robot.lookup("#briefingJump").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10 / " + briefing.steps().size(), progress(robot));
        assertEquals(briefing.steps().get(9).eventId(), app.state().getSelectedEvent().id());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theCaptionCardGivesTheStepsDateAtItsPrecisionAndItsStatus(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        for (int step = 1; step <= briefing.steps().size(); step++) {
            var event = app.state().getDataset().event(briefing.steps().get(step - 1).eventId()).orElseThrow();
            String detail = robot.lookup("#briefingDetail").queryAs(Label.class).getText();
            assertEquals(event.dateLabel(java.util.Locale.getDefault()) + " · " + event.status().label(), detail,
                    "step " + step);
            if (event.status() == org.sightline.model.EventStatus.PROPOSED) {
                assertTrue(detail.endsWith("· Proposed"), "a proposal is said to be one: " + detail);
            }
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aStepNumberTheBriefingDoesNotHaveIsAnsweredAndTheStepStays(FxRobot robot) {
        Briefing briefing = app.state().getDataset().briefings().get(0);
        robot.type(KeyCode.F5);
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No step 99: steps 1–" + briefing.steps().size(),
                robot.lookup("#briefingJump").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#briefingJump").query().isVisible());
        assertEquals("1 / " + briefing.steps().size(), progress(robot), "still on the first step");
        robot.type(KeyCode.DIGIT3, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 / " + briefing.steps().size(), progress(robot), "the next number works at once");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void bBlanksTheScreenAndBringsItBack(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#briefingBlank").query().isVisible());
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#briefingBlank").query().isVisible());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aClickerPressOnABlankScreenBringsBackTheSameStepAndTheNextPressSteps(FxRobot robot) {
        int steps = app.state().getDataset().briefings().get(0).steps().size();
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 / " + steps, progress(robot));
        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.PAGE_UP, KeyCode.END}) {
            robot.type(KeyCode.B);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#briefingBlank").query().isVisible());
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(robot.lookup("#briefingBlank").query().isVisible(), key + " brings the screen back");
            assertEquals("2 / " + steps, progress(robot), key + " on a blank screen does not move: the room sees "
                    + "the step it was shown before the screen went blank, as in a presentation program");
        }
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 / " + steps, progress(robot), "the next press steps on");
        robot.type(KeyCode.B);
        robot.type(KeyCode.DIGIT5);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5 / " + steps, progress(robot), "a number typed on a blank screen still jumps");
        assertFalse(robot.lookup("#briefingBlank").query().isVisible());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theTimelineEndsUpShowingEachStepsWindowWithItsEventInView(FxRobot robot) throws Exception {
        var view = app.window().timeline().view();
        robot.type(KeyCode.F5);
        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT}) {
            robot.type(key);
        }
        robot.type(KeyCode.DIGIT9);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.glideWindowProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        var selected = app.state().getSelectedEvent();
        assertEquals("japan-unit-proposed", selected.id());
        var shown = robot.interact(() -> view.frame()) == null ? null : view.frame().window();
        assertEquals(app.state().getVisibleWindow(), shown, "the drawing settles on the step's window");
        assertTrue(shown.intersects(selected.startMillis(), selected.endMillis()), "the step's event is in view");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void hSwitchesTheHighContrastThemeWhilePresenting(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.window().getStyleClass().contains("high-contrast"));
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.window().getStyleClass().contains("high-contrast"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theHighContrastThemeDimsTheEventsOutsideTheStepLessSoTheyStillRead(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var view = app.window().timeline().view();
        assertEquals(org.sightline.view.timeline.TimelineStyle.DIMMED, view.timelineStyle().dimmedOpacity(), 1e-9);
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.55, view.timelineStyle().dimmedOpacity(), 1e-9, "black text at 0.55 on white: 4.7:1");
        robot.type(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.sightline.view.timeline.TimelineStyle.DIMMED, view.timelineStyle().dimmedOpacity(), 1e-9);
        robot.type(KeyCode.ESCAPE);
    }
}
