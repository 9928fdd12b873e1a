package io.elsim.model;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A working period repeated each week on the given days. Minutes count from midnight;
 * {@code toMinute <= fromMinute} means the shift crosses midnight into the next day.
 *
 * @param takt release interval during this shift, seconds; null keeps the line's release
 */
public record ShiftSpec(Set<DayOfWeek> days, int fromMinute, int toMinute, Double takt) {
    public ShiftSpec {
        // EnumSet keeps day order stable, so reports and resolved configs are deterministic
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Length of one occurrence, seconds. */
    public double lengthSeconds() {
        int minutes = toMinute > fromMinute ? toMinute - fromMinute : toMinute + 24 * 60 - fromMinute;
        return minutes * 60.0;
    }
}
