package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.Organisation;
import org.sightline.model.TimeWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class LaneTitleTest {

    /** Ten pixels per character, so widths are easy to reason about. */
    private static final TextMeasurer TEN_PER_CHAR = text -> text.length() * 10.0;

    @Test
    void aLongLaneTitleBreaksAtTheLastSpaceThatStillFits() {
        assertEquals("National Diet".length(), TEN_PER_CHAR.lineBreak("National Diet of Japan", 140));
    }

    @Test
    void aTitleWithoutSpacesBreaksAfterItsLastHyphenThatStillFits() {
        assertEquals("USSPACEFOR-".length(), TEN_PER_CHAR.lineBreak("USSPACEFOR-INDOPAC", 120));
        assertEquals("A-B-".length(), TEN_PER_CHAR.lineBreak("A-B-CDEFGH", 45));
        assertEquals(-1, TEN_PER_CHAR.lineBreak("ABC-", 100), "a trailing hyphen is no break");
    }

    @Test
    void aTitleWhoseFirstWordIsTooWideHasNoBreak() {
        assertEquals(-1, TEN_PER_CHAR.lineBreak("Extraordinarily long", 50));
    }

    @Test
    void aLaneWhoseTitleNeedsTwoLinesIsGivenTheHeightForThemFromTheOthersSpareHeight(FxRobot robot) {
        // Ten one-row lanes in 360 px of plot: an even share would be 36 px each, too little for two lines.
        Dataset.Builder b = Dataset.builder("test");
        b.organisation(new Organisation("long", "National Diet of Japan", null, null, null, "#E69F00", null));
        b.event(TestData.event("e-long", "2020-05-01", null, EventStatus.OCCURRED, "long"));
        for (int i = 0; i < 9; i++) {
            b.organisation(new Organisation("o" + i, "Org " + i, "O" + i, null, null, "#0072B2", null));
            b.event(TestData.event("e" + i, "2020-05-01", null, EventStatus.OCCURRED, "o" + i));
        }
        Dataset d = b.build();
        TimelineFrame frame = new TimelineFrame(d, d.events(), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH, 0);
        TimelineRenderer renderer = new TimelineRenderer();
        TimelineLayout[] layout = new TimelineLayout[1];
        robot.interact(() -> layout[0] = renderer.prepare(frame, 0, 0, 1200, 400, 1));

        List<Lane> lanes = renderer.lanes().lanes();
        int longLane = -1;
        for (int l = 0; l < lanes.size(); l++) {
            if (lanes.get(l).title().equals("National Diet of Japan")) {
                longLane = l;
            }
        }
        assertTrue(longLane >= 0);
        double twoLines = (2 * TimelineLayout.LANE_PAD + TimelineLayout.ROW / 2) + 1.5 * 12 * 1.25;
        assertEquals(twoLines, layout[0].laneHeight(longLane), 1e-9, "room for two lines of 12 px type");
        double total = 0;
        for (int l = 0; l < lanes.size(); l++) {
            total += layout[0].laneHeight(l);
            if (l != longLane) {
                assertEquals((360 - twoLines) / 9, layout[0].laneHeight(l), 1e-9, "the others share the rest");
            }
        }
        assertEquals(360, total, 1e-9);
    }

    @Test
    void nestedLanesWidenTheHeaderColumnByTheirIndent(FxRobot robot) {
        // a > b > c: the organisation tree shows lanes two levels below the top.
        Dataset.Builder b = TestData.orgTree();
        for (String org : new String[] {"a", "b", "c", "z"}) {
            b.event(TestData.event("e" + org, "2020-05-01", null, EventStatus.OCCURRED, org));
        }
        Dataset d = b.build();
        TimelineRenderer renderer = new TimelineRenderer();
        double[] widths = new double[3];
        robot.interact(() -> {
            widths[0] = renderer.headerWidth(frame(d, LaneGrouping.ORGANISATION), 1200, 1);
            widths[1] = renderer.headerWidth(frame(d, LaneGrouping.ORGANISATION_TREE), 1200, 1);
            widths[2] = renderer.headerWidth(frame(d, LaneGrouping.ORGANISATION_TREE), 500, 1);
        });
        assertEquals(TimelineRenderer.HEADER, widths[0], 1e-9);
        assertEquals(TimelineRenderer.HEADER + 2 * TimelineRenderer.INDENT, widths[1], 1e-9);
        assertEquals(150, widths[2], 1e-9, "never more than 30 % of the drawing");
    }

    @Test
    void aLaneHeadersTooltipGivesTheWholeNameAndWhatAClickDoes() {
        Dataset d = TestData.orgTree().build();
        TimelineFrame f = frame(d, LaneGrouping.ORGANISATION_TREE);
        assertEquals("A\nOrg a\nClick to show the lanes below it",
                HoverTips.describeLane(f, new Lane("a", "A", 0, true, true, "a")));
        assertEquals("B\nOrg b\nClick to fold the lanes below into it",
                HoverTips.describeLane(f, new Lane("b", "B", 1, true, false, "b")));
        assertEquals("Japan\nClick to fold it to one row",
                HoverTips.describeLane(f, new Lane("jp", "Japan", 0, false, false, null)), "a region lane");
    }

    private static TimelineFrame frame(Dataset d, LaneGrouping grouping) {
        return new TimelineFrame(d, d.events(), new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)), grouping, Set.of(),
                null, null, TimelineStyle.light(), Locale.ENGLISH, 0);
    }
}
