package io.elsim.model;

import java.util.List;

/** Weekly shift pattern; null calendar on the line means 24/7 working. */
public record CalendarSpec(double weeksPerYear, List<ShiftSpec> shifts) {
    public static final double DEFAULT_WEEKS_PER_YEAR = 52;

    public CalendarSpec {
        shifts = List.copyOf(shifts);
    }
}
