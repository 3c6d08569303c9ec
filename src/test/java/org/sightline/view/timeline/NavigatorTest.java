package org.sightline.view.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.TimeWindow;
import org.sightline.model.TimelineEvent;

class NavigatorTest {

    private final TimeWindow data = new TimeWindow(1_500_000_000_000L, 1_800_000_000_000L);
    private final Navigator nav = new Navigator(data);

    @Test
    void zoomAboutAPointKeepsThatInstantUnderTheSamePixel() {
        TimeWindow w = nav.fit();
        for (double fraction : new double[] {0.1, 0.37, 0.5, 0.93}) {
            for (double factor : new double[] {0.5, 1 / 1.5, 0.9, 1.2, 1.5}) {
                double anchor = w.startMillis() + fraction * w.duration();
                TimeWindow z = nav.zoom(w, factor, anchor);
                TimeScale before = new TimeScale(w, 0, 1600);
                TimeScale after = new TimeScale(z, 0, 1600);
                assertEquals(before.x(Math.round(anchor)), after.x(Math.round(anchor)), 0.01,
                        "factor " + factor + " at " + fraction);
                assertEquals(w.duration() * factor, z.duration(), w.duration() * 1e-9 + 2);
            }
        }
    }

    @Test
    void zoomStopsAtTenMinutesAndAtTheWidestWindow() {
        TimeWindow w = nav.fit();
        for (int i = 0; i < 200; i++) {
            w = nav.zoom(w, 0.5, w.startMillis() + w.duration() / 2.0);
        }
        assertEquals(Navigator.MIN_DURATION, w.duration());
        for (int i = 0; i < 200; i++) {
            w = nav.zoom(w, 2, w.startMillis() + w.duration() / 2.0);
        }
        assertEquals(nav.maxDuration(), w.duration());
    }

    @Test
    void fitShowsDataThatSpansMoreThanTheUsualWidestWindow() {
        // Marathon (490 BCE) to May 2020: 2,510 years, wider than the usual zoom-out limit of 2,000.
        TimeWindow span = new TimeWindow(org.sightline.model.PartialDate.parse("-0489").startMillis(),
                org.sightline.model.PartialDate.parse("2020-05").endMillis());
        Navigator deep = new Navigator(span);
        TimeWindow fit = deep.fit();
        assertTrue(fit.startMillis() <= span.startMillis() && fit.endMillis() >= span.endMillis(),
                "the fitted window " + fit + " holds the whole data " + span);
        TimeWindow out = fit;
        for (int i = 0; i < 50; i++) {
            out = deep.zoom(out, 2, out.startMillis() + out.duration() / 2.0);
        }
        assertTrue(out.duration() >= fit.duration(), "zooming out goes at least as far as fit");
    }

    @Test
    void panningNeverLeavesTheDataBehind() {
        TimeWindow w = nav.fit().zoom(0.1, data.startMillis());
        for (int i = 0; i < 500; i++) {
            w = nav.pan(w, 0.5);
        }
        assertTrue(w.startMillis() < data.endMillis(), "window left the data");
        for (int i = 0; i < 1000; i++) {
            w = nav.pan(w, -0.5);
        }
        assertTrue(w.endMillis() > data.startMillis(), "window left the data");
    }

    @Test
    void fitCoversAllTheData() {
        TimeWindow f = nav.fit();
        assertTrue(f.startMillis() < data.startMillis() && f.endMillis() > data.endMillis());
    }

    @Test
    void zoomToADayEventShowsAboutSixWeeksAndToAMonthEventAboutFourMonths() {
        Navigator nav = new Navigator(new org.sightline.model.TimeWindow(0, 20 * org.sightline.model.TimeWindow.YEAR));
        long day = org.sightline.model.TimeWindow.DAY;
        long start = 5 * org.sightline.model.TimeWindow.YEAR;
        long dayWindow = nav.aroundEvent(start, start + day).duration();
        assertTrue(dayWindow >= 40 * day && dayWindow <= 60 * day, dayWindow / day + " days");
        long monthWindow = nav.aroundEvent(start, start + 30 * day).duration();
        assertTrue(monthWindow >= 120 * day && monthWindow <= 160 * day, monthWindow / day + " days");
    }

