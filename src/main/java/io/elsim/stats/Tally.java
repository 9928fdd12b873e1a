package io.elsim.stats;

/** Count, mean and variance of observations (Welford's update: stable for long runs). */
public final class Tally {
    private long count;
    private double mean;
    private double m2;
    private double max = Double.NEGATIVE_INFINITY;

    public void add(double x) {
        count++;
        double d = x - mean;
        mean += d / count;
        m2 += d * (x - mean);
        if (x > max) max = x;
    }

    public long count() { return count; }

    public double mean() { return count == 0 ? Double.NaN : mean; }

    public double variance() { return count < 2 ? Double.NaN : m2 / (count - 1); }

    public double max() { return count == 0 ? Double.NaN : max; }

    public void reset() {
        count = 0;
        mean = 0;
        m2 = 0;
        max = Double.NEGATIVE_INFINITY;
    }
}
