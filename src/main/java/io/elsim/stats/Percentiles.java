package io.elsim.stats;

import org.HdrHistogram.DoubleHistogram;

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
}
