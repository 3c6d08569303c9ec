package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.model.Dataset;
import org.sightline.model.EventCounts;
import org.sightline.model.EventStatus;
import org.sightline.model.HierarchyNode;
import org.sightline.model.Relations;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.sightline.view.EventTable;
import org.sightline.view.HierarchyCheckTree;
import org.sightline.view.map.LabelPlacer;
import org.sightline.view.map.MapCanvas;
import org.sightline.view.timeline.Navigator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every link between the real panels, driven by clicks on the running application. */
@ExtendWith(ApplicationExtension.class)
class LinkedPanelsTest {

    private SightlineApp app;
    private ViewState state;
    private Dataset d;

    @BeforeAll
    static void reducedMotion() {
        System.setProperty("sightline.reducedMotion", "true");
    }

    @Start
    void start(Stage stage) {
        app = new SightlineApp();
        app.show(stage, null);
        state = app.state();
        d = state.getDataset();
    }

    private HierarchyCheckTree<?> orgTree() {
        return app.window().organisationTree();
    }

    private HierarchyCheckTree<?> regionTree() {
        return app.window().regionPanel().tree();
    }

    private MapCanvas map() {
        return app.window().regionPanel().map();
    }

    private EventTable table() {
        return app.window().table();
    }

    private TimelineEvent event(String id) {
        return d.event(id).orElseThrow();
    }

    private TreeCell<?> cell(FxRobot robot, HierarchyCheckTree<?> tree, String id) {
        robot.interact(() -> tree.reveal(id));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(tree).lookup(".hierarchy-cell").<TreeCell<?>>match(c -> c.getItem() instanceof HierarchyNode n
                && n.id().equals(id)).query();
    }

    private void clickMarker(FxRobot robot, String regionId, int clicks) {
        Point2D p = map().markerPoint(regionId);
        assertNotNull(p, regionId + " has a marker on screen");
        Point2D screen = map().localToScreen(p);
        robot.moveTo(screen);
        if (clicks == 2) {
            robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        } else {
            robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::id).toList();
    }

    private List<String> emphasisedIds() {
        Predicate<TimelineEvent> p = state.emphasis();
        return state.getFilteredEvents().stream().filter(p).map(TimelineEvent::id).toList();
    }

    // organisation → events, and → map

    @Test
    void tableCellsCutShortHaveTheirWholeTextInATooltip(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.TableCell<?, ?>> cells = new ArrayList<>();
        for (javafx.scene.Node n : robot.from(table()).lookup(".table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null && !c.isEmpty()
                    && c.getTableRow() != null && c.getTableRow().getItem() != null) {
                cells.add(c);
            }
        }
        int checked = 0;
        for (var cell : cells) {
            TimelineEvent e = (TimelineEvent) cell.getTableRow().getItem();
            String column = cell.getTableColumn().getText();
            if (column.equals("Event")) {
                assertEquals(e.title(), cell.getTooltip().getText());
                checked++;
            } else if (column.equals("Organisations")) {
                String[] lines = cell.getTooltip().getText().split("\n");
                assertEquals(e.organisationIds().size(), lines.length, cell.getTooltip().getText());
                String firstShort = cell.getText().split(", ")[0];
                assertTrue(lines[0].startsWith(firstShort), lines[0] + " names " + firstShort);
                checked++;
            }
        }
        assertTrue(checked > 10, "cells checked: " + checked);
        var ussf = d.organisations().get("ussf").orElseThrow();
        assertTrue(cells.stream().anyMatch(c -> c.getTableColumn().getText().equals("Organisations")
                && c.getTooltip().getText().contains(ussf.shortName() + " — " + ussf.name())), "full names");
    }

