package io.elsim.bench;

import io.elsim.engine.RandomStream;

/**
 * The reference loop's line (K exponential stations of mean 1, 2 places between, blocking
 * after service, unlimited source, no statistics) written the way a user of an event library
 * writes it: one event object per station, its end of service, on the library's engine. The
 * subclasses put it on SSJ's engine and on elsim's, so that the benchmark compares event
 * engines on exactly the model the issue quotes SSJ on. Same generator, seed and order of
 * draws as {@link ReferenceLoop}: its departures must equal the reference's. The logic repeats
 * the reference's on purpose: were the reference a subclass, its hot path would go through the
 * same virtual {@link #schedule} call as the engines it is the yardstick for.
 */
abstract class EventLine implements LineLoop {
    private static final int CAP = 2;

    private final int stations;
    private final RandomStream rng = new RandomStream(12345);
    private final boolean[] busy;
    private final boolean[] blocked;
    private final int[] queue;
    private long completions;
    private long departures;

    EventLine(int stations) {
        this.stations = stations;
        busy = new boolean[stations];
        blocked = new boolean[stations];
        queue = new int[stations];
    }

    /** Schedules the end of service of {@code station}, {@code delay} seconds from now. */
    abstract void schedule(int station, double delay);

    /** Starts station 0 and runs the engine until {@code horizon}; returns station completions. */
    @Override public abstract long run(double horizon);

    long completions() { return completions; }

    @Override public long departures() { return departures; }

    final void start(int s) {
        busy[s] = true;
        schedule(s, -Math.log(1.0 - rng.nextDouble()));
    }

    /** The end-of-service event of station s: pass the job on or block. */
    final void finish(int s) {
        completions++;
        if (s == stations - 1) {
            departures++;
            free(s);
        } else if (!busy[s + 1]) {
            start(s + 1);
            free(s);
        } else if (queue[s + 1] < CAP) {
            queue[s + 1]++;
            free(s);
        } else {
            blocked[s] = true;
        }
    }

    private void free(int s) {
        busy[s] = false;
        if (s == 0) {
            start(0);
            return;
        }
        if (queue[s] > 0) {
            queue[s]--;
            start(s);
            if (blocked[s - 1]) {
                blocked[s - 1] = false;
                queue[s]++;
                free(s - 1);
            }
        }
    }
}
