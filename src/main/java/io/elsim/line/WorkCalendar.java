package io.elsim.line;

import io.elsim.model.CalendarSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.Units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The weekly shift pattern at minute resolution (shift times are HH:MM). Time 0 is Monday
 * 00:00. Overlapping shifts merge; where two give a takt, the later one in the list wins.
 */
final class WorkCalendar {
    static final int MINUTES_PER_WEEK = 7 * 24 * 60;

    private final boolean[] on = new boolean[MINUTES_PER_WEEK];
    private final double[] takt = new double[MINUTES_PER_WEEK];
    /** Minutes of the week where the working state or the takt changes. */
    private final int[] changes;
    /** onPrefix[m] = working minutes in [0, m) of the week. */
    private final int[] onPrefix = new int[MINUTES_PER_WEEK + 1];

    /** A 24/7 calendar when {@code spec} is null. */
    WorkCalendar(CalendarSpec spec) {
        Arrays.fill(takt, Double.NaN);
        if (spec == null) {
            Arrays.fill(on, true);
        } else {
            for (ShiftSpec shift : spec.shifts()) {
                int length = (int) Math.round(shift.lengthSeconds() / 60);
                for (var day : shift.days()) {
                    int start = (day.getValue() - 1) * 24 * 60 + shift.fromMinute();
                    for (int k = 0; k < length; k++) {
                        int m = (start + k) % MINUTES_PER_WEEK;
                        on[m] = true;
                        if (shift.takt() != null) takt[m] = shift.takt();
                    }
                }
            }
        }
        List<Integer> list = new ArrayList<>();
        for (int m = 0; m < MINUTES_PER_WEEK; m++) {
            int prev = (m + MINUTES_PER_WEEK - 1) % MINUTES_PER_WEEK;
            if (on[m] != on[prev] || !sameTakt(takt[m], takt[prev])) list.add(m);
        }
        changes = list.stream().mapToInt(Integer::intValue).toArray();
        for (int m = 0; m < MINUTES_PER_WEEK; m++) onPrefix[m + 1] = onPrefix[m] + (on[m] ? 1 : 0);
    }

    private static boolean sameTakt(double a, double b) {
        return (Double.isNaN(a) && Double.isNaN(b)) || a == b;
    }

    static int minuteOfWeek(double time) {
        return (int) (Math.floor(time / 60) % MINUTES_PER_WEEK);
    }

    boolean isOn(double time) { return on[minuteOfWeek(time)]; }

    /** Takt in force at {@code time}, NaN when the shift sets none. */
    double taktAt(double time) { return takt[minuteOfWeek(time)]; }

    boolean alwaysOn() { return onPrefix[MINUTES_PER_WEEK] == MINUTES_PER_WEEK; }

    /** The first time after {@code time} when the working state or takt changes; +inf if never. */
    double nextChange(double time) {
        if (changes.length == 0) return Double.POSITIVE_INFINITY;
        double weekStart = Math.floor(time / Units.WEEK) * Units.WEEK;
        double offsetMinutes = (time - weekStart) / 60;
        for (int c : changes) {
            if (c > offsetMinutes + 1e-9) return weekStart + c * 60.0;
        }
        return weekStart + Units.WEEK + changes[0] * 60.0;
    }

    /** Working seconds in [from, to). */
    double onSeconds(double from, double to) {
        if (to <= from) return 0;
        return onSecondsUntil(to) - onSecondsUntil(from);
    }

    private double onSecondsUntil(double t) {
        double weeks = Math.floor(t / Units.WEEK);
        double rest = t - weeks * Units.WEEK;
        int m = (int) Math.floor(rest / 60);
        double partial = m < MINUTES_PER_WEEK && on[m] ? rest - m * 60.0 : 0;
        return weeks * onPrefix[MINUTES_PER_WEEK] * 60.0 + onPrefix[Math.min(m, MINUTES_PER_WEEK)] * 60.0 + partial;
    }

    /** Working hours in one week. */
    double weeklyOnHours() { return onPrefix[MINUTES_PER_WEEK] / 60.0; }
}