    @Test
    void aNarrowTableStillShowsWholeDatesAndStatusWords(FxRobot robot) {
        // The centre squeezed to a third of the window by the user.
        robot.interact(() -> app.window().mainSplit().setDividerPositions(0.4, 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table().getWidth() < 560, "the table is narrow: " + table().getWidth());
        for (String column : List.of("Date", "Status")) {
            List<String> shown = robot.from(table()).lookup(".table-cell").<javafx.scene.control.TableCell<?, ?>>match(
                    c -> c.getTableColumn() != null && c.getTableColumn().getText().equals(column) && !c.isEmpty())
                    .queryAll().stream()
                    .map(c -> robot.from(c).lookup(".text").<javafx.scene.text.Text>query().getText()).toList();
            assertFalse(shown.isEmpty(), column);
            for (String text : shown) {
                // Day-precision dates and status words are short; only a date's "(report date)" may be cut.
                assertFalse((text.endsWith("\u2026") || text.endsWith("...")) && !text.contains("("),
                        column + " cut short: " + text);
            }
        }
    }

    @Test
    void selectingSpaceForcesKoreaInTheTreeDimsAllButItsEventsAndLightsOsan(FxRobot robot) {
        robot.clickOn(cell(robot, orgTree(), "spacefor-korea"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("spacefor-korea"), state.getHighlightedOrganisations());
        assertEquals(List.of("spacefor-korea-activated"), emphasisedIds());
        assertTrue(table().isDimmed(event("ussf-established")));
        assertFalse(table().isDimmed(event("spacefor-korea-activated")));
        assertEquals(d.events().size(), table().getItems().size(), "highlighting hides nothing");
        assertTrue(map().litRegionIds().contains("osan"), map().litRegionIds().toString());
        assertFalse(map().litRegionIds().contains("yokota"));
        assertTrue(map().shownLabelIds().contains("osan"), "a lit place is labelled");
        String status = robot.lookup("#statusCounts").queryAs(Label.class).getText();
        assertTrue(status.endsWith("highlighted: SPACEFOR-KOR"), status);
        String[] read = new String[1];
        robot.interact(() -> read[0] = (String) map().queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
        assertTrue(read[0].startsWith("Map of the Indo-Pacific: "), read[0]);
        assertTrue(read[0].contains("lit by the highlight: ") && read[0].contains("Osan Air Base")
                && !read[0].contains("Yokota"), "a screen reader hears the lit places: " + read[0]);
    }

    // organisation check → filter → table, counts and map

    @Test
    void checkingUsfkFiltersTheTableAndUpdatesCountsAndMap(FxRobot robot) {
        TreeCell<?> usfk = cell(robot, orgTree(), "usfk");
        robot.clickOn(robot.from(usfk).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("usfk"), state.getFilter().organisationIds());
        assertEquals(List.of("spacefor-korea-activated"), ids(table().getItems()));
        assertEquals(1, regionTree().countOf("korean-peninsula"));
        assertEquals(0, regionTree().countOf("japan"));
        assertEquals(1, map().countOf("osan"));
        assertEquals(0, map().countOf("yokota"));
        String status = robot.lookup("#statusCounts").queryAs(Label.class).getText();
        assertEquals("1 of " + d.events().size() + " events — filtered by: USFK", status);

        robot.clickOn("#statusReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(orgTree().itemOf("usfk").isSelected(), "reset unchecks the tree");
        assertEquals(d.events().size(), table().getItems().size());
    }

    @Test
    void checkingARegionUpdatesTheCountsTheOrganisationRowsShow(FxRobot robot) {
        TreeCell<?> korea = cell(robot, regionTree(), "korean-peninsula");
        robot.clickOn(robot.from(korea).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("korean-peninsula"), state.getFilter().regionIds());
        for (String id : List.of("dod", "cso", "usfk", "usfj")) {
            int expected = (int) state.getFilteredEvents().stream()
                    .filter(e -> e.organisationIds().stream().anyMatch(o -> d.organisations().pathToRoot(o).stream()
                            .anyMatch(n -> n.id().equals(id))))
                    .count();
            assertEquals(expected, orgTree().countOf(id), id + "'s count");
            TreeCell<?> row = cell(robot, orgTree(), id);
            Label count = robot.from(row).lookup(".node-count").queryAs(Label.class);
            Text shown = (Text) count.lookup(".text");
            assertEquals(String.valueOf(expected), shown.getText(), id + "'s row shows its count");
        }
    }

    // region (map) → events

    @Test
    void clickingJapanOnTheMapHighlightsAndDoubleClickShowsOnlyTheJapanEvents(FxRobot robot) {
        clickMarker(robot, "japan", 1);
        assertEquals(Set.of("japan"), state.getHighlightedRegions());
        List<String> japan = ids(Relations.eventsInRegion(d, d.events(), "japan"));
        assertEquals(japan, emphasisedIds());
        assertTrue(regionTree().getSelectionModel().getSelectedItems().stream()
                .anyMatch(i -> ((HierarchyNode) i.getValue()).id().equals("japan")), "the tree follows the map");

        clickMarker(robot, "japan", 2);
        assertEquals(Set.of("japan"), state.getFilter().regionIds());
        assertEquals(japan, ids(table().getItems().sorted(Dataset.TIME_ORDER)));
        assertTrue(regionTree().itemOf("japan").isSelected(), "the tree's check box follows the map");
        assertTrue(japan.contains("kihara-saltzman-meeting"));
    }

    @Test
    void aPlacesMenuOnTheMapZoomsTheTimelineToItsEventsHighlightsAndShowsOnlyThem(FxRobot robot) {
        Point2D marker = map().markerPoint("japan");
        assertNotNull(marker, "Japan has a marker on screen");
        rightClickOnMap(robot, marker);
        assertEquals(List.of("Highlight Japan", "Show only Japan", "Zoom to its events", "Zoom map in", "Zoom map out",
                "Reset map view"), menuTexts());
        robot.clickOn("Zoom to its events");
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineEvent> japan = Relations.eventsInRegion(d, d.events(), "japan");
        assertEquals(Navigator.of(d).fitTo(Dataset.extentOf(japan).orElseThrow()), state.getVisibleWindow());
        assertFalse(state.isNarrowed(), "the zoom filters and highlights nothing");

        rightClickOnMap(robot, marker);
        robot.clickOn("Highlight Japan");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("japan"), state.getHighlightedRegions());

        // From the keyboard, the menu of the one place highlighted.
        robot.interact(() -> map().requestFocus());
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map().contextMenu().isShowing());
        assertEquals("Highlight Japan", menuTexts().get(0));
        assertEquals("Clear filters and highlights", menuTexts().get(menuTexts().size() - 1));
        robot.clickOn("Show only Japan");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("japan"), state.getFilter().regionIds());
        assertEquals(ids(japan), ids(state.getFilteredEvents()));
    }

    /**
     * A right-click at {@code local} on the map: the request the platform sends for it (Monocle sends none of its own
     * for the secondary button). Its x and y are the scene's; JavaFX makes them the map's on the way.
     */
    private void rightClickOnMap(FxRobot robot, Point2D local) {
        Point2D scene = map().localToScene(local);
        Point2D screen = map().localToScreen(local);
        robot.interact(() -> javafx.event.Event.fireEvent(map(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> menuTexts() {
        return map().contextMenu().getItems().stream().filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .map(javafx.scene.control.MenuItem::getText).toList();
    }

    // region tree → events

    @Test
    void selectingARegionInTheTreeLightsItsPlacesAndCheckingItFilters(FxRobot robot) {
        robot.clickOn(cell(robot, regionTree(), "hawaii"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("hawaii"), state.getHighlightedRegions());
        assertTrue(map().litRegionIds().containsAll(Set.of("camp-smith", "jbphh", "hawaii")));
        robot.clickOn(robot.from(cell(robot, regionTree(), "hawaii")).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("spacefor-indopac-activated"), ids(table().getItems()));
        assertEquals(1, orgTree().countOf("spacefor-indopac"));
        assertEquals(0, orgTree().countOf("jp-mod"));
    }

    // event → details, organisations, regions; chips → highlight; neighbours → selection

    @Test
    void aChipsMenuZoomsTheTimelineToTheOrganisationsEventsAndShowsOnlyThem(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(event("kihara-saltzman-meeting")));
        WaitForAsyncUtils.waitForFxEvents();
        Button chip = robot.lookup("#org-cso").queryAs(Button.class);
        robot.interact(chip::requestFocus);
        robot.push(KeyCode.SHIFT, KeyCode.F10); // as a right-click on it does
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Zoom to its events");
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineEvent> cso = d.events().stream().filter(e -> e.organisationIds().contains("cso")).toList();
        assertEquals(Navigator.of(d).fitTo(Dataset.extentOf(cso).orElseThrow()), state.getVisibleWindow());
        assertFalse(state.isNarrowed(), "the zoom filters and highlights nothing");

        robot.interact(chip::requestFocus);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Show only CSO");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("cso"), state.getFilter().organisationIds());
        assertEquals(ids(cso), ids(state.getFilteredEvents()));
    }

    @Test
    void selectingTheKiharaSaltzmanMeetingShowsDetailsChipsSourcesAndMarksItsOrganisationsAndPlaces(FxRobot robot) {
        TimelineEvent meeting = event("kihara-saltzman-meeting");
        robot.interact(() -> table().scrollTo(meeting));
        robot.clickOn("Saltzman meets Defense Minister Kihara in Tokyo");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(meeting, state.getSelectedEvent());
        assertEquals(meeting.title(), robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertEquals("25 Sep 2023", robot.lookup("#detailsDate").queryAs(Label.class).getText());
        assertEquals("Occurred", robot.lookup("#detailsStatus").queryAs(Label.class).getText());
        assertEquals("CSO", robot.lookup("#org-cso").queryAs(Button.class).getText());
        assertEquals("MOD", robot.lookup("#org-jp-mod").queryAs(Button.class).getText());
        assertEquals("Ministry of Defense, Ichigaya", robot.lookup("#region-ichigaya").queryAs(Button.class).getText());
        assertEquals(meeting.sources().size(), robot.lookup(".source").queryAll().size());
        assertTrue(robot.lookup(".source-link").queryAll().size() >= 1);
        javafx.scene.control.Hyperlink link = robot.lookup(".source-link").queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals(List.of("Open link", "Copy link"), link.getContextMenu().getItems().stream()
                .map(javafx.scene.control.MenuItem::getText).toList(), "a source link's menu");
        robot.interact(() -> link.getContextMenu().getItems().get(1).fire());
        String url = meeting.sources().stream().map(src -> src.url()).filter(u -> u != null && u.startsWith("http"))
                .findFirst().orElseThrow();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(url, copied[0], "Copy link puts the first source's link on the clipboard");

        assertTrue(orgTree().involvedIds().containsAll(Set.of("cso", "jp-mod", "ussf", "jp-government")));
        assertFalse(orgTree().involvedIds().contains("usfk"));
        assertTrue(regionTree().involvedIds().containsAll(Set.of("ichigaya", "tokyo", "japan")));
        assertEquals(Set.of("ichigaya"), map().pulsingRegionIds());
        assertTrue(map().shownLabelIds().contains("ichigaya"), "the selected event's place is labelled");

        robot.clickOn("#org-jp-mod");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("jp-mod"), state.getHighlightedOrganisations());
        assertTrue(orgTree().getSelectionModel().getSelectedItems().stream()
                .anyMatch(i -> ((HierarchyNode) i.getValue()).id().equals("jp-mod")), "the tree follows the chip");
        assertSame(meeting, state.getSelectedEvent(), "a chip highlights; the selection stays");

        robot.clickOn("#region-ichigaya");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("ichigaya"), state.getHighlightedRegions());
        assertTrue(state.getHighlightedOrganisations().isEmpty());

        TimelineEvent next = Relations.neighbour(state.getFilteredEvents(), meeting, +1);
        robot.clickOn(robot.lookup("#neighbourNext").queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(next, state.getSelectedEvent());
        assertSame(next, table().getSelectionModel().getSelectedItem(), "the table follows the selection");

        Hyperlink related = robot.lookup("#detailsRelated .event-link").queryAs(Hyperlink.class);
        String relatedId = (String) related.getProperties().get("eventId");
        robot.clickOn(related);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(relatedId, state.getSelectedEvent().id());
    }

    // search → table (filter) and → timeline emphasis (highlight)

    @Test
    void ctrlFFocusesSearchAndTypingFiltersOrHighlightsWithAMatchCount(FxRobot robot) {
        robot.clickOn("#eventTable");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        assertTrue(field.isFocused(), "Ctrl+F focuses the search field");
        robot.write("Kihara");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> matches = ids(table().getItems().sorted(Dataset.TIME_ORDER));
        assertTrue(matches.contains("kihara-saltzman-meeting") && matches.size() < d.events().size(), matches.toString());
        assertEquals(matches.size() + " matches", robot.lookup("#searchCount").queryAs(Label.class).getText());

        robot.clickOn("#searchModeHighlight");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(d.events().size(), table().getItems().size(), "highlight mode hides nothing");
        assertEquals(matches, emphasisedIds(), "the timeline's emphasis is the matches");
        assertTrue(table().isDimmed(event("ussf-established")));
        assertEquals(matches.size() + " matches", robot.lookup("#searchCount").queryAs(Label.class).getText());

        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", state.getHighlightText());
        assertFalse(state.isNarrowed());
    }

    @Test
    void searchMatchesSourcesAndOrganisationNames(FxRobot robot) {
        robot.clickOn("#searchField").write("Asahi");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ids(table().getItems()).contains("kihara-saltzman-meeting"), "a source publisher matches");
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("Space Forces Korea"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ids(table().getItems()).contains("spacefor-korea-activated"));
    }

    @Test
    void statusFilterShowsOnlyProposals(FxRobot robot) {
        robot.clickOn("#statusFilter");
        robot.clickOn("#status-proposed");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertEquals(Set.of(EventStatus.PROPOSED), state.getFilter().statuses());
        assertFalse(table().getItems().isEmpty());
        assertTrue(table().getItems().stream().allMatch(e -> e.status() == EventStatus.PROPOSED));
    }

    @Test
    void enterOnTheTimelineTakesTheKeyboardToTheDetailsAndEscBringsItBack(FxRobot robot) {
        var view = app.window().timeline().view();
        robot.interact(() -> {
            state.setSelectedEvent(event("kihara-saltzman-meeting"));
            view.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node owner = view.getScene().getFocusOwner();
        assertEquals("detailsCopy", owner == null ? null : owner.getId(), "a control that shows it has the keyboard");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(view, view.getScene().getFocusOwner(), "Esc gives the keyboard back to the timeline");
        assertSame(event("kihara-saltzman-meeting"), state.getSelectedEvent(), "and keeps the selection");
    }

    @Test
    void theStatusMenuIsTickedFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#statusFilter");
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 4; i++) { // Established, Occurred, Announced, Proposed
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(EventStatus.PROPOSED), state.getFilter().statuses(), "Enter ticks the item's box");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(), state.getFilter().statuses(), "Space unticks it");
        robot.type(KeyCode.ESCAPE);
    }

    // the visible window (set by the timeline) is a time filter for the counts

    @Test
    void visibleWindowLimitsTreeAndMapCounts(FxRobot robot) {
        TimelineEvent meeting = event("kihara-saltzman-meeting");
        robot.interact(() -> state.setVisibleWindow(new TimeWindow(meeting.startMillis(), meeting.endMillis())));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Integer> expected = EventCounts.perRegion(d, d.events(),
                new TimeWindow(meeting.startMillis(), meeting.endMillis()));
        assertEquals(expected.getOrDefault("japan", 0), regionTree().countOf("japan"));
        assertEquals(expected.getOrDefault("japan", 0), map().countOf("japan"));
        assertEquals(0, map().countOf("osan"));
        assertEquals(d.events().size(), table().getItems().size(), "the window does not hide table rows");
    }

    @Test
    void treeRowsShowTheNewCountsWhenTheWindowChanges(FxRobot robot) {
        TimelineEvent meeting = event("kihara-saltzman-meeting");
        TimeWindow window = new TimeWindow(meeting.startMillis(), meeting.endMillis());
        int all = EventCounts.perRegion(d, d.events(), null).get("indo-pacific");
        int inWindow = EventCounts.perRegion(d, d.events(), window).get("indo-pacific");
        assertTrue(inWindow < all, inWindow + " of " + all);
        robot.interact(() -> state.setVisibleWindow(window));
        assertEquals(Integer.toString(inWindow), shownCount(regionTree(), "indo-pacific"));
        robot.interact(() -> state.setVisibleWindow(null));
        assertEquals(Integer.toString(all), shownCount(regionTree(), "indo-pacific"));
    }

    /** The rows on show in {@code tree} that ask for a layout (one is enough for the tree to redo them all). */
    private static List<String> rowsAskingForLayout(HierarchyCheckTree<?> tree) {
        return tree.lookupAll(".hierarchy-cell").stream()
                .map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.isNeedsLayout())
                .map(c -> ((HierarchyNode) c.getItem()).id())
                .toList();
    }

    @Test
    void newCountsInViewRelayOnlyTheCountsNotTheTreesRows(FxRobot robot) {
        TimelineEvent meeting = event("kihara-saltzman-meeting");
        TimeWindow window = new TimeWindow(meeting.startMillis(), meeting.endMillis());
        String before = shownCount(regionTree(), "indo-pacific");
        List<List<String>> asking = new ArrayList<>();
        // Checked inside the change, before the pulse that lays the scene out.
        robot.interact(() -> {
            state.setVisibleWindow(window);
            asking.add(rowsAskingForLayout(orgTree()));
            asking.add(rowsAskingForLayout(regionTree()));
        });
        assertFalse(before.equals(shownCount(regionTree(), "indo-pacific")), "the counts did change");
        assertEquals(List.of(List.of(), List.of()), asking);
    }

    @Test
    void markingTheSelectedEventsOrganisationsLeavesTheirRowsInPlace(FxRobot robot) {
        TreeCell<?> cso = cell(robot, orgTree(), "cso");
        javafx.geometry.Insets plain = cso.getInsets();
        List<String> asking = new ArrayList<>();
        robot.interact(() -> {
            state.setSelectedEvent(event("kihara-saltzman-meeting"));
            cso.applyCss();
            asking.addAll(rowsAskingForLayout(orgTree()));
        });
        assertTrue(orgTree().involvedIds().contains("cso"));
        assertTrue(cso.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("involved")));
        assertEquals(plain, cso.getInsets(), "the mark is a colour, not a wider border");
        // (A row whose selection changes asks for a layout whatever its style: JavaFX's cells do.)
        assertFalse(cso.isSelected());
        assertFalse(asking.contains("cso"), asking.toString());
    }

    @Test
    void highlightingAnOrganisationOffScreenShowsItsRowInTheSameChange(FxRobot robot) {
        HierarchyCheckTree<?> tree = orgTree();
        // The organisation whose row comes last with every branch open: off screen at the top of the list.
        String last = d.organisations().all().stream().map(HierarchyNode::id)
                .max(java.util.Comparator.comparingInt((String id) -> rowWhenRevealed(tree, id))).orElseThrow();
        robot.interact(() -> tree.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(rowOnShow(tree, last), last + " starts off screen");
        boolean[] shown = new boolean[1];
        // Checked inside the change itself, before any pulse: the rows are laid out with the highlight.
        robot.interact(() -> {
            state.setHighlights(List.of(last), List.of());
            shown[0] = rowOnShow(tree, last);
        });
        assertTrue(shown[0], last + " is on show as soon as it is highlighted");
    }

    private static <T extends HierarchyNode> int rowWhenRevealed(HierarchyCheckTree<T> tree, String id) {
        int[] row = new int[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            tree.reveal(id);
            row[0] = tree.getRow(tree.itemOf(id));
        });
        return row[0];
    }

    /** True when a visible row of {@code tree} inside its viewport shows the node {@code id}. */
    private static boolean rowOnShow(HierarchyCheckTree<?> tree, String id) {
        javafx.geometry.Bounds view = tree.localToScene(tree.getLayoutBounds());
        return tree.lookupAll(".hierarchy-cell").stream()
                .map(n -> (TreeCell<?>) n)
                .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() instanceof HierarchyNode node
                        && node.id().equals(id))
                .anyMatch(c -> {
                    javafx.geometry.Bounds b = c.localToScene(c.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                });
    }

    /** The count the row of {@code id} shows on screen. */
    private String shownCount(HierarchyCheckTree<?> tree, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return tree.lookupAll(".hierarchy-cell").stream()
                .map(n -> (TreeCell<?>) n)
                .filter(c -> !c.isEmpty() && c.getItem() instanceof HierarchyNode node && node.id().equals(id))
                .map(c -> ((Label) c.lookup(".node-count")).getText())
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + id));
    }

    @Test
    void mapZoomPanAndResetAndLabelsNeverOverlap(FxRobot robot) {
        double fitted = map().viewport().scale();
        robot.clickOn("#mapZoomIn");
        assertTrue(map().viewport().scale() > fitted);
        Point2D centre = map().localToScreen(map().getWidth() / 2, map().getHeight() / 2);
        robot.moveTo(centre).scroll(-3, javafx.geometry.VerticalDirection.UP);
        double before = map().viewport().centreX();
        robot.drag(centre, javafx.scene.input.MouseButton.PRIMARY).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map().viewport().centreX() > before, "dragging left moves the view east");
        assertLabelsApart();
        robot.clickOn("#mapReset");
        assertEquals(fitted, map().viewport().scale(), 1e-9);
        assertLabelsApart();
        assertTrue(map().isOnEdge("continental-us"), "the continental US is shown at the edge");
    }

    @Test
    void theMapZoomsPansAndResetsFromTheKeyboard(FxRobot robot) {
        double fitted = map().viewport().scale();
        robot.interact(() -> map().requestFocus());
        robot.type(KeyCode.PLUS);
        assertTrue(map().viewport().scale() > fitted, "+ zooms in");
        double before = map().viewport().centreX();
        robot.type(KeyCode.RIGHT);
        assertTrue(map().viewport().centreX() > before, "→ moves the view east");
        robot.type(KeyCode.DIGIT0);
        assertEquals(fitted, map().viewport().scale(), 1e-9, "0 resets the view");
    }

    private void assertLabelsApart() {
        List<LabelPlacer.Placement> labels = map().placedLabels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(LabelPlacer.overlap(labels.get(i), labels.get(j)), labels.get(i) + " / " + labels.get(j));
            }
        }
    }

    // a random sequence of actions on the real panels keeps every view consistent

    @Test
    void randomSequenceOfPanelActionsKeepsAllViewsConsistent(FxRobot robot) {
        Random random = new Random(4242L);
        List<String> orgs = d.organisations().all().stream().map(HierarchyNode::id).toList();
        List<String> regions = d.regions().all().stream().map(HierarchyNode::id).toList();
        List<String> words = List.of("", "japan", "activated", "kihara", "osan", "qqq");
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        for (int step = 0; step < 60; step++) {
            int action = random.nextInt(10);
            robot.interact(() -> {
                switch (action) {
                    case 0 -> toggleCheck(orgTree(), orgs.get(random.nextInt(orgs.size())));
                    case 1 -> toggleCheck(regionTree(), regions.get(random.nextInt(regions.size())));
                    case 2 -> selectInTree(orgTree(), orgs.get(random.nextInt(orgs.size())));
                    case 3 -> selectInTree(regionTree(), regions.get(random.nextInt(regions.size())));
                    case 4 -> field.setText(words.get(random.nextInt(words.size())));
                    case 5 -> robot.lookup(random.nextBoolean() ? "#searchModeFilter" : "#searchModeHighlight")
                            .queryAs(javafx.scene.control.ToggleButton.class).fire();
                    case 6 -> {
                        if (!table().getItems().isEmpty()) {
                            table().getSelectionModel().select(random.nextInt(table().getItems().size()));
                        }
                    }
                    case 7 -> state.setVisibleWindow(random.nextBoolean() ? null : new TimeWindow(
                            event("spacefor-korea-activated").startMillis(), event("spacefor-japan-activated").endMillis()));
                    case 8 -> robot.lookup("#statusReset").queryAs(Hyperlink.class).fire();
                    default -> {
                        CheckBox box = app.window().searchBar().statusBox(EventStatus.values()[random.nextInt(6)]);
                        box.setSelected(!box.isSelected());
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertConsistent(step, action);
        }
    }

    private static void toggleCheck(HierarchyCheckTree<?> tree, String id) {
        tree.itemOf(id).setSelected(!tree.itemOf(id).isSelected());
    }

    private static <T extends HierarchyNode> void selectInTree(HierarchyCheckTree<T> tree, String id) {
        tree.reveal(id);
        tree.getSelectionModel().clearSelection();
        tree.getSelectionModel().select(tree.itemOf(id));
    }

    private void assertConsistent(int step, int action) {
        String at = "step " + step + " (action " + action + ")";
        List<TimelineEvent> shown = state.getFilteredEvents();
        assertEquals(new HashSet<>(shown), new HashSet<>(table().getItems()), "table rows, " + at);
        assertEquals(shown.size(), table().getItems().size(), at);
        TimelineEvent selected = state.getSelectedEvent();
        assertTrue(selected == null || shown.contains(selected), "selection shown or null, " + at);
        assertSame(selected, table().getSelectionModel().getSelectedItem(), "table selection, " + at);
        Label title = robot().lookup("#detailsTitle").tryQueryAs(Label.class).orElse(null);
        if (selected == null) {
            assertNull(title, at);
        } else {
            assertEquals(selected.title(), title.getText(), at);
        }
        TimeWindow window = state.getVisibleWindow();
        Map<String, Integer> orgCounts = EventCounts.perOrganisation(d, shown, window);
        Map<String, Integer> regionCounts = EventCounts.perRegion(d, shown, window);
        for (var o : d.organisations().all()) {
            assertEquals(orgCounts.getOrDefault(o.id(), 0), orgTree().countOf(o.id()), o.id() + ", " + at);
        }
        for (var r : d.regions().all()) {
            assertEquals(regionCounts.getOrDefault(r.id(), 0), regionTree().countOf(r.id()), r.id() + ", " + at);
            assertEquals(regionCounts.getOrDefault(r.id(), 0), map().countOf(r.id()), r.id() + " on the map, " + at);
        }
        assertEquals(Relations.litRegions(d, shown, state.hasHighlight() ? state.emphasis() : null),
                map().litRegionIds(), "lit places, " + at);
        assertEquals(state.getFilter().organisationIds(), checked(orgTree()), "org checks, " + at);
        assertEquals(state.getFilter().regionIds(), checked(regionTree()), "region checks, " + at);
        assertEquals(state.getHighlightedOrganisations(), selectedIds(orgTree()), "org selection, " + at);
        assertEquals(state.getHighlightedRegions(), selectedIds(regionTree()), "region selection, " + at);
        Predicate<TimelineEvent> emphasis = state.emphasis();
        for (TimelineEvent e : shown) {
            assertEquals(!emphasis.test(e), table().isDimmed(e), "dimmed row " + e.id() + ", " + at);
        }
        String status = robot().lookup("#statusCounts").queryAs(Label.class).getText();
        String expectedStart = shown.size() == d.events().size() ? d.events().size() + " events"
                : shown.size() + " of " + d.events().size() + " events";
        assertTrue(status.startsWith(expectedStart), status + ", " + at);
        assertEquals(state.isNarrowed(), robot().lookup("#statusReset").query().isVisible(), "reset link, " + at);
    }

    private static Set<String> checked(HierarchyCheckTree<?> tree) {
        Set<String> out = new LinkedHashSet<>();
        for (TreeItem<?> item : tree.getCheckModel().getCheckedItems()) {
            out.add(((HierarchyNode) item.getValue()).id());
        }
        return out;
    }

    private static Set<String> selectedIds(HierarchyCheckTree<?> tree) {
        Set<String> out = new LinkedHashSet<>();
        for (TreeItem<?> item : new ArrayList<>(tree.getSelectionModel().getSelectedItems())) {
            if (item != null) {
                out.add(((HierarchyNode) item.getValue()).id());
            }
        }
        return out;
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
