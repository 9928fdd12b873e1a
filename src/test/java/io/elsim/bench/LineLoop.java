package io.elsim.bench;

/** A hand-written simulation of the benchmark line, for the side-by-side rows of {@link LineBenchmark}. */
interface LineLoop {
    /** Simulates until {@code horizon}; returns station completions. */
    long run(double horizon);

    /** Vehicles that left the last station: equal for the same model on the same random numbers. */
    long departures();
}
