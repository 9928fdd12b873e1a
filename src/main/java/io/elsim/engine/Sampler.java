package io.elsim.engine;

import org.apache.commons.math3.distribution.RealDistribution;

/** Draws successive values of one random process (a cycle time, a repair time, ...). */
@FunctionalInterface
public interface Sampler {
    double sample();

    static Sampler constant(double value) {
        return () -> value;
    }

    /** Samples a commons-math3 distribution built on one of our {@link RandomStream}s. */
    static Sampler of(RealDistribution distribution) {
        return distribution::sample;
    }

    /** Redraws negative values: a duration can't be negative. */
    static Sampler truncatedAtZero(RealDistribution distribution) {
        return () -> {
            double x;
            int tries = 0;
            do {
                x = distribution.sample();
            } while (x < 0 && ++tries < 1000);
            return Math.max(x, 0);
        };
    }
}
