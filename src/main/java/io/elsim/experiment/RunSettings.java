package io.elsim.experiment;

/**
 * How to run a config: replications, threads and guards. Chosen on the command line, not in
 * the config, because they change how a result is obtained, not the plant.
 *
 * @param maxEvents stop a run after this many events (a runaway-model guard)
 */
public record RunSettings(int replications, int threads, long maxEvents) {
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;

    public static RunSettings single() {
        return new RunSettings(1, 1, DEFAULT_MAX_EVENTS);
    }
}
