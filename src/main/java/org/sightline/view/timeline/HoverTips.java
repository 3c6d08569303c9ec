package org.sightline.view.timeline;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.sightline.model.DateLabels;
import org.sightline.model.Era;
import org.sightline.model.TimelineEvent;

/**
 * The band's hover tooltip, as plain text: an event's title, date at its precision, status and organisations;
 * a lane header's whole title and what a click does; an era's whole title and dates. It changes only when
 * the pointer moves onto something else.
 */
final class HoverTips {

    /** Nothing hovered. */
    static final int NONE = -1;

    private final Tooltip tooltip = new Tooltip();
    private int shownFor = NONE;

    HoverTips() {
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    /** True when {@code key} (whatever the caller uses to tell hovered things apart) is what the tip shows. */
    boolean shows(int key) {
        return key == shownFor;
    }

    void show(int key, String text, Node owner, double screenX, double screenY) {
        shownFor = key;
        tooltip.setText(text);
        tooltip.show(owner, screenX + 14, screenY + 16);
    }

    void hide() {
        shownFor = NONE;
        tooltip.hide();
    }

    /** The text when the tip is showing, else null. */
    String text() {
        return tooltip.isShowing() ? tooltip.getText() : null;
    }

    /** An event: title, date at its precision, status and organisations. */
    static String describe(TimelineFrame frame, TimelineEvent e) {
        String orgs = frame.dataset().organisationShortNames(e);
        return e.title() + "\n" + e.dateLabel(frame.locale()) + " · " + e.status().label()
                + (orgs.isEmpty() ? "" : "\n" + orgs);
    }

    /**
     * A lane header: the lane's whole title (the header may have cut it short), the organisation's full name
     * for an organisation lane, and what a click does.
     */
    static String describeLane(TimelineFrame frame, Lane lane) {
        StringBuilder b = new StringBuilder(lane.title());
        if (lane.colorOrgId() != null) {
            frame.dataset().organisations().get(lane.id())
                    .filter(o -> !o.name().equals(lane.title()))
                    .ifPresent(o -> b.append('\n').append(o.name()));
        }
        if (lane.expandable()) {
            b.append('\n').append(lane.collapsed() ? "Click to show the lanes below it" : "Click to fold the lanes below into it");
        } else {
            b.append('\n').append(lane.collapsed() ? "Click to show all its rows" : "Click to fold it to one row");
        }
        return b.toString();
    }

    /** An era: its whole title (the band may have cut it short) and its dates at their precision. */
    static String describeEra(TimelineFrame frame, Era era) {
        return era.title() + "\n" + DateLabels.range(era.start(), era.end(), frame.locale());
    }
}
