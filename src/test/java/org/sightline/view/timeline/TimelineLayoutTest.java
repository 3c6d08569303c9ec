package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * TimeWindow.DAY;
    }

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
}
