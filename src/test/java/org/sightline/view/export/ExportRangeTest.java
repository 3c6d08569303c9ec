package org.sightline.view.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.io.DatasetFiles;
import org.sightline.io.Fixtures;
import org.sightline.model.Dataset;
import org.sightline.model.DateRange;
import org.sightline.model.EventFilter;
import org.sightline.model.EventStatus;
import org.sightline.model.PartialDate;
import org.sightline.model.TimeWindow;

/** An export given no range covers what its filter leaves, as Fit frames it in the window. */
class ExportRangeTest {

    // Three events: 14 Dec 2022 (Osan), December 2019, 13-14 July 2023 (proposed; MOD); an era 2022-2023.
    private final Dataset minimal = DatasetFiles.read(Fixtures.path("valid-minimal.json")).dataset();

    @Test
    void withoutAFilterOrWithOneThatKeepsEveryEventTheRangeIsTheDatasetsErasIncluded() {
        DateRange whole = ExportContent.defaultRange(minimal);
        assertEquals(whole, ExportContent.defaultRange(minimal, EventFilter.NONE));
        assertEquals(whole, ExportContent.defaultRange(minimal, EventFilter.NONE.withOrganisations(Set.of("ussf"))),
                "the Space Force and the unit under it are in all three events");
        assertTrue(whole.window().endMillis() > PartialDate.parse("2023").endMillis(), "the era runs to 2023's end");
    }

    @Test
    void aFilterNarrowsTheRangeToTheEventsItLeaves() {
        // One day: four days round it and a little more, in whole days.
        assertEquals(new DateRange(PartialDate.parse("2022-12-12"), PartialDate.parse("2022-12-16")),
                ExportContent.defaultRange(minimal, EventFilter.NONE.withRegions(Set.of("osan"))));
        // Two days, 13-14 July 2023.
        assertEquals(new DateRange(PartialDate.parse("2023-07-11"), PartialDate.parse("2023-07-16")),
                ExportContent.defaultRange(minimal, EventFilter.NONE.withOrganisations(Set.of("jp-mod"))));
        // Two events seven months apart: their span with a margin of 3 % either side, to the day.
        DateRange two = ExportContent.defaultRange(minimal, EventFilter.NONE.withStatuses(Set.of(EventStatus.PROPOSED,
                EventStatus.ESTABLISHED)).withRegions(Set.of("osan", "indo-pacific")));
        long from = PartialDate.parse("2022-12-14").startMillis();
        long to = PartialDate.parse("2023-07-14").endMillis();
        assertEquals(from - 0.03 * (to - from), two.window().startMillis(), TimeWindow.DAY, two.toString());
        assertEquals(to + 0.03 * (to - from), two.window().endMillis(), TimeWindow.DAY, two.toString());
    }

    @Test
    void aFilterThatLeavesNothingKeepsTheDatasetsRange() {
        assertEquals(ExportContent.defaultRange(minimal),
                ExportContent.defaultRange(minimal, EventFilter.NONE.withStatuses(Set.of(EventStatus.REPORTED))));
    }
}
