package org.sightline.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One dated, sourced event. {@code end} is null for a point event. Lists are unmodifiable copies.
 * {@code displayDate} optionally replaces the computed date label.
 */
public record TimelineEvent(String id, String title, PartialDate start, PartialDate end, String displayDate,
                            String summary, List<String> organisationIds, List<String> regionIds,
                            EventStatus status, Confidence confidence, List<String> tags,
                            List<Source> sources, String notes) {
    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : summary;
        organisationIds = List.copyOf(organisationIds);
        regionIds = List.copyOf(regionIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** First millisecond covered by the event. */
    public long startMillis() {
        return start.startMillis();
    }

    /** First millisecond after the event: the end of its end date's period, or of its start's. */
    public long endMillis() {
        return end == null ? start.endMillis() : end.endMillis();
    }

    /** The event's date at its precision ("Dec 2019", "1 Oct 2024 – 21 Oct 2025"), or its display date when it has one. */
    public String dateLabel(Locale locale) {
        if (displayDate != null && !displayDate.isBlank()) {
            return displayDate;
        }
        return DateLabels.range(start, end, locale);
    }

    /** "25 Sep 2023 · Proposed": its {@link #dateLabel date} and its status, as citations and captions give them. */
    public String dateAndStatus(Locale locale) {
        return dateLabel(locale) + " · " + status.label();
    }

    /** True when the event spans more than the single period of its start date. */
    public boolean isSpan() {
        return end != null;
    }
}
