package org.sightline.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.model.Dataset;
import org.sightline.model.Era;
import org.sightline.model.EventStatus;
import org.sightline.model.Organisation;
import org.sightline.model.PartialDate;
import org.sightline.model.Source;
import org.sightline.model.TimelineEvent;

/**
 * Collects what an importer found and builds the dataset. Groups become organisations (one lane each
 * when the timeline groups by organisation), with ids derived from their names and unique. Imported
 * events have no status in their own format: they are all {@link EventStatus#OCCURRED}.
 */
final class ImportedDataset {

    /**
     * Colours given to top-level groups in order so lanes differ: the Okabe–Ito palette (without its yellow,
     * too pale on white), then three of Paul Tol's (wine, olive, indigo), so that up to ten lanes differ before
     * a colour comes round again.
     */
    private static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#000000", "#882255", "#999933", "#332288"};

    static final EventStatus IMPORTED_STATUS = EventStatus.OCCURRED;

    private String title;
    private String description = "";
    private final IdMaker eventIds = new IdMaker();
    private final IdMaker eraIds = new IdMaker();
    private final IdMaker organisationIds = new IdMaker();
    private final Map<String, String> groupToOrganisation = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();

    ImportedDataset(String defaultTitle) {
        this.title = defaultTitle;
    }

    void title(String value) {
        if (value != null && !value.isBlank()) {
            title = value;
        }
    }

    void description(String value) {
        description = value == null ? "" : value;
    }

    IdMaker eventIds() {
        return eventIds;
    }

    /** The organisation id for a group name, creating a top-level organisation the first time. */
    String organisationForGroup(String groupName) {
        return groupToOrganisation.computeIfAbsent(groupName, name -> {
            String id = organisationIds.unique(baseId(IdMaker.slug(name), "group"));
            organisations.put(id, new Organisation(id, name, null, null, "group", null, null));
            return id;
        });
    }

    /** Adds an organisation with a chosen id base (vis-timeline groups); returns the unique id. */
    String addOrganisation(String idBase, String name, String parentId) {
        String id = organisationIds.unique(baseId(IdMaker.slug(idBase), "group"));
        organisations.put(id, new Organisation(id, name, null, parentId, "group", null, null));
        return id;
    }

    /** Sets the parent of an organisation added earlier. */
    void parent(String id, String parentId) {
        Organisation o = organisations.get(id);
        organisations.put(id, new Organisation(o.id(), o.name(), o.abbreviation(), parentId, o.kind(), o.color(),
                o.description()));
    }

    boolean hasOrganisation(String id) {
        return organisations.containsKey(id);
    }

    void event(String id, String title, PartialDate start, PartialDate end, String displayDate, String summary,
               String organisationId, List<Source> sources) {
        events.add(new TimelineEvent(id, title, start, end, displayDate, summary,
                organisationId == null ? List.of() : List.of(organisationId), List.of(), IMPORTED_STATUS, null,
                List.of(), sources, null));
    }

    void era(String title, PartialDate start, PartialDate end) {
        eras.add(new Era(eraIds.unique(baseId(IdMaker.slug(title), "era")), title, start, end, null));
    }

    int eventCount() {
        return events.size();
    }

    int eraCount() {
        return eras.size();
    }

    static String baseId(String slug, String fallbackPrefix) {
        return slug.isEmpty() ? fallbackPrefix : slug;
    }

    Dataset build() {
        List<Organisation> out = new ArrayList<>();
        int colour = 0;
        for (Organisation o : organisations.values()) {
            if (o.parentId() == null) {
                o = new Organisation(o.id(), o.name(), null, null, o.kind(), PALETTE[colour++ % PALETTE.length],
                        o.description());
            }
            out.add(o);
        }
        return Dataset.builder(title).description(description).organisations(out).events(events).eras(eras)
                .build();
    }
}
