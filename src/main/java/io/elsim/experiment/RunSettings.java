package io.elsim.experiment;

/**
 * How to run a config: replications, threads and guards. Chosen on the command line, not in
 * the config, because they change how a result is obtained, not the plant.
 *
 * @param maxEvents stop a run after this many events (a runaway-model guard)
 */
public record RunSettings(int replications, int threads, long maxEvents) {
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;
    /**
     * Events per simulated second beyond which a run is a runaway: a real line (cycles of
     * seconds, even with hundreds of stations) fires a few hundred per second at most.
     */
    public static final double DEFAULT_MAX_EVENT_RATE = 1_000_000;

    public static RunSettings single() {
        return new RunSettings(1, 1, DEFAULT_MAX_EVENTS);
    }
}
