package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Organisation colours stay as the dataset gives them, unless a grey would vanish into the background. */
class TimelineStyleTest {

    @Test
    void aBlackOrganisationStandsOutInTheDarkThemeAndAWhiteOneInTheLight() {
        TimelineStyle dark = TimelineStyle.dark();
        Color black = dark.visibleOnBackground(Color.BLACK);
        assertTrue(ReadableInk.contrast(black, dark.background()) >= 2, "black moved towards the ink: " + black);
        assertTrue(black.getSaturation() < 0.25, "and stays a grey");
        TimelineStyle light = TimelineStyle.light();
        Color white = light.visibleOnBackground(Color.WHITE);
        assertTrue(ReadableInk.contrast(white, light.background()) >= 2, "white moved towards the ink: " + white);
    }

    @Test
    void coloursWithAHueAndGreysThatAlreadyStandOutAreKept() {
        for (TimelineStyle style : new TimelineStyle[] {TimelineStyle.light(), TimelineStyle.dark(),
            TimelineStyle.print()}) {
            for (String hex : new String[] {"#F0E442", "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9"}) {
                assertEquals(Color.web(hex), style.visibleOnBackground(Color.web(hex)), style.name() + " " + hex);
            }
        }
        assertEquals(Color.BLACK, TimelineStyle.light().visibleOnBackground(Color.BLACK));
        assertEquals(Color.WHITE, TimelineStyle.dark().visibleOnBackground(Color.WHITE));
    }
}
