package io.elsim.model;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (ShiftSpec s : shifts) days.addAll(s.days());
        return days.size();
    }
}
