package org.sightline.model;

/** How much of a date is known. A value covers the whole period of its precision. */
public enum Precision {
    YEAR, MONTH, DAY, MINUTE, SECOND;

    /** True when this precision names a calendar period (year, month or day) rather than an instant. */
    public boolean isCalendar() {
        return this == YEAR || this == MONTH || this == DAY;
    }
}
