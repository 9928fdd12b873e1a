package io.elsim.line;

import io.elsim.stats.Percentiles;
import io.elsim.stats.Tally;
import io.elsim.stats.TimeWeighted;

import java.util.Arrays;

/**
 * Where vehicles leave the plant ({@code end}): it owns the flow statistics of the plant —
 * vehicles released, completed and scrapped, work in process, build times, output per hour.
 * A vehicle's build time runs from its release to its arrival here.
 */
final class Sink implements Destination, SinkStats, Intake {
    private final RunContext ctx;
    private final VehiclePool pool;
    private final String[] productNames;
    private final double warmup;

    // statistics since the warm-up
    private final TimeWeighted wip = new TimeWeighted(0);
    private long completed;
    private long scrapped;
    private final long[] completedByProduct;
    private final Tally buildTime = new Tally();
    private final Tally[] buildTimeByProduct;
    private final Percentiles buildTimePercentiles = new Percentiles();
    private final Percentiles[] buildTimePercentilesByProduct;
    /** Vehicles completed in each bucket (an hour, or longer for very long horizons) of the measured period. */
    private final long[] outputPerBucket;
    private final double bucketSeconds;

    // counters since time 0, for conservation checks
    private long releasedTotal;
    private long completedTotal;
    private long scrappedTotal;

    /** At most this many output counters, so a decades-long horizon stays cheap. */
    static final int MAX_OUTPUT_BUCKETS = 100_000;

    Sink(RunContext ctx, VehiclePool pool, String[] productNames, double warmup, double horizon) {
        this.ctx = ctx;
        this.pool = pool;
        this.productNames = productNames;
        this.warmup = warmup;
        completedByProduct = new long[productNames.length];
        buildTimeByProduct = new Tally[productNames.length];
        buildTimePercentilesByProduct = new Percentiles[productNames.length];
        if (productNames.length == 1) {
            // one product: its figures are the overall ones, recorded once per vehicle
            buildTimeByProduct[0] = buildTime;
            buildTimePercentilesByProduct[0] = buildTimePercentiles;
        } else {
            for (int p = 0; p < productNames.length; p++) {
                buildTimeByProduct[p] = new Tally();
                buildTimePercentilesByProduct[p] = new Percentiles();
            }
        }
        bucketSeconds = outputBucketSeconds(horizon);
        outputPerBucket = new long[(int) Math.max(1, Math.ceil(horizon / bucketSeconds))];
    }

    /** One hour, or a whole number of hours when the horizon has more than {@link #MAX_OUTPUT_BUCKETS} of them. */
    static double outputBucketSeconds(double horizon) {
        double hours = Math.ceil(horizon / 3600);
        return 3600 * Math.max(1, Math.ceil(hours / MAX_OUTPUT_BUCKETS));
    }

    /** The vehicle enters the plant: its build time starts now. */
    @Override
    public void entered(Vehicle v) {
        v.releaseTime = ctx.now();
        releasedTotal++;
        wip.add(ctx.now(), 1);
    }

    @Override
    public boolean offer(Vehicle v) {
        double now = ctx.now();
        double flow = now - v.releaseTime;
        completedTotal++;
        completed++;
        completedByProduct[v.product]++;
        if (now >= warmup) {
            int bucket = (int) ((now - warmup) / bucketSeconds);
            outputPerBucket[Math.min(bucket, outputPerBucket.length - 1)]++;
        }
        buildTime.add(flow);
        buildTimePercentiles.add(flow);
        if (productNames.length > 1) {
            buildTimeByProduct[v.product].add(flow);
            buildTimePercentilesByProduct[v.product].add(flow);
        }
        wip.add(now, -1);
        pool.recycle(v);
        return true;
    }

    @Override public boolean canTake() { return true; }

    @Override public void await(Sender s) {
        throw new IllegalStateException("the sink always takes a vehicle");
    }

    @Override public int occupancy() { return 0; }

    @Override public String name() { return "end"; }

    @Override
    public void scrap(Vehicle v) {
        scrappedTotal++;
        scrapped++;
        wip.add(ctx.now(), -1);
        pool.recycle(v);
    }

    void resetStats(double now) {
        wip.reset(now);
        completed = 0;
        scrapped = 0;
        Arrays.fill(completedByProduct, 0);
        Arrays.fill(outputPerBucket, 0);
        buildTime.reset();
        buildTimePercentiles.reset();
        if (productNames.length > 1) {
            for (int p = 0; p < productNames.length; p++) {
                buildTimeByProduct[p].reset();
                buildTimePercentilesByProduct[p].reset();
            }
        }
    }

    // --- SinkStats: read-only views ---

    @Override public long completed() { return completed; }

    @Override public long scrapped() { return scrapped; }

    @Override public long completed(int product) { return completedByProduct[product]; }

    @Override public double buildTimeMean() { return buildTime.mean(); }

    @Override public double buildTimeMax() { return buildTime.max(); }

    @Override public double buildTimePercentile(double p) { return buildTimePercentiles.at(p); }

    @Override public double buildTimeMean(int product) { return buildTimeByProduct[product].mean(); }

    /** A copy of the measured period's build-time distribution, to pool over replications. */
    Percentiles buildTimeDistribution() {
        Percentiles copy = new Percentiles();
        copy.addAll(buildTimePercentiles);
        return copy;
    }

    @Override public double buildTimePercentile(int product, double p) { return buildTimePercentilesByProduct[product].at(p); }

    @Override public double wipMean(double now) { return wip.mean(now); }

    @Override public double wipMax() { return wip.max(); }

    @Override public long workInProcess() { return Math.round(wip.value()); }

    @Override public long releasedTotal() { return releasedTotal; }

    @Override public long completedTotal() { return completedTotal; }

    @Override public long scrappedTotal() { return scrappedTotal; }

    @Override public long[] outputPerBucket() { return outputPerBucket.clone(); }

    @Override public double outputBucketSeconds() { return bucketSeconds; }

    @Override public int vehiclesAllocated() { return pool.created(); }
}
