package io.elsim.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap ordered by (time, scheduling sequence), so that
 * events at equal times run in the order they were scheduled. Each event knows its heap
 * position, which makes cancel and reschedule O(log n) without searching.
 */
public final class EventCalendar {
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
        }
        siftUp(size++, e);
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
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
        first.heapIndex = -1;
        return first;
    }

    /** Time of the next event, or +infinity when none is left. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : heap[0].time;
    }

    private void remove(Event e) {
        int i = e.heapIndex;
        e.heapIndex = -1;
        Event last = heap[--size];
        heap[size] = null;
        if (i == size) return;
        if (i > 0 && before(last, heap[(i - 1) >>> 1])) {
            siftUp(i, last);
        } else {
            siftDown(i, last);
        }
    }

    private static boolean before(Event a, Event b) {
        return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
    }

    private void siftUp(int i, Event e) {
        Event[] h = heap;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Event p = h[parent];
            if (!before(e, p)) break;
            h[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        h[i] = e;
        e.heapIndex = i;
    }

    private void siftDown(int i, Event e) {
        Event[] h = heap;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            Event c = h[child];
            int right = child + 1;
            if (right < size && before(h[right], c)) {
                child = right;
                c = h[child];
            }
            if (!before(c, e)) break;
            h[i] = c;
            c.heapIndex = i;
            i = child;
        }
        h[i] = e;
        e.heapIndex = i;
    }
}
