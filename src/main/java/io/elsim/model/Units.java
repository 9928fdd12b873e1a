package io.elsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Durations with units, as users write them: {@code 45s}, {@code 1.5min}, {@code 8h}, {@code 2d}, {@code 4w}. */
public final class Units {
    private Units() { }

    private static final Pattern DURATION =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([a-zA-Z]*)\\s*");

    /** A time unit: its short name, its length and every spelling accepted for it. */
    public record TimeUnit(String name, double seconds, List<String> spellings) { }

    /** The units of a duration, shortest first; a bare number is seconds. */
    public static final List<TimeUnit> TIME_UNITS = List.of(
            new TimeUnit("ms", 0.001, List.of("ms", "msec", "msecs", "millisecond", "milliseconds")),
            new TimeUnit("s", 1.0, List.of("s", "sec", "secs", "second", "seconds")),
            new TimeUnit("min", 60.0, List.of("min", "mins", "m", "minute", "minutes")),
            new TimeUnit("h", 3600.0, List.of("h", "hr", "hrs", "hour", "hours")),
            new TimeUnit("d", 86400.0, List.of("d", "day", "days")),
            new TimeUnit("w", 604800.0, List.of("w", "wk", "wks", "week", "weeks")),
            new TimeUnit("y", 365.0 * 86400.0, List.of("y", "yr", "yrs", "year", "years")));

    /** Seconds per unit; the keys are every spelling accepted, all lower case ("" for a bare number). */
    public static final Map<String, Double> DURATION_UNITS = durationUnits();

    /** Every accepted spelling, grouped by unit, as the error message and the docs list them. */
    public static final String UNIT_WORDS = TIME_UNITS.stream()
            .map(u -> String.join("|", u.spellings())).collect(Collectors.joining(", "));

    private static Map<String, Double> durationUnits() {
        Map<String, Double> units = new LinkedHashMap<>();
        units.put("", 1.0);
        for (TimeUnit u : TIME_UNITS) {
            for (String spelling : u.spellings()) units.put(spelling, u.seconds());
        }
        return Collections.unmodifiableMap(units);
    }

    public static final double HOUR = 3600.0;
    public static final double DAY = 86400.0;
    public static final double WEEK = 7 * DAY;
    /**
     * The longest duration a config may give, and the longest run (warm-up plus horizon):
     * 100 years of 365 days. The clock still resolves 0.5 µs there; beyond it, sums of times
     * lose the precision a model needs, and an absurd value is a typo more often than a plan.
     */
    public static final double MAX_DURATION = 100 * 365 * DAY;

    /**
     * Parses a duration to seconds.
     *
     * @throws IllegalArgumentException with a user-readable message
     */
    public static double parseDuration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (write e.g. 45s, 1.5min, 8h, 2d, 4w)");
        }
        String unit = m.group(2);
        Double factor = DURATION_UNITS.get(unit);
        if (factor == null && DURATION_UNITS.containsKey(unit.toLowerCase(Locale.ROOT))) {
            // lower case only, as in the schema editors check against; and "M" could mean month
            throw new IllegalArgumentException("time unit '" + unit + "' in '" + text.strip()
                    + "' must be written in lower case: '" + unit.toLowerCase(Locale.ROOT) + "'");
        }
        if (factor == null) {
            throw new IllegalArgumentException("unknown time unit '" + unit
                    + "' in '" + text.strip() + "' (units, lower case: " + UNIT_WORDS + ")");
        }
        return Double.parseDouble(m.group(1)) * factor;
    }

    /**
     * Null when {@code text} (a valid duration) has a unit or is zero; otherwise why a run length
     * needs one. A horizon of "4" is 4 seconds, which nobody means: the run reports no vehicles.
     */
    public static String missingUnit(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || !m.group(2).isEmpty() || Double.parseDouble(m.group(1)) == 0) return null;
        String n = m.group(1);
        return "'" + text.strip() + "' has no time unit: write " + n + "w, " + n + "d or " + n + "h"
                + " (or " + n + "s if seconds are really meant)";
    }

    /** A duration for humans, e.g. 90 → "1.5min". */
    public static String formatDuration(double seconds) {
        if (seconds != 0 && seconds % WEEK == 0) return trim(seconds / WEEK) + "w";
        if (seconds != 0 && seconds % DAY == 0) return trim(seconds / DAY) + "d";
        if (seconds >= HOUR) return trim(seconds / HOUR) + "h";
        if (seconds >= 60) return trim(seconds / 60) + "min";
        return trim(seconds) + "s";
    }

    private static String trim(double v) {
        if (v == Math.rint(v)) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
    }
}
