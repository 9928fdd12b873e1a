package io.elsim.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap ordered by (time, scheduling sequence), so that
 * events at equal times run in the order they were scheduled.
 *
 * <p>The heap moves only primitives: each event gets a small integer id the first time it is
 * scheduled, the heap holds ids beside their keys, and each id's heap position sits in an int
 * array, so cancel and reschedule are O(log n) without searching. Moving object references
 * instead costs a write into the event and a garbage-collector barrier per move, in the loop
 * every run spends most of its time in.
 */
public final class EventCalendar {
    private double[] times = new double[64];
    private long[] sequences = new long[64];
    private int[] ids = new int[64];
    private int size;
    private long nextSequence;
    /** Events by id, and each scheduled id's heap position (stale once the event is not scheduled). */
    private Event[] events = new Event[64];
    private int[] position = new int[64];
    private int registered;

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    /** Schedules {@code e} at absolute time {@code time}; reschedules it if already scheduled. */
    public void schedule(Event e, double time) {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("event time must be finite and >= 0, was " + time);
        }
        int id = e.id;
        if (id < 0) {
            id = register(e);
        } else if (id >= registered || events[id] != e) {
            throw new IllegalStateException("event belongs to another calendar: " + e.owner());
        } else if (e.scheduled) {
            remove(id);
        }
        e.time = time;
        e.scheduled = true;
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            times = Arrays.copyOf(times, size * 2);
            sequences = Arrays.copyOf(sequences, size * 2);
        }
        siftUp(size++, id, time, nextSequence++);
    }

    /** Gives {@code e} its id in this calendar; an event belongs to one calendar only. */
    private int register(Event e) {
        if (registered == events.length) {
            events = Arrays.copyOf(events, registered * 2);
            position = Arrays.copyOf(position, registered * 2);
        }
        int id = registered++;
        events[id] = e;
        e.id = id;
        return id;
    }

    /** Removes {@code e} from the calendar; does nothing if it is not scheduled. */
    public void cancel(Event e) {
        if (e.scheduled) {
            remove(e.id);
        }
    }

    /** The next event, removed from the calendar, or null when none is left. */
    public Event poll() {
        if (size == 0) return null;
        int first = ids[0];
        int last = --size;
        if (last > 0) {
            siftDown(0, ids[last], times[last], sequences[last]);
        }
        Event e = events[first];
        e.scheduled = false;
        return e;
    }

    /** Time of the next event, or +infinity when none is left. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    private void remove(int id) {
        int i = position[id];
        events[id].scheduled = false;
        int last = --size;
        if (i == last) return;
        int moved = ids[last];
        double t = times[last];
        long q = sequences[last];
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

    private void siftUp(int i, int id, double t, long q) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, q, parent)) break;
            put(i, ids[parent], times[parent], sequences[parent]);
            i = parent;
        }
        put(i, id, t, q);
    }

    private void siftDown(int i, int id, double t, long q) {
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
            put(i, ids[child], tc, sequences[child]);
            i = child;
        }
        put(i, id, t, q);
    }

    /** Writes an entry into heap slot {@code i} and records the slot for its id. */
    private void put(int i, int id, double t, long q) {
        ids[i] = id;
        times[i] = t;
        sequences[i] = q;
        position[id] = i;
    }
}
