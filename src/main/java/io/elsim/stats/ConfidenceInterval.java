package io.elsim.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t confidence intervals on the mean of independent replications: the classic
 * method of independent replications (Law, Simulation Modeling and Analysis, 5th ed., §9.4.1).
 * The half-width is t(n-1, 1-α/2) · s / √n, with s the sample standard deviation.
 */
public final class ConfidenceInterval {
    public static final double LEVEL_95 = 0.95;

    private ConfidenceInterval() { }

    public static double mean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        return sum / x.length;
    }

    /** Sample variance (divisor n-1); NaN for fewer than two values. */
    public static double variance(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double m = mean(x);
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return ss / (n - 1);
    }

    /** Half-width of the two-sided interval at {@code level}; NaN for fewer than two values. */
    public static double halfWidth(double[] x, double level) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double sd = Math.sqrt(variance(x));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return t * sd / Math.sqrt(n);
    }

    public static double halfWidth95(double[] x) {
        return halfWidth(x, LEVEL_95);
    }
}
