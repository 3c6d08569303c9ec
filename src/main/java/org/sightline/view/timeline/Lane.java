package org.sightline.view.timeline;

/**
 * One lane of the timeline.
 *
 * @param id          organisation or region id, status id, or a reserved id for "none"/"other"
 * @param title       the header text
 * @param depth       nesting depth (organisation tree), 0 otherwise
 * @param expandable  true when the lane has child lanes that can be shown or rolled up
 * @param collapsed   true when collapsed: children rolled up into it, or drawn as a single row
 * @param colorOrgId  the organisation whose colour marks the header, or null
 */
public record Lane(String id, String title, int depth, boolean expandable, boolean collapsed, String colorOrgId) {
}
