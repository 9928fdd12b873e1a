package io.elsim.model;

import java.util.Arrays;

/**
 * A random duration (or dimensionless quantity), as written in the config.
 * Durations are in seconds. Each variant knows its mean so that analytic figures
 * ({@code elsim capacity}) never need to sample.
 */
public sealed interface DistributionSpec {

    /** Expected value of the distribution (seconds for durations). */
    double mean();

    record Constant(double value) implements DistributionSpec {
        public double mean() { return value; }
    }

    record Exponential(double mean) implements DistributionSpec { }

    record Uniform(double min, double max) implements DistributionSpec {
        public double mean() { return (min + max) / 2; }
    }

    record Triangular(double min, double mode, double max) implements DistributionSpec {
        public double mean() { return (min + mode + max) / 3; }
    }

    /**
     * Normal truncated at 0 (negative draws are redrawn). The mean reported is that of
     * the truncated distribution, which differs from {@code mean} only when sd is large.
     */
    record Normal(double mean, double sd) implements DistributionSpec {
        public double truncatedMean() {
            if (sd == 0) return mean;
            var n = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
            double a = -mean / sd;
            return mean + sd * n.density(a) / (1 - n.cumulativeProbability(a));
        }
    }

    /** Lognormal given by its mean and coefficient of variation (sd / mean). */
    record Lognormal(double mean, double cv) implements DistributionSpec { }

    /** Gamma given by its mean and coefficient of variation (shape = 1/cv²). */
    record Gamma(double mean, double cv) implements DistributionSpec { }

    /** Erlang-k: the sum of k exponential phases with total mean {@code mean}. */
    record Erlang(double mean, int k) implements DistributionSpec { }

    record Weibull(double shape, double scale) implements DistributionSpec {
        public double mean() {
            return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }
    }

    /** Each listed value with equal probability. */
    record Empirical(double[] values) implements DistributionSpec {
        public double mean() { return Arrays.stream(values).average().orElse(0); }

        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values);
        }

        @Override public int hashCode() { return Arrays.hashCode(values); }

        @Override public String toString() { return "Empirical" + Arrays.toString(values); }
    }
}
