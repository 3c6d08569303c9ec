package org.sightline.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;

/** The peer harnesses' synthetic items as Sightline model events: one lane organisation per peer group. */
final class PeerEvents {

    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#7a5195", "#444444"};
    private static final int TEXT_LENGTH = 150;
    private static final String FILLER = " Synthetic benchmark event with a short description that stands in for a"
            + " typical caption in a story timeline, repeated as needed to reach the fixed length.";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private PeerEvents() {
    }

    /**
     * Second-precision events in the items' order; with {@code withText} each summary is the TimelineJS
     * peer's 150-character {@code text.text} for the item (timelinejs-data.js), otherwise empty.
     */
    static List<TimelineEvent> events(List<SyntheticData.Item> items, boolean withText) {
        boolean coarse = Boolean.getBoolean("bench.coarse");
        List<TimelineEvent> events = new ArrayList<>(items.size());
        for (SyntheticData.Item it : items) {
            PartialDate start = coarse && !it.range() ? coarse(it) : second(it.start());
            events.add(new TimelineEvent("i" + it.id(), it.label(), start,
                    it.range() ? second(it.end()) : null, null, withText ? text(it) : "",
                    List.of("lane-" + it.lane()), List.of(), EventStatus.OCCURRED, null, List.of(), List.of(), null));
        }
        return events;
    }

    /** "Lane 1" … "Lane 8", coloured. */
    static List<Organisation> lanes() {
        List<Organisation> lanes = new ArrayList<>();
        for (int k = 1; k <= SyntheticData.LANES; k++) {
            lanes.add(new Organisation("lane-" + k, "Lane " + k, null, null, null, COLOURS[k - 1], null));
        }
        return lanes;
    }

    private static String text(SyntheticData.Item it) {
        StringBuilder s = new StringBuilder(it.label()).append(" is a ").append(it.range() ? "range" : "point")
                .append(" event in Lane ").append(it.lane()).append(", starting ")
                .append(MINUTE.format(Instant.ofEpochMilli(it.start()))).append(" UTC.");
        while (s.length() < TEXT_LENGTH) {
            s.append(FILLER);
        }
        return s.substring(0, TEXT_LENGTH);
    }

    /**
     * --coarse (not the peer's data): as datasets imported from spreadsheets often are, three point items in
     * ten are known only to their year (one) or month (two), and are drawn as hatched bands.
     */
    private static PartialDate coarse(SyntheticData.Item it) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(it.start(), 1000), 0, ZoneOffset.UTC);
        return switch (it.id() % 10) {
            case 0 -> PartialDate.ofYear(t.getYear());
            case 1, 2 -> PartialDate.ofMonth(t.getYear(), t.getMonthValue());
            default -> second(it.start());
        };
    }

    private static PartialDate second(long millis) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000), 0, ZoneOffset.UTC);
        return PartialDate.ofSecond(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), ZoneOffset.UTC);
    }
}
