package io.elsim.model;

import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A random duration (or dimensionless quantity), as written in the config.
 * Durations are in seconds. Each variant knows its mean so that analytic figures
 * ({@code elsim capacity}) never need to sample, and how it is sampled (commons-math3), so
 * that the config's list of distributions (config.DistributionKinds) is the only list.
 */
public sealed interface DistributionSpec {

    /** Expected value of the distribution (seconds for durations). */
    double mean();

    /** Successive draws on {@code rng}, the distribution's own random stream. */
    DoubleSupplier sampler(RandomGenerator rng);

    private static DoubleSupplier constant(double value) {
        return () -> value;
    }

    private static DoubleSupplier of(RealDistribution distribution) {
        return distribution::sample;
    }

    record Constant(double value) implements DistributionSpec {
        public double mean() { return value; }

        public DoubleSupplier sampler(RandomGenerator rng) { return constant(value); }
    }

    record Exponential(double mean) implements DistributionSpec {
        public DoubleSupplier sampler(RandomGenerator rng) {
            // inversion: exact, and on this stream faster than commons-math3's Ahrens-Dieter
            // loop, which was the single largest cost of an exponential line
            double m = mean;
            return () -> -m * Math.log(1.0 - rng.nextDouble()); // Math.log is a JIT intrinsic, log1p is not
        }
    }

    record Uniform(double min, double max) implements DistributionSpec {
        public double mean() { return (min + max) / 2; }

        public DoubleSupplier sampler(RandomGenerator rng) {
            return min == max ? constant(min) : of(new UniformRealDistribution(rng, min, max));
        }
    }

    record Triangular(double min, double mode, double max) implements DistributionSpec {
        public double mean() { return (min + mode + max) / 3; }

        public DoubleSupplier sampler(RandomGenerator rng) {
            return min == max ? constant(min) : of(new TriangularDistribution(rng, min, mode, max));
        }
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

        /** Negative draws are redrawn: a duration can't be negative. */
        public DoubleSupplier sampler(RandomGenerator rng) {
            if (sd == 0) return constant(mean);
            RealDistribution normal = new NormalDistribution(rng, mean, sd);
            return () -> {
                double x;
                int tries = 0;
                do {
                    x = normal.sample();
                } while (x < 0 && ++tries < 1000);
                return Math.max(x, 0);
            };
        }
    }

    /** Lognormal given by its mean and coefficient of variation (sd / mean). */
    record Lognormal(double mean, double cv) implements DistributionSpec {
        public DoubleSupplier sampler(RandomGenerator rng) {
            if (cv == 0) return constant(mean);
            // parameters of the underlying normal from the mean and cv of the lognormal
            double sigma2 = Math.log(1 + cv * cv);
            double mu = Math.log(mean) - sigma2 / 2;
            return of(new LogNormalDistribution(rng, mu, Math.sqrt(sigma2)));
        }
    }

    /** Gamma given by its mean and coefficient of variation (shape = 1/cv²). */
    record Gamma(double mean, double cv) implements DistributionSpec {
        public DoubleSupplier sampler(RandomGenerator rng) {
            if (cv == 0) return constant(mean);
            double shape = 1 / (cv * cv);
            return of(new GammaDistribution(rng, shape, mean / shape));
        }
    }

    /** Erlang-k: the sum of k exponential phases with total mean {@code mean}. */
    record Erlang(double mean, int k) implements DistributionSpec {
        public DoubleSupplier sampler(RandomGenerator rng) {
            return of(new GammaDistribution(rng, k, mean / k));
        }
    }

    record Weibull(double shape, double scale) implements DistributionSpec {
        public double mean() {
            return scale * Math.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }

        public DoubleSupplier sampler(RandomGenerator rng) {
            return of(new WeibullDistribution(rng, shape, scale));
        }
    }

    /** Each listed value with equal probability. */
    record Empirical(double[] values) implements DistributionSpec {
        public double mean() { return Arrays.stream(values).average().orElse(0); }

        /** Equal weights; a value listed twice weighs twice, as users expect. */
        public DoubleSupplier sampler(RandomGenerator rng) {
            double[] copy = values.clone();
            if (copy.length == 1) return constant(copy[0]);
            return () -> copy[rng.nextInt(copy.length)];
        }

        @Override public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values);
        }

        @Override public int hashCode() { return Arrays.hashCode(values); }

        @Override public String toString() { return "Empirical" + Arrays.toString(values); }
    }
}
