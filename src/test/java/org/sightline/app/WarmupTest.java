package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Precision;
import org.sightline.model.TimelineEvent;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up warm-up draws its whole script offscreen and can be switched off. */
class WarmupTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsEveryFrameOfItsScriptAndFinishes() throws Exception {
        int frames = WaitForAsyncUtils.asyncFx(() -> Warmup.start(480, 320)).get().get(2, TimeUnit.MINUTES);
        // Twice: load, 20 zoom steps, a year window, 26 pans, highlights, selection, groupings; and 60 steps
        // of a 30-step briefing in between.
        assertTrue(frames > 160, "frames drawn: " + frames);
    }

    @Test
    void theMadeUpDataHasEveryStatusAndDatePrecisionItDraws() {
        Dataset d = Warmup.sample("t", 8, 4000, 1L);
        assertEquals(4000, d.events().size());
        assertEquals(8, d.organisations().roots().size());
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        Set<Precision> precisions = EnumSet.noneOf(Precision.class);
        boolean spans = false;
        for (TimelineEvent e : d.events()) {
            statuses.add(e.status());
            precisions.add(e.start().precision());
            spans |= e.isSpan();
        }
        assertEquals(EnumSet.allOf(EventStatus.class), statuses);
        assertTrue(precisions.containsAll(EnumSet.of(Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.SECOND)));
        assertTrue(spans);
        assertEquals(Warmup.sample("t", 8, 4000, 1L).events(), d.events(), "the same data every time");
    }

    @Test
    void itWaitsWhileTheUserWorksInTheWindow() throws Exception {
        Warmup w = WaitForAsyncUtils.asyncFx(() -> new Warmup(300, 200, null)).get();
        long t = 5_000_000_000L;
        assertTrue(w.idle(t), "no input yet");
        w.userInput(t);
        assertFalse(w.idle(t + 100_000_000L), "100 ms after a key or a click");
        assertFalse(w.idle(t + Warmup.PAUSE_AFTER_INPUT_NANOS - 1));
        assertTrue(w.idle(t + Warmup.PAUSE_AFTER_INPUT_NANOS));
    }

    @Test
    void aBusySpellCountsAsInputSoItWaitsAsLongAgainAfterwards() throws Exception {
        Warmup w = WaitForAsyncUtils.asyncFx(() -> new Warmup(300, 200, null)).get();
        long t = 5_000_000_000L;
        assertTrue(w.mayStep(t, false), "idle, not busy");
        assertFalse(w.mayStep(t + 1, true), "a file loading or a briefing presented");
        assertFalse(w.mayStep(t + 100_000_000L, false), "just after it");
        assertTrue(w.mayStep(t + 1 + Warmup.PAUSE_AFTER_INPUT_NANOS, false));
    }

    @Test
    void itDrawsNothingWhileTheAppIsBusyAndGoesOnAfterwards() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean presenting = new java.util.concurrent.atomic.AtomicBoolean(true);
        var done = WaitForAsyncUtils.asyncFx(() -> Warmup.start(320, 240, null, null, presenting::get)).get();
        Thread.sleep(1000);
        assertFalse(done.isDone(), "no frame is drawn while busy");
        presenting.set(false);
        assertTrue(done.get(2, TimeUnit.MINUTES) > 160);
    }

    @Test
    void aSystemPropertySwitchesItOff() {
        String old = System.getProperty("sightline.warmup");
        try {
            System.clearProperty("sightline.warmup");
            assertTrue(Warmup.enabled());
            System.setProperty("sightline.warmup", "false");
            assertFalse(Warmup.enabled());
        } finally {
            if (old == null) {
                System.clearProperty("sightline.warmup");
            } else {
                System.setProperty("sightline.warmup", old);
            }
        }
    }
}