    @Test
    void minuteLevelDataFillsTheFittedViewAndAMinuteEventZoomsToItsHours() {
        long minute = TimeWindow.MINUTE;
        long start = 1_600_000_020_000L - 1_600_000_020_000L % minute;
        Navigator incident = new Navigator(new TimeWindow(start, start + 49 * minute));
        TimeWindow fit = incident.fit();
        assertTrue(fit.startMillis() < start && fit.endMillis() > start + 49 * minute, fit.toString());
        assertTrue(fit.duration() < 70 * minute, "49 minutes of data fill most of the view: " + fit.duration() / minute
                + " minutes shown");
        Navigator single = new Navigator(new TimeWindow(start, start + minute));
        TimeWindow one = single.fit();
        assertTrue(one.startMillis() < start && one.endMillis() > start + minute
                && one.duration() >= Navigator.MIN_DURATION && one.duration() <= Navigator.MIN_FIT,
                "one instant shows the minutes round it: " + one.duration() / minute);
        long around = incident.aroundEvent(start + 7 * minute, start + 8 * minute).duration();
        assertTrue(around >= 60 * minute && around <= 3 * 60 * minute, around / minute + " minutes round a minute event");
    }
    @Test
    void fittingPartOfTheDataFramesItAsFitFramesTheWhole() {
        TimeWindow part = new TimeWindow(data.startMillis() + TimeWindow.YEAR, data.startMillis() + 3 * TimeWindow.YEAR);
        TimeWindow whole = new Navigator(part).fit();
        assertEquals(whole, nav.fitTo(part), "the same margins round two years of a longer dataset");
        assertTrue(nav.fitTo(part).duration() < nav.fit().duration() / 3);
    }

    @Test
    void fittingOneShortEventShowsFourDaysAndOneMinuteEventTwoHours() {
        long start = data.startMillis() + 5 * TimeWindow.YEAR;
        TimeWindow day = nav.fitTo(new TimeWindow(start, start + TimeWindow.DAY));
        assertEquals(4 * TimeWindow.DAY, day.duration());
        assertEquals(start + TimeWindow.DAY / 2, day.startMillis() + day.duration() / 2, "centred on the event");
        TimeWindow minute = nav.fitTo(new TimeWindow(start, start + TimeWindow.MINUTE));
        assertEquals(2 * Navigator.MIN_FIT, minute.duration());
    }

    @Test
    void fitShownFitsEverythingUnlessAFilterLeavesOnlySomeEvents() {
        Dataset dataset = TestData.orgTree()
                .event(TestData.event("e1", "2019-12-20", null, EventStatus.OCCURRED, "a"))
                .event(TestData.event("e2", "2021-03-01", "2021-03-10", EventStatus.OCCURRED, "b"))
                .event(TestData.event("e3", "2021-06-01", null, EventStatus.OCCURRED, "b"))
                .event(TestData.event("e4", "2024-05-01", null, EventStatus.OCCURRED, "c"))
                .build();
        Navigator of = Navigator.of(dataset);
        assertEquals(of.fit(), Navigator.fitShown(dataset, dataset.events()));
        assertEquals(of.fit(), Navigator.fitShown(dataset, List.of()), "a filter that leaves nothing: all");
        List<TimelineEvent> b = dataset.events().subList(1, 3);
        TimeWindow shown = Dataset.extentOf(b).orElseThrow();
        assertEquals(new TimeWindow(dataset.events().get(1).startMillis(), dataset.events().get(2).endMillis()), shown);
        assertEquals(of.fitTo(shown), Navigator.fitShown(dataset, b));
        assertTrue(Dataset.extentOf(List.of()).isEmpty());
    }
}
