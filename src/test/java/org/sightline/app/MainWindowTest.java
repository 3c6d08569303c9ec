package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.io.Fixtures;
import org.sightline.model.Dataset;
import org.sightline.model.TimelineEvent;
import org.sightline.view.timeline.Navigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private SightlineApp app;

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
    }

    @Test
    void windowShowsTheCuratedDatasetTitleAndCounts(FxRobot robot) {
        Dataset d = app.state().getDataset();
        assertEquals("The U.S. Space Force in the Indo-Pacific and Japan", d.title());
        assertEquals(d.title(), robot.lookup("#statusTitle").queryAs(Label.class).getText());
        String counts = robot.lookup("#statusCounts").queryAs(Label.class).getText();
        assertTrue(counts.startsWith(d.events().size() + " events · " + d.organisations().size() + " organisations"),
                counts);
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals(d.events().size(), table.getItems().size());
    }

    @Test
    void openingABadFileShowsAllItsProblemsAndKeepsTheCurrentDataset(FxRobot robot) throws Exception {
        Dataset before = app.state().getDataset();
        robot.interact(() -> app.datasets().open(Fixtures.path("many-problems.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemsText").tryQuery().isPresent());
        String text = robot.lookup("#problemsText").queryAs(TextArea.class).getText();
        assertTrue(text.contains("many-problems.json:8:12: organisations[1].id: duplicate id \"ussf\""), text);
        assertTrue(text.contains("events[0].status: \"activated\" is not a status"), text);
        assertTrue(text.lines().count() >= 12, text);
        assertTrue(robot.lookup("#problemsText").queryAs(TextArea.class).isWrapText(),
                "a long message goes on to the next line instead of past the dialog's edge");
        assertSame(before, app.state().getDataset());
        assertEquals(before.title(), robot.lookup("#statusTitle").queryAs(Label.class).getText());
    }

    @Test
    void openingAGoodFileReplacesTheDataset(FxRobot robot) throws Exception {
        robot.interact(() -> app.datasets().open(Fixtures.path("valid-minimal.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Minimal fixture".equals(
                app.state().getDataset().title()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Minimal fixture", robot.lookup("#statusTitle").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#problemsText").tryQuery().isPresent());
    }

    @Test
    void aRowsContextMenuSelectsItsEventAndShowsOnlyItsOrganisationsEvents(FxRobot robot) {
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof TimelineEvent e && e.id().equals("spacefor-korea-activated"))
                .findFirst().orElseThrow();
        javafx.geometry.Point2D at = row.localToScreen(60, row.getHeight() / 2);
        // The request a right-click makes (Monocle, which runs the tests, sends none for the secondary button).
        robot.interact(() -> javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 60, row.getHeight() / 2, at.getX(),
                at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("spacefor-korea-activated", app.state().getSelectedEvent().id());
        robot.clickOn("Show only its organisations' events");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("spacefor-korea", "usfk"), app.state().getFilter().organisationIds());
        assertTrue(app.state().getFilteredEvents().stream().allMatch(e -> e.organisationIds().stream()
                .anyMatch(o -> o.equals("spacefor-korea") || o.equals("usfk")
                        || app.state().getDataset().organisations().pathToRoot(o).stream()
                                .anyMatch(n -> n.id().equals("usfk") || n.id().equals("spacefor-korea")))));
    }

    @Test
    void shiftF10OpensTheSelectedRowsMenuFromTheKeyboard(FxRobot robot) {
        robot.clickOn("U.S. Space Forces Korea activated");
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Highlight its place");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.copyOf(app.state().getDataset().event("spacefor-korea-activated").orElseThrow().regionIds()),
                app.state().getHighlightedRegions());
    }

    @Test
    void anOrganisationRowsMenuShowsOnlyItsEventsAndClearsAgain(FxRobot robot) {
        javafx.scene.Node row = robot.lookup(".hierarchy-cell .node-short").queryAllAs(Label.class).stream()
                .filter(l -> "USFJ".equals(l.getText())).findFirst().orElseThrow();
        robot.clickOn(row); // a click highlights the row, as a right-click does before its menu opens
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Show only USFJ");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("usfj"), app.state().getFilter().organisationIds());
        assertTrue(app.state().getFilteredEvents().stream().allMatch(e -> e.organisationIds().contains("usfj")),
                "USFJ has nothing below it");

        javafx.scene.Node cell = row.getParent();
        while (!(cell instanceof javafx.scene.control.TreeCell)) {
            cell = cell.getParent();
        }
        javafx.scene.Node target = cell;
        javafx.geometry.Point2D at = target.localToScreen(20, 10);
        // A right-click's request (Monocle sends none of its own for the secondary button).
        robot.interact(() -> javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, at.getX(), at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Clear filters and highlights");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.state().isNarrowed());
        assertEquals(app.state().getDataset().events().size(), app.state().getFilteredEvents().size());
    }

    @Test
    void anOrganisationRowsMenuZoomsTheTimelineToItsEvents(FxRobot robot) {
        javafx.scene.Node row = robot.lookup(".hierarchy-cell .node-short").queryAllAs(Label.class).stream()
                .filter(l -> "USFJ".equals(l.getText())).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Zoom to its events");
        WaitForAsyncUtils.waitForFxEvents();
        Dataset d = app.state().getDataset();
        List<TimelineEvent> usfj = d.events().stream().filter(e -> e.organisationIds().contains("usfj")).toList();
        assertTrue(usfj.size() >= 2, "the curated data has events of U.S. Forces Japan");
        org.sightline.model.TimeWindow window = app.state().getVisibleWindow();
        assertEquals(Navigator.of(d).fitTo(Dataset.extentOf(usfj).orElseThrow()), window);
        assertTrue(usfj.stream().allMatch(e -> window.startMillis() <= e.startMillis() && e.endMillis() <= window.endMillis()),
                "every one of them in view");
        assertTrue(window.duration() < Navigator.of(d).fit().duration() / 2, "closer than the whole dataset");
        // The click on the row highlighted it (as it does); the zoom filtered nothing.
        assertEquals(d.events().size(), app.state().getFilteredEvents().size());
    }

    @Test
    void filteringLeavesThePanelsWhereTheyAre(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node side = app.window().side();
        double height = side.getLayoutBounds().getHeight();
        double[] regions = app.window().regionPanel().getDividerPositions();
        robot.interact(() -> app.state().setFilter(app.state().getFilter().withText("Kihara")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertTrue(robot.lookup("#statusReset").query().isVisible(), "the status bar offers its Reset");
        assertEquals(height, side.getLayoutBounds().getHeight(), 0.01, "and keeps its height for it");
        robot.interact(() -> app.state().resetFiltersAndHighlights());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        assertEquals(height, side.getLayoutBounds().getHeight(), 0.01);
        assertEquals(regions[0], app.window().regionPanel().getDividerPositions()[0], 1e-9,
                "the map and the region tree keep their shares");
    }

    @Test
    void selectingARowShowsTheEventInTheDetailsPane(FxRobot robot) {
        robot.clickOn("U.S. Space Forces Korea activated");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("spacefor-korea-activated", app.state().getSelectedEvent().id());
        assertEquals(app.state().getSelectedEvent().title(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertEquals("14 Dec 2022", robot.lookup("#detailsDate").queryAs(Label.class).getText());
    }

    @Test
    void presentingGivesThePanelsAQuarterOfTheScreenAndAtLeast340PxOnANarrowOne(FxRobot robot) {
        assertEquals(0.24, org.sightline.view.MainWindow.presentingPanelShare(1920), 1e-9);
        assertEquals(340, 1280 * org.sightline.view.MainWindow.presentingPanelShare(1280), 1e-9);
        robot.interact(() -> app.window().setPresenting(true, 1280, 720));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.SplitPane main = (javafx.scene.control.SplitPane) robot.lookup(".side-panels").query()
                .getParent().getParent();
        assertEquals(340.0 / 1280, main.getDividerPositions()[0], 1e-3); // the split snaps it to a whole pixel
        robot.interact(() -> app.window().setPresenting(false, 1280, 720));
    }

    @Test
    void theDetailsPaneShowsTheEventSelectedWhileItWasAwayForPresenting(FxRobot robot) {
        // Presenting takes the details pane out of the window; it is not kept up to date there, and must
        // catch up when it comes back.
        robot.interact(() -> app.window().setPresenting(true, 1600, 900));
        assertTrue(robot.lookup("#detailsTitle").tryQuery().isEmpty(), "the pane is out of the window");
        robot.interact(() -> app.state().setSelectedEvent(app.state().getDataset().event("spacefor-korea-activated")
                .orElseThrow()));
        robot.interact(() -> app.window().setPresenting(false, 1600, 900));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("U.S. Space Forces Korea activated",
                robot.lookup("#detailsTitle").queryAs(Label.class).getText());
    }

    @Test
    void theTableShowsHighlightsAndTheSelectionMadeWhileItWasAwayForPresenting(FxRobot robot) {
        Dataset d = app.state().getDataset();
        var korea = d.event("spacefor-korea-activated").orElseThrow();
        robot.interact(() -> app.window().setPresenting(true, 1600, 900));
        robot.interact(() -> {
            app.state().setHighlights(List.of("spacefor-korea"), List.of());
            app.state().setSelectedEvent(korea);
        });
        robot.interact(() -> app.window().setPresenting(false, 1600, 900));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        assertSame(korea, table.getSelectionModel().getSelectedItem());
        Set<Boolean> dimmed = new HashSet<>();
        for (var node : table.lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) node;
            if (!row.isEmpty() && row.getItem() != null) {
                boolean isDimmed = row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dimmed"));
                TimelineEvent e = (TimelineEvent) row.getItem();
                assertEquals(!app.state().emphasis().test(e), isDimmed, "row of " + e.id());
                dimmed.add(isDimmed);
            }
        }
        assertEquals(Set.of(true, false), dimmed, "rows of both kinds on show");
    }
    @Test
    void theTableCountsEachEventsSourcesAndSortsByThem(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<TimelineEvent> table = robot.lookup("#eventTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableColumn<TimelineEvent, Integer> sources = (TableColumn<TimelineEvent, Integer>) table.getColumns().stream()
                .filter(c -> "eventTableSources".equals(c.getId())).findFirst().orElseThrow();
        for (TimelineEvent e : table.getItems()) {
            assertEquals(e.sources().size(), sources.getCellData(e), e.id());
        }
        // As every column: the first click on the header sorts low to high, the second high to low.
        TableColumnHeader header = robot.lookup(".column-header")
                .match(n -> n instanceof TableColumnHeader h && h.getTableColumn() == sources)
                .queryAs(TableColumnHeader.class);
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(sources), table.getSortOrder(), "sorted by the clicked column");
        assertEquals(TableColumn.SortType.ASCENDING, sources.getSortType());
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TableColumn.SortType.DESCENDING, sources.getSortType());
        int most = app.state().getDataset().events().stream().mapToInt(e -> e.sources().size()).max().orElseThrow();
        assertEquals(most, table.getItems().get(0).sources().size(), "the best-sourced event first");
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(table.getItems().get(i - 1).sources().size() >= table.getItems().get(i).sources().size(),
                    "row " + i + " has no more sources than the row above");
        }
        assertTrue(most > table.getItems().get(table.getItems().size() - 1).sources().size(),
                "the curated events do not all have as many sources");
    }

    @Test
    void aDatasetWithoutEventsSaysSoAndOffersNothingToPresent(FxRobot robot) {
        Dataset curated = app.state().getDataset();
        robot.interact(() -> app.state().setDataset(Dataset.builder("Empty").build(), "empty.json"));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, javafx.scene.control.MenuItem> items = new java.util.HashMap<>();
        for (var menu : app.window().menuBar().getMenus()) {
            menu.getItems().forEach(i -> items.put(i.getId(), i));
        }
        assertTrue(items.get("menuPresent").isDisable(), "nothing to present");
        assertTrue(items.get("menuExportSlides").isDisable(), "no slides to export");
        assertTrue(items.get("menuExport").isDisable(), "no time range to draw an image of");
        assertTrue(items.get("menuCopyImage").isDisable());
        @SuppressWarnings("unchecked")
        TableView<TimelineEvent> table = robot.lookup("#eventTable").queryAs(TableView.class);
        assertEquals("This dataset has no events.", ((Label) table.getPlaceholder()).getText());
        Label note = robot.lookup(".timeline-empty-note").queryAs(Label.class);
        assertTrue(note.isVisible(), "the timeline says why it is empty");
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.briefings().isPresenting());

        robot.interact(() -> app.state().setDataset(curated, "curated"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(items.get("menuPresent").isDisable());
        assertFalse(items.get("menuExport").isDisable());
        assertFalse(robot.lookup(".timeline-empty-note").queryAs(Label.class).isVisible());
        assertEquals("No events match the current filters.", ((Label) table.getPlaceholder()).getText());
    }
}
