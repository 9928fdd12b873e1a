package io.elsim.bench;

import io.elsim.engine.RandomStream;

/**
 * The hand-written yardstick for the benchmark line: 10 (or K) exponential stations (mean 1), 2
 * buffer places between stations, an unlimited source, blocking after service, simulated
 * with a primitive binary heap and no objects. Same random generator and sampling as elsim,
 * so the ratio elsim / reference measures the simulator's overhead, not the arithmetic.
 */
final class ReferenceLoop {
    private static final int CAP = 2;

    private final int K;
    private final RandomStream rng = new RandomStream(12345);
    private final boolean[] busy;
    private final boolean[] blocked;
    private final int[] queue;
    private final double[] heapTime;
    private final int[] heapStation;
    private int heapSize;
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
        heapTime = new double[K + 1];
        heapStation = new int[K + 1];
    }

    long completions() { return completions; }

    long departures() { return departures; }

    /** Simulates until {@code horizon}; returns station completions. */
    long run(double horizon) {
        start(0);
        while (heapSize > 0 && heapTime[0] <= horizon) {
            now = heapTime[0];
            int s = heapStation[0];
            pop();
            completions++;
            finish(s);
        }
        return completions;
    }

    private void start(int s) {
        busy[s] = true;
        push(now - Math.log(1.0 - rng.nextDouble()), s);
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

    private void push(double t, int s) {
        int i = heapSize++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (heapTime[p] <= t) break;
            heapTime[i] = heapTime[p];
            heapStation[i] = heapStation[p];
            i = p;
        }
        heapTime[i] = t;
        heapStation[i] = s;
    }

    private void pop() {
        int n = --heapSize;
        double t = heapTime[n];
        int s = heapStation[n];
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < n && heapTime[c + 1] < heapTime[c]) c++;
            if (t <= heapTime[c]) break;
            heapTime[i] = heapTime[c];
            heapStation[i] = heapStation[c];
            i = c;
        }
        heapTime[i] = t;
        heapStation[i] = s;
    }
}
