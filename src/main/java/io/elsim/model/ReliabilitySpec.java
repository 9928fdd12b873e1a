package io.elsim.model;

/**
 * On-time performance of a supplier's deliveries.
 *
 * @param onTime probability that a delivery is on time
 * @param lateBy extra drive time of a late delivery (seconds)
 */
public record ReliabilitySpec(double onTime, DistributionSpec lateBy) {
    public static final ReliabilitySpec ALWAYS = new ReliabilitySpec(1, new DistributionSpec.Constant(0));
}
