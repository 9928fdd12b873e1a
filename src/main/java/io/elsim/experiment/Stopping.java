package io.elsim.experiment;

/**
 * How many replications to run.
 *
 * @param replications    the number to run, or with a precision the number to start with
 * @param precision       relative half-width wanted on {@value #PRECISION_FIELD} (0.01 for 1 %),
 *                        or null for exactly {@code replications}
 * @param maxReplications the most replications a precision may add up to
 */
public record Stopping(int replications, Double precision, int maxReplications) {
    public static final String PRECISION_FIELD = "throughput_per_hour";
    public static final int DEFAULT_MAX_REPLICATIONS = 100;
    /** A Student-t interval needs at least two replications. */
    public static final int MIN_FOR_PRECISION = 2;

    public Stopping {
        if (replications < 1) throw new IllegalArgumentException("replications must be at least 1, not " + replications);
        if (precision != null && !(precision > 0)) {
            throw new IllegalArgumentException("precision must be positive, not " + precision);
        }
        if (precision != null && maxReplications < MIN_FOR_PRECISION) {
            throw new IllegalArgumentException("--max-replications must be at least " + MIN_FOR_PRECISION
                    + " with --precision (a confidence interval needs two replications), not " + maxReplications);
        }
        if (maxReplications < replications) {
            throw new IllegalArgumentException("--max-replications (" + maxReplications
                    + ") is below --replications (" + replications + ")");
        }
    }

    public static Stopping fixed(int replications) {
        return new Stopping(replications, null, Math.max(replications, DEFAULT_MAX_REPLICATIONS));
    }

    /** The replications to run before the first precision check. */
    public int initial() {
        return precision == null ? replications : Math.max(replications, MIN_FOR_PRECISION);
    }

    /** Whether results should be shown aggregated (means and CIs) rather than as one run. */
    public boolean aggregated() {
        return replications > 1 || precision != null;
    }

    /** Parses "1%", "0.5 %" or "0.01". */
    public static double parsePrecision(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        if (percent) t = t.substring(0, t.length() - 1).trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("precision '" + text + "' is not a number (e.g. 1% or 0.01)");
        }
        if (percent) v /= 100;
        if (!(v > 0) || v >= 1) {
            throw new IllegalArgumentException("precision '" + text + "' must be between 0 and 100 %");
        }
        return v;
    }
}
