package io.elsim.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap ordered by (time, scheduling sequence), so that
 * events at equal times run in the order they were scheduled. Each event knows its heap
 * position, which makes cancel and reschedule O(log n) without searching.
 */
public final class EventCalendar {
    // keys in primitive arrays beside the events: comparisons never dereference an Event
    private double[] times = new double[64];
    private long[] sequences = new long[64];
    private Event[] heap = new Event[64];
    private int size;
    private long nextSequence;

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    /** Schedules {@code e} at absolute time {@code time}; reschedules it if already scheduled. */
    public void schedule(Event e, double time) {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("event time must be finite and >= 0, was " + time);
        }
        if (e.heapIndex >= 0) {
            remove(e);
        }
        e.time = time;
        e.sequence = nextSequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
        }
        siftUp(size++, e, time, e.sequence);
    }

    /** Removes {@code e} from the calendar; does nothing if it is not scheduled. */
    public void cancel(Event e) {
        if (e.heapIndex >= 0) {
            remove(e);
        }
    }

    /** The next event, removed from the calendar, or null when none is left. */
    public Event poll() {
        if (size == 0) return null;
        Event first = heap[0];
        int last = --size;
        Event moved = heap[last];
        heap[last] = null;
        if (last > 0) {
            siftDown(0, moved, times[last], sequences[last]);
        }
        first.heapIndex = -1;
        return first;
    }

    /** Time of the next event, or +infinity when none is left. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    private void remove(Event e) {
        int i = e.heapIndex;
        e.heapIndex = -1;
        int last = --size;
        Event moved = heap[last];
        double t = times[last];
        long q = sequences[last];
        heap[last] = null;
        if (i == last) return;
        if (i > 0 && before(t, q, (i - 1) >>> 1)) {
            siftUp(i, moved, t, q);
        } else {
            siftDown(i, moved, t, q);
        }
    }

    /** True when key (t, q) comes before the entry at heap position j. */
    private boolean before(double t, long q, int j) {
        double tj = times[j];
        return t < tj || (t == tj && q < sequences[j]);
    }

    private void siftUp(int i, Event e, double t, long q) {
        Event[] h = heap;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, q, parent)) break;
            Event p = h[parent];
            h[i] = p;
            times[i] = times[parent];
            sequences[i] = sequences[parent];
            p.heapIndex = i;
            i = parent;
        }
        h[i] = e;
        times[i] = t;
        sequences[i] = q;
        e.heapIndex = i;
    }

    private void siftDown(int i, Event e, double t, long q) {
        Event[] h = heap;
        int n = size;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < n && (times[right] < times[child]
                    || (times[right] == times[child] && sequences[right] < sequences[child]))) {
                child = right;
            }
            double tc = times[child];
            if (t < tc || (t == tc && q < sequences[child])) break;
            Event c = h[child];
            h[i] = c;
            times[i] = tc;
            sequences[i] = sequences[child];
            c.heapIndex = i;
            i = child;
        }
        h[i] = e;
        times[i] = t;
        sequences[i] = q;
        e.heapIndex = i;
    }
}
