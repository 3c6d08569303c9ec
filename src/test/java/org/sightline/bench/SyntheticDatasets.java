package org.sightline.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.Region;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/** Seeded synthetic datasets for benchmarks: {@code lanes} coloured organisations, day-precision events. */
public final class SyntheticDatasets {

    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#F0E442", "#000000"};

    private SyntheticDatasets() {
    }

    public static Dataset generate(long seed, int events, int lanes, int fromYear, int toYear) {
        Random random = new Random(seed);
        Dataset.Builder b = Dataset.builder("Synthetic: " + events + " events in " + lanes + " lanes")
                .dataAsOf(PartialDate.ofMonth(toYear, 1));
        for (int i = 0; i < lanes; i++) {
            b.organisation(new Organisation("org" + i, "Organisation " + i, "ORG" + i, null, "unit",
                    COLOURS[i % COLOURS.length], null));
        }
        b.region(new Region("r0", "Region", null, "region", null, null, null));
        long first = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long days = LocalDate.of(toYear, 1, 1).toEpochDay() - first;
        EventStatus[] statuses = EventStatus.values();
        List<TimelineEvent> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            LocalDate d = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * days));
            PartialDate start = PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            PartialDate end = null;
            if (random.nextInt(10) == 0) {
                LocalDate e = d.plusDays(1 + random.nextInt(120));
                end = PartialDate.ofDay(e.getYear(), e.getMonthValue(), e.getDayOfMonth());
            }
            list.add(new TimelineEvent("e" + i, "Release #" + i, start, end, null, "", List.of("org" + random.nextInt(lanes)),
                    List.of("r0"), statuses[random.nextInt(statuses.length)], null, List.of(),
                    List.of(new Source("Example", "Source " + (i % 500), null, "https://example.org/" + (i % 500))), null));
        }
        return b.events(list).build();
    }
}
