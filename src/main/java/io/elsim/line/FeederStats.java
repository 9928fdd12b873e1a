package io.elsim.line;

import io.elsim.model.FeederSpec;

/**
 * Read-only view of a feeder's unit statistics, for reports and tests. Figures without "Total"
 * cover the measured period; the totals count from time 0, so that at any time
 * released = produced + scrapped + in feeder, and produced = fitted + in store.
 */
public interface FeederStats {
    FeederSpec spec();

    /** Units that reached the store (finished) in the measured period. */
    long produced();

    /** Units fitted to vehicles in the measured period. */
    long fitted();

    double storeMean(double now);

    double storeMax();

    /** Units in the store now. */
    int inStore();

    /** Server-hours the assembly station waited for this feeder's units in the measured period. */
    double starvedHours(double now);

    /** Mean time from a unit's start (entering the first station) to the store, seconds; NaN if none. */
    double buildTimeMeanSeconds();

    /** Longest unit build time in the measured period, seconds; NaN if none. */
    double buildTimeMaxSeconds();

    /** Time-weighted mean of the units on the feeder's stations (started, not yet in the store). */
    double inFeederMean(double now);

    /** Most units on the feeder's stations at once in the measured period. */
    double inFeederMax();

    /** Units on the feeder's stations now. */
    long inFeeder();

    long releasedTotal();

    long producedTotal();

    long fittedTotal();

    /** Units scrapped on the feeder's stations (a pulled or split unit is started again). */
    long scrappedTotal();

    /** Pulled or split units not yet in the first station (its buffer was full). */
    int waitingToStart();
}
