package io.elsim.energy;

import java.util.List;

/**
 * Mean power per bucket (an hour, like the output series) of the measured period, one series
 * per group of consumers: the stations of highest rated power each on its own, the other
 * stations together, and the base load. Over replications each value is the mean.
 *
 * @param names     one per series, in stacking order
 * @param kw        kw[series][bucket]: electricity plus gas, kW averaged over the bucket
 * @param replications how many runs were combined
 */
public record PowerSeries(List<String> names, double[][] kw, int replications) {
    /** The series of the stations not drawn on their own. */
    public static final String OTHER_STATIONS = "other stations";
    /** The series of the building's base load. */
    public static final String BASE_LOAD = "base load";
    public PowerSeries {
        names = List.copyOf(names);
    }

    /** Combines replications of one config (same stations and buckets), in the order given. */
    public static PowerSeries pool(List<PowerSeries> runs) {
        PowerSeries first = runs.get(0);
        double[][] sum = new double[first.kw.length][first.kw[0].length];
        int n = 0;
        for (PowerSeries r : runs) {
            for (int s = 0; s < sum.length; s++) {
                for (int b = 0; b < sum[s].length; b++) sum[s][b] += r.kw[s][b] * r.replications;
            }
            n += r.replications;
        }
        for (double[] row : sum) {
            for (int b = 0; b < row.length; b++) row[b] /= n;
        }
        return new PowerSeries(first.names, sum, n);
    }

    /** Total kW of each bucket, all series together. */
    public double[] total() {
        double[] t = new double[kw.length == 0 ? 0 : kw[0].length];
        for (double[] row : kw) {
            for (int b = 0; b < t.length; b++) t[b] += row[b];
        }
        return t;
    }
}
