package io.elsim.model;

/**
 * Breakdowns of each server of a station. {@code mtbf} is the time between failures
 * (on the clock chosen by {@code basis}), {@code mttr} the repair time.
 */
public record FailureSpec(DistributionSpec mtbf, DistributionSpec mttr, Basis basis) {

    public enum Basis {
        /** The failure clock runs only while the server processes a vehicle. */
        BUSY,
        /** The failure clock runs all the time. */
        CALENDAR
    }

    /** Long-run share of processing time not lost to repairs: MTBF / (MTBF + MTTR). */
    public double availability() {
        return mtbf.mean() / (mtbf.mean() + mttr.mean());
    }
}
