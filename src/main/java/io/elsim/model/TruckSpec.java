package io.elsim.model;

/**
 * A supplier's trucks. Times in seconds.
 *
 * @param capacity parts carried per trip
 * @param trucks fleet size; {@link #AS_NEEDED} = a truck is always available (as many as the policy needs)
 */
public record TruckSpec(int capacity, double speedKmh, double loadTime, double unloadTime, int trucks) {
    public static final int AS_NEEDED = Integer.MAX_VALUE;

    public boolean asNeeded() { return trucks == AS_NEEDED; }

    /** Seconds to drive {@code roadKm} at the average speed, without load, unload or delays. */
    public double driveSeconds(double roadKm) { return roadKm / speedKmh * Units.HOUR; }
}
