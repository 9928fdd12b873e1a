package io.elsim.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations with units, as users write them: {@code 45s}, {@code 1.5min}, {@code 8h}, {@code 2d}, {@code 4w}. */
public final class Units {
    private Units() { }

    private static final Pattern DURATION =
            Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([a-zA-Z]*)\\s*");

    /** Seconds per unit; the keys are every spelling accepted. */
    public static final Map<String, Double> DURATION_UNITS = Map.ofEntries(
            Map.entry("", 1.0), Map.entry("ms", 0.001), Map.entry("s", 1.0), Map.entry("sec", 1.0),
            Map.entry("min", 60.0), Map.entry("m", 60.0), Map.entry("h", 3600.0), Map.entry("hr", 3600.0),
            Map.entry("d", 86400.0), Map.entry("w", 604800.0), Map.entry("wk", 604800.0),
            Map.entry("y", 365.0 * 86400.0));

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
        Double factor = DURATION_UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (factor == null) {
            throw new IllegalArgumentException("unknown time unit '" + m.group(2)
                    + "' in '" + text + "' (use ms, s, min, h, d, w)");
        }
        return Double.parseDouble(m.group(1)) * factor;
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
