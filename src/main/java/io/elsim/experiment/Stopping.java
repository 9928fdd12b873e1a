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
        if (replications > MAX_REPLICATIONS || maxReplications > MAX_REPLICATIONS) {
            throw new IllegalArgumentException((replications > MAX_REPLICATIONS ? "--replications " + replications
                    : "--max-replications " + maxReplications) + ": at most " + MAX_REPLICATIONS
                    + " replications (each one's tables are kept until the end; a 95 % interval narrows only as"
                    + " 1/sqrt(n), so a longer --horizon is the cheaper way to more precision)");
        }
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

    /**
     * The most replications a run may have: every replication's tables are kept until the end
     * (for the means, intervals and the per-replication checks), so this bounds memory. A 95 %
     * interval narrows as 1/sqrt(n): 10,000 replications already put it at 2 % of one run's
     * standard deviation; more precision comes cheaper from a longer horizon.
     */
    public static final int MAX_REPLICATIONS = 10_000;

    /**
     * Parses a percentage ("1%", "0.5 %") or a fraction below 1 ("0.01"). A bare number of 1 or
     * more is refused rather than guessed: "2" may mean 2 % or be a typo for 0.2.
     */
    public static double parsePrecision(String text) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        if (percent) t = t.substring(0, t.length() - 1).trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--precision " + text + ": not a number; write a percentage like 1% or a fraction like 0.01");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("--precision " + text + ": must be greater than 0; write a percentage like 1% or a fraction like 0.01");
        }
        if (percent && v >= 100) {
            throw new IllegalArgumentException("--precision " + text + ": must be below 100%, e.g. 1% (or the fraction 0.01)");
        }
        if (!percent && v >= 1) {
            String n = t;
            throw new IllegalArgumentException("--precision " + text + ": a bare number is a fraction and must be below 1;"
                    + " for " + n + " percent write " + n + "% (or the fraction " + fraction(v / 100) + ")");
        }
        return percent ? v / 100 : v;
    }

    private static String fraction(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
