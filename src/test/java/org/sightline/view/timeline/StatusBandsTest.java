package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.view.timeline.TestData.day;
import static org.sightline.view.timeline.TestData.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.LaneGrouping;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A band drawn for a date known to its month (or year, or day) shows the event's status as a bar does: a
 * proposal hollow with a dashed outline, never looking like what happened; a report lighter. Read back from pixels.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBandsTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 200;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aProposedMonthBandIsHollowWithADashedOutlineAndAReportedOneLighter(FxRobot robot) {
        TimelineEvent occurred = event("o", "2024-02", null, EventStatus.OCCURRED, "a");
        TimelineEvent proposed = event("p", "2024-02", null, EventStatus.PROPOSED, "a");
        TimelineEvent reported = event("r", "2024-02", null, EventStatus.REPORTED, "a");
        Dataset d = TestData.orgTree().event(occurred).event(proposed).event(reported).build();
        TimelineFrame frame = new TimelineFrame(d, d.events(), new TimeWindow(day(2024, 1, 15), day(2024, 3, 15)),
                LaneGrouping.ORGANISATION, Set.of(), null, null, TimelineStyle.light(), Locale.ENGLISH,
                day(2020, 1, 1));
        TimelineRenderer renderer = new TimelineRenderer();
        PixelReader pixels = TestData.render(robot, renderer, frame, WIDTH, HEIGHT).getPixelReader();
        TimelineLayout layout = renderer.layout();
        Map<String, Integer> items = new HashMap<>();
        for (int p = 0; p < frame.events().size(); p++) {
            int item = layout.itemOf(p);
            assertEquals(TimelineLayout.BAND, layout.itemKind(item), "drawn as a band: " + frame.events().get(p).id());
            items.put(frame.events().get(p).id(), item);
        }
        int ground = laneGround(pixels, layout, items.get("o"));

        Band o = Band.read(pixels, layout, items.get("o"), ground);
        Band p = Band.read(pixels, layout, items.get("p"), ground);
        Band r = Band.read(pixels, layout, items.get("r"), ground);
        assertEquals(0, o.groundShare, 1e-9, "what occurred is filled");
        assertEquals(0, r.groundShare, 1e-9, "what was reported is filled");
        assertTrue(p.groundShare > 0.4, "a proposal is hollow: the lane shows through " + p.groundShare);
        assertTrue(p.dashedEdge, "a proposal's outline is dashed");
        assertTrue(!o.dashedEdge && !r.dashedEdge, "no dashed outline on what happened or was reported");
        assertTrue(r.darkest > o.darkest, "a report's hatching is lighter: " + r.darkest + " against " + o.darkest);
    }

    @Test
    void theSelectedEventIsNotDimmedWhenItLiesOutsideAHighlight(FxRobot robot) {
        TimelineEvent lit = event("lit", "2024-02-10", null, EventStatus.OCCURRED, "a");
        TimelineEvent picked = event("picked", "2024-02-20", null, EventStatus.OCCURRED, "a");
        Dataset d = TestData.orgTree().event(lit).event(picked).build();
        TimeWindow window = new TimeWindow(day(2024, 1, 15), day(2024, 3, 15));
        java.util.function.Predicate<TimelineEvent> onlyLit = e -> e.id().equals("lit");
        int[] darkest = new int[2];
        for (int k = 0; k < 2; k++) {
            TimelineEvent selected = k == 0 ? null : picked;
            TimelineFrame frame = new TimelineFrame(d, d.events(), window, LaneGrouping.ORGANISATION, Set.of(),
                    selected, onlyLit, TimelineStyle.light(), Locale.ENGLISH, day(2020, 1, 1));
            TimelineRenderer renderer = new TimelineRenderer();
            PixelReader pixels = TestData.render(robot, renderer, frame, WIDTH, HEIGHT).getPixelReader();
            TimelineLayout layout = renderer.layout();
            int item = layout.itemOf(frame.events().indexOf(picked));
            int cx = (int) Math.round(layout.itemCx(item));
            int cy = (int) Math.round(layout.itemY(item));
            darkest[k] = 255;
            for (int x = cx - 2; x <= cx + 2; x++) {
                for (int y = cy - 2; y <= cy + 2; y++) {
                    darkest[k] = Math.min(darkest[k], (pixels.getArgb(x, y) >> 8) & 0xff);
                }
            }
        }
        assertTrue(darkest[1] < darkest[0] - 40, "selected, its marker is drawn at full strength: "
                + darkest[1] + " against " + darkest[0] + " dimmed");
    }

    /** The lane's own colour: the commonest pixel in the row just above the band's row. */
    private static int laneGround(PixelReader pixels, TimelineLayout layout, int item) {
        int y = (int) Math.floor(layout.itemY(item) - TimelineLayout.ROW / 2) - 1;
        Map<Integer, Integer> seen = new HashMap<>();
        for (int x = (int) layout.itemX1(item) + 2; x < layout.itemX2(item) - 2; x++) {
            seen.merge(pixels.getArgb(x, y), 1, Integer::sum);
        }
        return seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** What a band's right half looks like (its label lies in its left part). */
    private record Band(double groundShare, boolean dashedEdge, int darkest) {

        static Band read(PixelReader pixels, TimelineLayout layout, int item, int ground) {
            double x1 = layout.itemX1(item);
            double x2 = layout.itemX2(item);
            int from = (int) Math.ceil(x1 + (x2 - x1) * 0.6);
            int to = (int) Math.floor(x2) - 3;
            double top = layout.itemY(item) - TimelineLayout.ROW / 2 + 2;
            double bottom = layout.itemY(item) + TimelineLayout.ROW / 2 - 2;
            int inGround = 0;
            int all = 0;
            int darkest = 255;
            for (int y = (int) Math.ceil(top) + 2; y <= (int) Math.floor(bottom) - 3; y++) {
                for (int x = from; x <= to; x++) {
                    int argb = pixels.getArgb(x, y);
                    all++;
                    inGround += argb == ground ? 1 : 0;
                    darkest = Math.min(darkest, (argb >> 8) & 0xff);
                }
            }
            boolean dashed = false;
            for (int y = (int) Math.floor(top) - 1; y <= (int) Math.ceil(top) + 1; y++) {
                int runs = 0;
                boolean inkBefore = false;
                for (int x = from; x <= to; x++) {
                    boolean ink = ((pixels.getArgb(x, y) >> 8) & 0xff) < 160;
                    runs += ink && !inkBefore ? 1 : 0;
                    inkBefore = ink;
                }
                dashed |= runs >= (to - from) / 10;
            }
            return new Band((double) inGround / all, dashed, darkest);
        }
    }
}
