package io.elsim.line;

/**
 * Read-only view of the plant's flow statistics (owned by the {@link Sink}): the measured
 * period's figures, and totals since time 0 for conservation checks
 * (released = completed + scrapped + work in process).
 */
public interface SinkStats {
    long completed();

    long scrapped();

    long completed(int product);

    /** Mean build time (seconds) of the vehicles completed in the measured period; NaN when none. */
    double buildTimeMean();

    /** Longest build time (seconds) in the measured period; NaN when none. */
    double buildTimeMax();

    /** The {@code p}-th percentile (0-100) of the measured period's build times, seconds. */
    double buildTimePercentile(double p);

    double buildTimeMean(int product);

    double buildTimePercentile(int product, double p);

    double wipMean(double now);

    /** Most vehicles in the plant at once in the measured period. */
    double wipMax();

    long workInProcess();

    long releasedTotal();

    long completedTotal();

    long scrappedTotal();

    long[] outputPerBucket();

    double outputBucketSeconds();

    /** Vehicle objects allocated in the whole run: follows peak WIP, not output. */
    int vehiclesAllocated();
}
