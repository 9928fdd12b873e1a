package io.elsim.model;

/** How vehicles enter the first station's buffer. */
public sealed interface ReleaseSpec {

    /** A vehicle is always waiting: the line runs at its own pace. */
    record Unlimited() implements ReleaseSpec { }

    /** One vehicle every {@code seconds} (per-shift takts in the calendar override it). */
    record Takt(double seconds) implements ReleaseSpec { }

    /** Random times between releases, e.g. exponential for a Poisson arrival stream. */
    record Interarrival(DistributionSpec distribution) implements ReleaseSpec { }
}
