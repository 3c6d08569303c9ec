package org.sightline.model;

import java.util.Objects;

/**
 * Where a presenter is in a briefing. Moves stop at both ends; nothing wraps around.
 * Mutable on purpose (one presenter, one position); not thread-safe.
 */
public final class BriefingNavigator {

    private final Briefing briefing;
    private int index;

    public BriefingNavigator(Briefing briefing) {
        this.briefing = Objects.requireNonNull(briefing);
        if (briefing.steps().isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one step");
        }
    }

    public Briefing briefing() {
        return briefing;
    }

    /** Zero-based index of the current step. */
    public int index() {
        return index;
    }

    public int size() {
        return briefing.steps().size();
    }

    public BriefingStep current() {
        return briefing.steps().get(index);
    }

    /** Moves on one step; returns false (and stays) at the last step. */
    public boolean next() {
        return goTo(index + 1);
    }

    /** Moves back one step; returns false (and stays) at the first step. */
    public boolean previous() {
        return goTo(index - 1);
    }

    public boolean first() {
        return goTo(0);
    }

    public boolean last() {
        return goTo(size() - 1);
    }

    /** Jumps to a one-based step number as a presenter types it; returns false when it does not exist. */
    public boolean jumpTo(int stepNumber) {
        return stepNumber >= 1 && stepNumber <= size() && goTo(stepNumber - 1);
    }

    private boolean goTo(int target) {
        if (target < 0 || target >= size() || target == index) {
            return false;
        }
        index = target;
        return true;
    }

    /** "3 / 10". */
    public String progress() {
        return (index + 1) + " / " + size();
    }
}
