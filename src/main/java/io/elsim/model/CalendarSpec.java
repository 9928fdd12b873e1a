package io.elsim.model;

import java.util.List;

/** Weekly shift pattern; null calendar on the line means 24/7 working. */
public record CalendarSpec(double weeksPerYear, List<ShiftSpec> shifts) {
    public static final double DEFAULT_WEEKS_PER_YEAR = 52;

    public CalendarSpec {
        shifts = List.copyOf(shifts);
    }

    /**
     * Working days per week: the weekdays on which at least one shift starts (a night shift
     * that crosses midnight counts for the day it starts). Used for {@code output_per_day}.
     */
    public int workingDaysPerWeek() {
        java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (ShiftSpec s : shifts) days.addAll(s.days());
        return days.size();
    }
}
