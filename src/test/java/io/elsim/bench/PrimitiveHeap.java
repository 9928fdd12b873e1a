package io.elsim.bench;

/**
 * A binary min-heap of (time, owner) pairs in two primitive arrays: the hand-written
 * yardstick's event list. No objects, no tie-break: what a simulation needs at the least.
 */
final class PrimitiveHeap {
    private final double[] time;
    private final int[] owner;
    private int size;

    PrimitiveHeap(int capacity) {
        time = new double[capacity];
        owner = new int[capacity];
    }

    boolean isEmpty() { return size == 0; }

    double peekTime() { return time[0]; }

    void push(double t, int o) {
        int i = size++;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (time[p] <= t) break;
            time[i] = time[p];
            owner[i] = owner[p];
            i = p;
        }
        time[i] = t;
        owner[i] = o;
    }

    /** Removes the earliest entry and returns its owner. */
    int pop() {
        int first = owner[0];
        int n = --size;
        double t = time[n];
        int o = owner[n];
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int c = 2 * i + 1;
            if (c + 1 < n && time[c + 1] < time[c]) c++;
            if (t <= time[c]) break;
            time[i] = time[c];
            owner[i] = owner[c];
            i = c;
        }
        time[i] = t;
        owner[i] = o;
        return first;
    }
}
