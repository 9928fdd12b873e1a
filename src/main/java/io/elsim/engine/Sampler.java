package io.elsim.engine;

/** Draws successive values of one random process (a cycle time, a repair time, ...). */
@FunctionalInterface
public interface Sampler {
    double sample();

    static Sampler constant(double value) {
        return () -> value;
    }
}
