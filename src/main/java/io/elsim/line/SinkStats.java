package io.elsim.line;

import io.elsim.stats.Percentiles;
import io.elsim.stats.Tally;

/**
 * Read-only view of the plant's flow statistics (owned by the {@link Sink}): the measured
 * period's figures, and totals since time 0 for conservation checks
 * (released = completed + scrapped + work in process).
 */
public interface SinkStats {
    long completed();

    long scrapped();

    long completed(int product);

    /** Build times (seconds) of the vehicles completed in the measured period. */
    Tally buildTime();

    Tally buildTime(int product);

    Percentiles buildTimePercentiles();

    Percentiles buildTimePercentiles(int product);

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
