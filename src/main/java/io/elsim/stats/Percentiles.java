package io.elsim.stats;

import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.DoubleHistogramIterationValue;

/**
 * Streaming percentiles of positive values (build times) with 3 significant digits, in
 * fixed memory: HdrHistogram's auto-resizing double histogram.
 */
public final class Percentiles {
    private final DoubleHistogram histogram = new DoubleHistogram(3);

    public void add(double value) {
        // HdrHistogram cannot hold 0 and its dynamic range is bounded: values below the
        // resolution floor (1e-3, i.e. 1 ms when recording seconds) are recorded at the floor
        histogram.recordValue(Math.max(value, 1e-3));
    }

    public long count() { return histogram.getTotalCount(); }

    /** The value at percentile {@code p} (0-100), NaN when empty. */
    public double at(double p) {
        if (histogram.getTotalCount() == 0) return Double.NaN;
        return histogram.getValueAtPercentile(p);
    }

    public void reset() { histogram.reset(); }

    /** Adds every value recorded in {@code other} (to pool the replications of a run). */
    public void addAll(Percentiles other) {
        histogram.add(other.histogram);
    }

    public double min() { return count() == 0 ? Double.NaN : histogram.getMinValue(); }

    public double max() { return count() == 0 ? Double.NaN : histogram.getMaxValue(); }

    /**
     * The recorded values in {@code bins} equal-width bins from 0 to a round number at or above
     * the maximum (a value sits in its bin by the midpoint of its HdrHistogram bucket, so a bin
     * edge is exact to the 3 significant digits of the recording).
     */
    public Histogram histogram(int bins) {
        return histogram(bins, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #histogram(int)}, but the bins span 0 to about {@code upTo} only and the last bin
     * also holds every larger value (so a long tail does not squash the bulk into one bar).
     */
    public Histogram histogram(int bins, double upTo) {
        if (bins < 1) throw new IllegalArgumentException("bins must be at least 1, not " + bins);
        if (count() == 0) return Histogram.EMPTY;
        double top = Math.min(histogram.getMaxValue(), upTo > 0 ? upTo : Double.POSITIVE_INFINITY);
        double width = niceWidth(top / bins);
        int n = (int) Math.max(1, Math.min(bins, Math.ceil(top / width)));
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) edges[i] = i * width;
        long[] counts = new long[n];
        for (DoubleHistogramIterationValue v : histogram.recordedValues()) {
            double x = histogram.medianEquivalentValue(v.getValueIteratedTo());
            int i = (int) Math.min(n - 1, Math.max(0, Math.floor(x / width)));
            counts[i] += v.getCountAddedInThisIterationStep();
        }
        return new Histogram(edges, counts);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code raw}. */
    static double niceWidth(double raw) {
        if (!(raw > 0)) return 1;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw * (1 - 1e-12)) return m * magnitude;
        }
        return 10 * magnitude;
    }
}
