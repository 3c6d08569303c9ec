package org.sightline.view.timeline;

import java.util.List;
import org.sightline.model.Dataset;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.TimelineEvent;

/** Small datasets built in code for the timeline's unit tests. */
final class TestData {

    private TestData() {
    }

    static TimelineEvent event(String id, String start, String end, EventStatus status, String... orgs) {
        return new TimelineEvent(id, "Event " + id, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                null, "", List.of(orgs), List.of(), status, null, List.of(), List.of(), null);
    }

    static Organisation org(String id, String parent) {
        return new Organisation(id, "Org " + id, id.toUpperCase(), parent, null, parent == null ? "#0072B2" : null, null);
    }

    /** A root "a" with child "b" and grandchild "c", a second root "z". */
    static Dataset.Builder orgTree() {
        return Dataset.builder("test").organisation(org("a", null)).organisation(org("b", "a"))
                .organisation(org("c", "b")).organisation(org("z", null));
    }
}
