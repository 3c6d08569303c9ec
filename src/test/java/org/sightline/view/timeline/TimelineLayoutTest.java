package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

class TimelineLayoutTest {

    private static TimelineLayout layout(Dataset d, TimeWindow w, double width, double height) {
        LaneModel lanes = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION, Set.of());
        EventText text = new EventText(d.events(), Locale.UK, AxisTicksTest.SEVEN_PX);
        TimelineLayout layout = new TimelineLayout();
        layout.compute(lanes, text, new TimeScale(w, 150, width), 40, height, 1);
        return layout;
    }

    /** Four lanes (the organisation tree a, b, c and the root z, one event each), laid out in {@code height}. */
    private static TimelineLayout layoutWithMinimums(double height, double... minHeights) {
        Dataset.Builder b = TestData.orgTree();
        for (String org : new String[] {"a", "b", "c", "z"}) {
            b.event(TestData.event("e" + org, "2020-05-01", null, EventStatus.OCCURRED, org));
        }
        Dataset d = b.build();
        LaneModel lanes = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION_TREE, Set.of());
        assertEquals(minHeights.length, lanes.size());
        EventText text = new EventText(d.events(), Locale.UK, AxisTicksTest.SEVEN_PX);
        TimelineLayout layout = new TimelineLayout();
        layout.compute(lanes, text, new TimeScale(new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 150, 1000), 40,
                height, 1, minHeights);
        return layout;
    }

    @Test
    void aLaneBelowItsMinimumHeightIsRaisedFromTheSpareHeightAndTheOthersShareTheRest() {
        TimelineLayout even = layoutWithMinimums(240, 0, 0, 0, 0);
        assertEquals(50, even.laneHeight(1), 1e-9, "200 px shared by four lanes");

        TimelineLayout raised = layoutWithMinimums(240, 0, 80, 0, 0);
        assertEquals(80, raised.laneHeight(1), 1e-9);
        for (int l : new int[] {0, 2, 3}) {
            assertEquals(40, raised.laneHeight(l), 1e-9, "lane " + l + " shares what is left");
        }
        assertEquals(raised.laneTop(1) + 80, raised.laneTop(2), 1e-9, "the lanes stack without a gap");
        assertEquals(240, raised.laneTop(3) + raised.laneHeight(3), 1e-9, "and fill the height");
    }

    @Test
    void minimumsThatTheSpareHeightCannotCoverAreLeftAndAllLanesShareEvenly() {
        TimelineLayout layout = layoutWithMinimums(240, 0, 150, 150, 0);
        for (int l = 0; l < 4; l++) {
            assertEquals(50, layout.laneHeight(l), 1e-9, "lane " + l);
        }
    }

    @Test
    void monthPrecisionEventIsDrawnAsTheWholeMonth() {
        Dataset d = TestData.orgTree().event(TestData.event("m", "2019-12", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("y", "2021", null, EventStatus.PROPOSED, "z")).build();
        TimeWindow w = new TimeWindow(day(2019, 1, 1), day(2022, 6, 1));
        TimelineLayout layout = layout(d, w, 1200, 400);
        TimeScale ts = layout.scale();
        int m = layout.itemOf(0);
        assertEquals(TimelineLayout.BAND, layout.itemKind(m));
        assertEquals(ts.x(day(2019, 12, 1)), layout.itemX1(m), 1e-6);
        assertEquals(ts.x(day(2020, 1, 1)), layout.itemX2(m), 1e-6);
        int y = layout.itemOf(1);
        assertEquals(TimelineLayout.BAND, layout.itemKind(y));
        assertEquals(ts.x(day(2021, 1, 1)), layout.itemX1(y), 1e-6);
        assertEquals(ts.x(day(2022, 1, 1)), layout.itemX2(y), 1e-6);
    }

    @Test
    void dayPrecisionEventBecomesItsWholeDayWhenZoomedInToHours() {
        Dataset d = TestData.orgTree().event(TestData.event("d", "2023-09-25", null, EventStatus.OCCURRED, "a")).build();
        TimelineLayout zoomedIn = layout(d, new TimeWindow(day(2023, 9, 24), day(2023, 9, 27)), 1200, 400);
        int i = zoomedIn.itemOf(0);
        assertEquals(TimelineLayout.BAND, zoomedIn.itemKind(i), "not a point at midnight");
        assertEquals(zoomedIn.scale().x(day(2023, 9, 25)), zoomedIn.itemX1(i), 1e-6);
        assertEquals(zoomedIn.scale().x(day(2023, 9, 26)), zoomedIn.itemX2(i), 1e-6);
        TimelineLayout zoomedOut = layout(d, new TimeWindow(day(2020, 1, 1), day(2025, 1, 1)), 1200, 400);
        assertEquals(TimelineLayout.MARKER, zoomedOut.itemKind(zoomedOut.itemOf(0)), "a day too narrow to see is a marker");
    }

    @Test
    void monthPrecisionEventIsLabelledAtThatPrecision() {
        Dataset d = TestData.orgTree().event(TestData.event("m", "2019-12", null, EventStatus.OCCURRED, "a")).build();
        EventText text = new EventText(d.events(), Locale.UK, AxisTicksTest.SEVEN_PX);
        assertEquals("Dec 2019 · Event m", text.label(0));
    }

    @Test
    void hitTestingPicksTheEventUnderThePointer() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 40; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i * 9L).toString(),
                    i % 3 == 0 ? LocalDate.of(2020, 1, 1).plusDays(i * 9L + 20).toString() : null,
                    EventStatus.OCCURRED, i % 2 == 0 ? "b" : "z"));
        }
        Dataset d = b.build();
        TimelineLayout layout = layout(d, new TimeWindow(day(2019, 12, 1), day(2021, 1, 1)), 1400, 700);
        int checked = 0;
        for (int i = 0; i < layout.itemCount(); i++) {
            if (!layout.itemShown(i)) {
                continue;
            }
            assertEquals(i, layout.itemAt(layout.itemCx(i), layout.itemY(i)), "marker of item " + i);
            assertEquals(i, layout.itemAt(layout.itemLabelX(i) + 3, layout.itemY(i) + 4), "label of item " + i);
            checked++;
        }
        assertTrue(checked > 20, "only " + checked + " items laid out");
        assertEquals(-1, layout.itemAt(145, 100), "the header is not an event");
    }

    @Test
    void stackedItemsNeverOverlapInALane() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 300; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i).toString(),
                    i % 4 == 0 ? LocalDate.of(2020, 1, 1).plusDays(i + 30).toString() : null,
                    EventStatus.ESTABLISHED, "a"));
        }
        Dataset d = b.build();
        TimelineLayout layout = layout(d, new TimeWindow(day(2020, 1, 1), day(2020, 7, 1)), 1200, 500);
        assertNoOverlap(layout);
    }

    /** Items drawn in the same row of a lane stay apart, whichever side of them their labels go. */
    private static void assertNoOverlap(TimelineLayout layout) {
        for (int i = 0; i < layout.itemCount(); i++) {
            for (int j = i + 1; j < layout.itemCount(); j++) {
                if (layout.itemShown(i) && layout.itemShown(j) && layout.itemRow(i) == layout.itemRow(j)
                        && layout.itemY(i) == layout.itemY(j)) {
                    boolean apart = layout.itemRight(i) <= layout.itemLeft(j) || layout.itemRight(j) <= layout.itemLeft(i);
                    assertTrue(apart, "items " + i + " and " + j + " overlap");
                }
            }
        }
    }

    @Test
    void aLaneTooDenseToTellApartBecomesClustersThatKeepEveryEvent() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 3000; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i % 700).toString(), null,
                    EventStatus.OCCURRED, "a"));
        }
        Dataset d = b.build();
        TimelineLayout layout = layout(d, new TimeWindow(day(2019, 6, 1), day(2022, 1, 1)), 1200, 500);
        assertEquals(TimelineLayout.CLUSTERED, layout.laneMode(0));
        int total = 0;
        for (int c = 0; c < layout.clusterCount(); c++) {
            total += layout.clusterSize(c);
        }
        assertEquals(3000, total);
        assertEquals(0, layout.itemCount());
    }

    @Test
    void zoomedOutClustersCoverNoTimeBeforeTheFirstEventOrAfterTheLast() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 3000; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2015, 3, 1).plusDays(i % 4000).toString(), null,
                    EventStatus.OCCURRED, "a"));
        }
        Dataset d = b.build();
        long first = d.events().get(0).startMillis();
        long last = d.events().stream().mapToLong(TimelineEvent::endMillis).max().orElseThrow();
        TimelineLayout layout = layout(d, new TimeWindow(day(2000, 1, 1), day(2040, 1, 1)), 1200, 500);
        assertEquals(TimelineLayout.CLUSTERED, layout.laneMode(0));
        int total = 0;
        TimeScale ts = layout.scale();
        // At most the narrowest cluster's width beyond the data, where the data's ends leave a bucket less than that.
        double slack = TimelineLayout.MIN_CLUSTER_PX + 1e-6;
        for (int c = 0; c < layout.clusterCount(); c++) {
            assertTrue(layout.clusterX1(c) >= ts.x(first) - slack, "cluster " + c + " starts by the first event");
            assertTrue(layout.clusterX2(c) <= ts.x(last) + slack, "cluster " + c + " ends by the last event's end");
            assertTrue(layout.clusterX2(c) - layout.clusterX1(c) >= TimelineLayout.MIN_CLUSTER_PX - 1e-6, "visible");
            total += layout.clusterSize(c);
        }
        assertEquals(3000, total, "and every event is still counted");
    }

    @Test
    void overflowCountsAndDrawnItemsAddUpToTheVisibleEvents() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 120; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i).toString(), null,
                    EventStatus.OCCURRED, "a"));
        }
        Dataset d = b.build();
        TimelineLayout layout = layout(d, new TimeWindow(day(2020, 1, 1), day(2020, 5, 1)), 1600, 160);
        int shown = 0;
        for (int i = 0; i < layout.itemCount(); i++) {
            shown += layout.itemShown(i) ? 1 : 0;
        }
        int counted = 0;
        for (int c = 0; c < layout.clusterCount(); c++) {
            counted += layout.clusterSize(c);
        }
        assertTrue(counted > 0, "expected overflow in a short view");
        assertEquals(layout.itemCount(), shown + counted);
    }

    @Test
    void collapsingAParentRollsItsChildrenUpIntoIt() {
        Dataset d = TestData.orgTree().event(TestData.event("1", "2020-01-01", null, EventStatus.OCCURRED, "c"))
                .event(TestData.event("2", "2020-02-01", null, EventStatus.OCCURRED, "b"))
                .event(TestData.event("3", "2020-03-01", null, EventStatus.OCCURRED, "z"))
                .event(TestData.event("4", "2020-04-01", null, EventStatus.OCCURRED)).build();
        LaneModel tree = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION_TREE, Set.of());
        assertEquals(java.util.List.of("a", "b", "c", "z", LaneModel.OTHER_ID),
                tree.lanes().stream().map(Lane::id).toList());
        LaneModel collapsed = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION_TREE, Set.of("a"));
        assertEquals(java.util.List.of("a", "z", LaneModel.OTHER_ID), collapsed.lanes().stream().map(Lane::id).toList());
        assertEquals(2, collapsed.index(0).size());
        assertTrue(collapsed.lanes().get(0).expandable() && collapsed.lanes().get(0).collapsed());
        LaneModel top = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION, Set.of());
        assertEquals(java.util.List.of("a", "z", LaneModel.OTHER_ID), top.lanes().stream().map(Lane::id).toList());
        LaneModel status = LaneModel.build(d, d.events(), LaneGrouping.STATUS, Set.of());
        assertEquals(1, status.size());
        TimelineEvent first = d.events().get(0);
        assertEquals(0, status.laneOf(d.events().indexOf(first)));
    }

    private static TimelineEvent titled(String id, String title, String date, String organisation) {
        return new TimelineEvent(id, title, org.sightline.model.PartialDate.parse(date), null, null, "",
                java.util.List.of(organisation), java.util.List.of(), EventStatus.OCCURRED, null, java.util.List.of(),
                java.util.List.of(), null);
    }

    @Test
    void aLabelThePlotsRightEdgeWouldCutGoesWholeBeforeItsMarker() {
        String title = "Space Force unit activated at an air base near the right edge"; // 62 chars, 434 px
        Dataset d = TestData.orgTree().event(titled("early", "Early event", "2020-03-01", "a"))
                .event(titled("late", title, "2020-12-20", "a")).build();
        TimelineLayout layout = layout(d, new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 1000, 300);
        TimeScale ts = layout.scale();
        int early = layout.itemOf(0);
        int late = layout.itemOf(1);
        assertFalse(layout.itemLabelBefore(early), "a label with room after its marker stays there");
        assertTrue(layout.itemLabelX(early) > layout.itemCx(early));
        assertTrue(layout.itemLabelBefore(late));
        double markerLeft = layout.itemCx(late) - TimelineLayout.MARKER_SIZE / 2;
        assertEquals(markerLeft - TimelineLayout.LABEL_GAP, layout.itemLabelLimit(late), 1e-9,
                "the label ends a gap before the marker");
        assertEquals(7.0 * title.length(), layout.itemLabelLimit(late) - layout.itemLabelX(late), 1e-9,
                "and is whole");
        assertTrue(layout.itemLabelX(late) >= ts.x0(), "inside the plot");
        assertEquals(layout.itemLabelX(late), layout.itemLeft(late), 1e-9, "the item's extent starts at its label");
        assertEquals(layout.itemShapeEnd(late), layout.itemRight(late), 1e-9, "and ends at its marker");
        assertEquals(late, layout.itemAt(layout.itemLabelX(late) + 3, layout.itemY(late)), "clicking the label");
        assertEquals(-1, layout.itemAt(layout.itemShapeEnd(late) + 20, layout.itemY(late)), "nothing after it");
    }

    @Test
    void aLabelThatFitsOnNeitherSideGoesWhereMoreOfItShows() {
        String title = "Space Force unit activated at an air base near the right edge";
        Dataset d = TestData.orgTree().event(titled("late", title, "2020-12-20", "a"))
                .event(titled("early", title, "2020-01-20", "z")).build();
        // A 300 px plot: the 434 px labels fit on neither side of their markers.
        TimelineLayout layout = layout(d, new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 300, 300);
        int late = layout.itemOf(1);
        assertTrue(layout.itemLabelBefore(late), "near the right edge, much more of it shows before the marker");
        double markerLeft = layout.itemCx(late) - TimelineLayout.MARKER_SIZE / 2;
        assertEquals(markerLeft - TimelineLayout.LABEL_GAP, layout.itemLabelLimit(late), 1e-9, "cut to end at it");
        assertEquals(layout.scale().x0() + TimelineLayout.LABEL_GAP, layout.itemLabelX(late), 1e-9,
                "from the plot's left edge");
        int early = layout.itemOf(0);
        assertFalse(layout.itemLabelBefore(early), "near the left edge, more shows after the marker");
        assertTrue(layout.itemLabelX(early) > layout.itemCx(early));
        assertNoOverlap(layout);
    }

    @Test
    void labelsGoBeforeTheirMarkersOnlyNearThePlotsRightEdge() {
        Dataset.Builder b = TestData.orgTree();
        for (int i = 0; i < 60; i++) {
            b.event(TestData.event("e" + i, LocalDate.of(2020, 1, 1).plusDays(i * 6L).toString(), null,
                    EventStatus.OCCURRED, "a"));
        }
        TimelineLayout layout = layout(b.build(), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 1200, 900);
        int before = 0;
        for (int i = 0; i < layout.itemCount(); i++) {
            if (layout.itemLabelBefore(i)) {
                before++;
                assertTrue(layout.itemCx(i) + TimelineLayout.MARKER_SIZE / 2 + TimelineLayout.LABEL_GAP
                        + layout.itemLabelWidth(i) > layout.scale().x1(), "item " + i + " had room after it");
            }
        }
        assertTrue(before > 0, "the last events' labels go before them");
        assertNoOverlap(layout);
    }

    /**
     * Lane a: an event whose label runs to 997 px, then one at 1013 px whose 434 px label the right edge cuts;
     * before its marker the label would need a row of its own. Lane z: five events on one day (five rows).
     */
    private static Dataset rowsOrLabels() {
        Dataset.Builder b = TestData.orgTree().event(titled("long", "x".repeat(118), "2020-01-05", "a"))
                .event(titled("late", "Space Force unit activated at an air base near the right edge", "2020-11-12",
                        "a"));
        for (int i = 0; i < 5; i++) {
            b.event(titled("z" + i, "Same day " + i, "2020-06-01", "z"));
        }
        return b.build();
    }

    @Test
    void aLabelGetsARowOfItsOwnBeforeItsMarkerWhenTheLanesHaveTheHeight() {
        TimelineLayout layout = layout(rowsOrLabels(), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 1000, 400);
        int late = layout.itemOf(6); // in time order: long, the five on 1 June, late
        assertTrue(layout.itemLabelBefore(late));
        assertEquals(1, layout.itemRow(late));
        for (int i = layout.laneFirstItem(1); i < layout.laneEndItem(1); i++) {
            assertTrue(layout.itemShown(i), "lane z shows all five");
        }
    }

    @Test
    void whenLanesMustShareLittleHeightRowsGoToEventsBeforeLabels() {
        // 130 px for the lanes: with a second row for the label, lane z would get 2 rows; without it, 3.
        TimelineLayout layout = layout(rowsOrLabels(), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 1000, 170);
        int late = layout.itemOf(6);
        assertFalse(layout.itemLabelBefore(late), "the label stays after its marker, cut by the edge");
        assertEquals(0, layout.itemRow(late), "in the row of the event before it");
        int shown = 0;
        for (int i = layout.laneFirstItem(1); i < layout.laneEndItem(1); i++) {
            shown += layout.itemShown(i) ? 1 : 0;
        }
        assertEquals(3, shown, "lane z keeps three rows of events");
    }

    @Test
    void aViewAtRestInsideTheLaidOutSpanPutsLabelsItsEdgeCutsBeforeTheirEventsWhereTheRowHasRoom() {
        String longTitle = "x".repeat(30); // 210 px
        Dataset d = TestData.orgTree().event(titled("a1", "A", "2020-04-10", "a"))
                .event(titled("a2", longTitle, "2020-09-07", "a"))
                .event(titled("z1", "x".repeat(10), "2020-06-01", "z"))
                .event(titled("z2", longTitle, "2020-09-07", "z")).build();
        // Laid out over the year, 1000 px; the view ends at 2020-09-20, cutting both long labels.
        TimelineLayout layout = layout(d, new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 1000, 400);
        int a2 = layout.itemOf(2);
        int z2 = layout.itemOf(3);
        assertFalse(layout.itemLabelBefore(a2), "the span's own edge cuts nothing");
        int[] rows = new int[layout.itemCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = layout.itemRow(i);
        }
        double viewRight = layout.scale().x(day(2020, 9, 20));
        layout.placeLabelsCutBy(layout.scale().x0(), viewRight);
        assertTrue(layout.itemLabelBefore(a2), "a1's short label leaves room before a2");
        assertEquals(layout.itemCx(a2) - TimelineLayout.MARKER_SIZE / 2 - TimelineLayout.LABEL_GAP,
                layout.itemLabelLimit(a2), 1e-9);
        assertEquals(a2, layout.itemAt(layout.itemLabelX(a2) + 3, layout.itemY(a2)), "its label is where it is drawn");
        assertEquals(layout.itemRow(layout.itemOf(1)), layout.itemRow(z2), "z1 and z2 share a row");
        assertFalse(layout.itemLabelBefore(z2), "z1's label ends too close to z2: no room, the label stays cut");
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], layout.itemRow(i), "rows stay as laid out");
        }
        assertNoOverlap(layout);
        layout.clearViewPlacements();
        assertFalse(layout.itemLabelBefore(a2), "while a pan moves the view, labels are back after their events");
    }

    /** {@code n} top-level organisations with one event each, so {@code n} lanes of one row. */
    private static Dataset manyLanes(int n) {
        return TestData.oneLaneEach(n, 1, (lane, k) -> "2020-0" + (1 + lane % 9) + "-10");
    }

    private static TimelineLayout scrolledTo(Dataset d, int firstLane, double height) {
        LaneModel lanes = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION, Set.of());
        EventText text = new EventText(d.events(), Locale.UK, AxisTicksTest.SEVEN_PX);
        TimelineLayout layout = new TimelineLayout();
        layout.showFromLane(firstLane);
        layout.compute(lanes, text, new TimeScale(new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), 150, 1000), 40,
                height, 1);
        return layout;
    }

    @Test
    void lanesThatDoNotFitScrollByWholeLanesAndThoseAboveTheTopAreNeitherShownNorHit() {
        Dataset d = manyLanes(20);
        TimelineLayout top = scrolledTo(d, 0, 340);
        double laneH = top.laneHeight(0);
        assertEquals(0, top.firstLane());
        assertTrue(top.maxFirstLane() > 0, "20 lanes of " + laneH + " px need more than 300 px");
        assertTrue(top.shownFraction() < 1);

        TimelineLayout scrolled = scrolledTo(d, 7, 340);
        assertEquals(7, scrolled.firstLane());
        assertEquals(40, scrolled.laneTop(7), 1e-9, "lane 7 starts at the top");
        assertEquals(laneH, scrolled.laneHeight(7), 1e-9, "scrolling keeps the lanes as high as they were");
        assertTrue(scrolled.laneTop(6) + scrolled.laneHeight(6) <= 40, "lane 6 lies above the top");
        assertEquals(7, scrolled.laneAt(41));
        assertEquals(-1, scrolled.laneAt(39), "nothing above the top is a lane");
        int hidden = scrolled.laneFirstItem(3);
        assertEquals(-1, scrolled.itemAt(scrolled.itemCx(hidden), scrolled.itemY(hidden)),
                "an event scrolled away above the top is not hit");
        assertEquals(-1, scrolled.itemOf(scrolled.itemEvent(hidden)), "nor shown");
        int shown = scrolled.laneFirstItem(7);
        assertEquals(shown, scrolled.itemAt(scrolled.itemCx(shown), scrolled.itemY(shown)));
        assertTrue(scrolled.itemY(shown) > 40 && scrolled.itemY(shown) < 40 + laneH);
    }

    @Test
    void theCountsOfLanesScrolledAwayAreNeitherDrawnNorHit() {
        // Twenty lanes, each crowded enough at one row for a strip of counts at its foot.
        TimelineLayout layout = scrolledTo(TestData.oneLaneEach(20, 6, (lane, k) -> "2020-03-0" + (1 + k)), 6, 400);
        assertEquals(6, layout.firstLane());
        int counts = 0;
        for (int c = 0; c < layout.clusterCount(); c++) {
            assertTrue(layout.clusterLane(c) >= 6, "cluster " + c + " of lane " + layout.clusterLane(c));
            assertTrue(layout.clusterY1(c) >= layout.top(), "cluster " + c + " lies below the top");
            counts += layout.clusterIsOverflow(c) ? 1 : 0;
        }
        assertTrue(counts > 0, "the lanes shown have their strips of counts");
        assertEquals(-1, layout.clusterAt(layout.scale().x0() + 5, layout.top() - 5), "nothing to click above the top");
    }

    @Test
    void theFirstLaneStopsWhereTheLastLaneReachesTheBottom() {
        Dataset d = manyLanes(20);
        TimelineLayout layout = scrolledTo(d, 99, 340);
        int max = layout.maxFirstLane();
        assertEquals(max, layout.firstLane(), "kept within the lanes there are");
        double lastBottom = layout.laneTop(19) + layout.laneHeight(19);
        assertTrue(lastBottom <= 340 + 1e-9, "the last lane is shown whole: " + lastBottom);
        assertTrue(lastBottom + layout.laneHeight(max - 1) > 340, "one lane earlier and it would not be");
    }

    @Test
    void whenEveryLaneFitsNothingScrolls() {
        Dataset d = manyLanes(5);
        TimelineLayout layout = scrolledTo(d, 3, 500);
        assertEquals(0, layout.maxFirstLane());
        assertEquals(0, layout.firstLane());
        assertEquals(40, layout.laneTop(0), 1e-9);
        assertEquals(1, layout.shownFraction(), 1e-9);
    }

    @Test
    void bringingALaneIntoViewMovesTheLanesAsLittleAsItCan() {
        Dataset d = manyLanes(20);
        TimelineLayout layout = scrolledTo(d, 6, 340);
        int lastShown = 6;
        while (layout.laneTop(lastShown + 1) + layout.laneHeight(lastShown + 1) <= 340) {
            lastShown++;
        }
        assertEquals(6, layout.firstLaneShowing(8), "already in view");
        assertEquals(2, layout.firstLaneShowing(2), "above: it becomes the first");
        int below = lastShown + 3;
        int first = layout.firstLaneShowing(below);
        assertEquals(9, first, "below: the lanes move up by three, so that it is the last shown whole");
        TimelineLayout moved = scrolledTo(d, first, 340);
        assertTrue(moved.laneTop(below) + moved.laneHeight(below) <= 340 + 1e-9);
        assertTrue(moved.laneTop(below) >= 40);
    }

    @Test
    void theSelectedEventsLabelIsKeptWholeAndTheNextItemMakesWay() {
        // One lane of one row: the first event's long title would run on past where the second starts.
        TimelineLayout cut = oneRow("2020-03-11", -1);
        int first = cut.itemOf(0);
        assertTrue(cut.itemLabelLimit(first) < cut.itemLabelX(first) + cut.itemLabelWidth(first),
                "unselected, its label is cut short where the next event starts");
        assertTrue(cut.itemOf(1) >= 0, "and the next event is shown");

        TimelineLayout kept = oneRow("2020-03-11", 0);
        int whole = kept.itemOf(0);
        assertEquals(kept.itemLabelX(whole) + kept.itemLabelWidth(whole), kept.itemLabelLimit(whole), 1e-9,
                "selected, its label is whole");
        assertEquals(-1, kept.itemOf(1), "the next event makes way: it is counted, not drawn over it");
        assertNoOverlap(kept);
    }

    @Test
    void theSelectedEventIsDrawnNotCountedEvenWhereItsRowIsTaken() {
        // One row: the second event starts where the first's label (even cut short) still runs.
        TimelineLayout plain = oneRow("2020-03-06", -1);
        assertEquals(-1, plain.itemOf(1), "unselected, the second event is only counted");

        TimelineLayout selected = oneRow("2020-03-06", 1);
        int second = selected.itemOf(1);
        assertTrue(second >= 0, "selected, it is drawn");
        int first = selected.itemOf(0);
        assertTrue(selected.itemLabelLimit(first) <= selected.itemLeft(second) - TimelineLayout.ITEM_GAP + 1e-9,
                "the first event's label gives way");
        assertNoOverlap(selected);
    }

    @Test
    void theSelectedEventIsDrawnEvenWhereAnotherEventsMarkerCoversItsDay() {
        // One row: the second event is a day after the first, closer than a marker's width at this zoom.
        TimelineLayout plain = oneRow("2020-03-02", -1);
        assertEquals(-1, plain.itemOf(1), "unselected, the second event is only counted");

        TimelineLayout selected = oneRow("2020-03-02", 1);
        assertTrue(selected.itemOf(1) >= 0, "selected, it is drawn");
        assertEquals(-1, selected.itemOf(0), "the event whose marker is in the way is counted instead");
        assertNoOverlap(selected);
    }

    /**
     * One lane of one row (a three-month window, 1000 px): an event with a long title on 1 March 2020 (position 0)
     * and a second on {@code secondDate} (position 1); {@code selected} is the position kept whole, or -1.
     */
    private static TimelineLayout oneRow(String secondDate, int selected) {
        Dataset d = TestData.orgTree()
                .event(TestData.event("first-with-a-long-title", "2020-03-01", null, EventStatus.OCCURRED, "z"))
                .event(TestData.event("second", secondDate, null, EventStatus.OCCURRED, "z")).build();
        LaneModel lanes = LaneModel.build(d, d.events(), LaneGrouping.ORGANISATION, Set.of());
        EventText text = new EventText(d.events(), Locale.UK, AxisTicksTest.SEVEN_PX);
        TimelineLayout layout = new TimelineLayout();
        layout.keepLabelWhole(selected);
        layout.compute(lanes, text, new TimeScale(new TimeWindow(day(2020, 2, 1), day(2020, 5, 1)), 150, 1000), 40,
                40 + 30, 1);
        return layout;
    }
}
