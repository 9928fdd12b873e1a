package io.elsim.line;

import io.elsim.energy.PowerSeries;
import io.elsim.stats.Percentiles;

import java.util.List;

/**
 * What a run's charts need beyond its tables, in memory independent of the number of
 * vehicles: output per hour of the measured period and the build-time distribution. Over
 * several replications the output is the mean per hour and the build times are pooled.
 *
 * @param startSeconds  simulated time at which the measured period starts (the warm-up)
 * @param bucketSeconds width of an output bucket (3600 s unless the horizon is very long)
 * @param output        vehicles completed per bucket (a mean over replications)
 * @param buildTimes    build times in seconds, pooled over the replications
 * @param replications  how many runs were combined
 * @param power         mean kW per bucket by group of consumers; null when the config models no energy
 */
public record RunSeries(double startSeconds, double bucketSeconds, double[] output, Percentiles buildTimes,
                        int replications, PowerSeries power) {

    /** A series without power figures. */
    public RunSeries(double startSeconds, double bucketSeconds, double[] output, Percentiles buildTimes,
                     int replications) {
        this(startSeconds, bucketSeconds, output, buildTimes, replications, null);
    }

    /** The series of one finished line. */
    public static RunSeries of(Line line) {
        long[] counts = line.outputPerBucket();
        double[] output = new double[counts.length];
        for (int i = 0; i < counts.length; i++) output[i] = counts[i];
        Percentiles times = new Percentiles();
        times.addAll(line.buildTimes());
        return new RunSeries(line.warmupSeconds(), line.outputBucketSeconds(), output, times, 1, line.powerSeries());
    }

    /** Combines replications of one config (same horizon, so the same buckets), in the order given. */
    public static RunSeries pool(List<RunSeries> runs) {
        RunSeries first = runs.get(0);
        double[] sum = new double[first.output.length];
        Percentiles times = new Percentiles();
        int n = 0;
        for (RunSeries r : runs) {
            for (int i = 0; i < sum.length && i < r.output.length; i++) sum[i] += r.output[i] * r.replications;
            times.addAll(r.buildTimes);
            n += r.replications;
        }
        for (int i = 0; i < sum.length; i++) sum[i] /= n;
        PowerSeries power = first.power == null ? null
                : PowerSeries.pool(runs.stream().map(RunSeries::power).toList());
        return new RunSeries(first.startSeconds, first.bucketSeconds, sum, times, n, power);
    }

    @Override public double[] output() { return output.clone(); }
}
