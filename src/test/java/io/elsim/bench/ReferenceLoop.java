package io.elsim.bench;

import io.elsim.engine.RandomStream;

/**
 * The hand-written yardstick for the benchmark line: 10 (or K) exponential stations (mean 1), 2
 * buffer places between stations, an unlimited source, blocking after service, simulated
 * with a primitive binary heap and no objects. Same random generator and sampling as elsim,
 * so the ratio elsim / reference measures the simulator's overhead, not the arithmetic.
 */
final class ReferenceLoop implements LineLoop {
    private static final int CAP = 2;

    private final int K;
    private final RandomStream rng = new RandomStream(12345);
    private final boolean[] busy;
    private final boolean[] blocked;
    private final int[] queue;
    private final PrimitiveHeap heap;
    private double now;
    private long completions;
    private long departures;

    /** The benchmark line of the issue: 10 stations. */
    ReferenceLoop() { this(10); }

    /** A line of {@code stations} stations, for the cost per completion as lines grow. */
    ReferenceLoop(int stations) {
        K = stations;
        busy = new boolean[K];
        blocked = new boolean[K];
        queue = new int[K];
        heap = new PrimitiveHeap(K + 1);
    }

    long completions() { return completions; }

    @Override public long departures() { return departures; }

    /** Simulates until {@code horizon}; returns station completions. */
    @Override public long run(double horizon) {
        start(0);
        while (!heap.isEmpty() && heap.peekTime() <= horizon) {
            now = heap.peekTime();
            int s = heap.pop();
            completions++;
            finish(s);
        }
        return completions;
    }

    private void start(int s) {
        busy[s] = true;
        heap.push(now - Math.log(1.0 - rng.nextDouble()), s);
    }

    /** Station s finished its job: pass it on or block. */
    private void finish(int s) {
        if (s == K - 1) {
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

    /** Station s has no job: take the next one, which may unblock the station upstream. */
    private void free(int s) {
        busy[s] = false;
        if (s == 0) {
            start(0); // unlimited source
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
