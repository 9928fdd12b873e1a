package io.elsim.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap ordered by (time, scheduling sequence), so that
 * events at equal times run in the order they were scheduled.
 *
 * <p>The heap moves only primitives, two per entry: its time and one key that packs the
 * scheduling sequence above the event's id (a small integer given the first time the event is
 * scheduled). Ordering by key on equal times is ordering by sequence. Moving object references
 * instead costs a garbage-collector barrier per move, and every extra array written per move
 * (a position table for cancelling in place, a separate sequence array) costs time in the loop
 * every run spends most of its time in.
 *
 * <p>Cancelling is therefore lazy: the event is marked unscheduled and its entry stays in the
 * heap, stale, until it reaches the root, where it is dropped. An entry is live while its
 * key is the event's current key. The root is never stale, so {@link #peekTime()} is one load.
 * When stale entries outnumber live ones the heap is rebuilt from the live ones, so memory
 * follows the pending events, not the cancellations.
 */
public final class EventCalendar {
    /** Bits of a key that hold the event id; the sequence takes the bits above. */
    static final int ID_BITS = 24;
    /** Most events one calendar can know (each event object, not each scheduling). */
    static final int MAX_EVENTS = 1 << ID_BITS;
    private static final long ID_MASK = MAX_EVENTS - 1;

    private double[] times = new double[64];
    private long[] keys = new long[64];
    /** Heap entries, live and stale. */
    private int size;
    private int stale;
    private long nextSequence;
    /** Sequence numbers are renumbered from 0, in order, when they reach this (2^39 schedulings). */
    private long sequenceLimit = Long.MAX_VALUE >>> ID_BITS;
    private Event[] events = new Event[64];
    private int registered;

    /** Pending events. */
    public int size() { return size - stale; }

    public boolean isEmpty() { return size() == 0; }

    /**
     * Schedules {@code e} at absolute time {@code time}; reschedules it if already scheduled.
     *
     * @throws EventTimeOutOfRange when {@code time} is not finite and non-negative
     */
    public void schedule(Event e, double time) {
        if (!(time >= 0 && time < Double.POSITIVE_INFINITY)) {
            throw new EventTimeOutOfRange(e, time);
        }
        int id = e.id;
        if (id < 0) {
            id = register(e);
        } else if (id >= registered || events[id] != e) {
            throw new IllegalStateException("event belongs to another calendar: " + e.owner());
        }
        boolean rescheduled = e.scheduled;
        if (nextSequence == sequenceLimit) renumber();
        long key = nextSequence++ << ID_BITS | id;
        e.time = time;
        e.key = key;
        e.scheduled = true;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        siftUp(size++, time, key);
        if (rescheduled) entryDiscarded();
    }

    /** Gives {@code e} its id in this calendar; an event belongs to one calendar only. */
    private int register(Event e) {
        if (registered == MAX_EVENTS) {
            throw new IllegalStateException("more than " + MAX_EVENTS + " distinct events in one run");
        }
        if (registered == events.length) {
            events = Arrays.copyOf(events, registered * 2);
        }
        int id = registered++;
        events[id] = e;
        e.id = id;
        return id;
    }

    /** Removes {@code e} from the calendar; does nothing if it is not scheduled. */
    public void cancel(Event e) {
        if (!e.scheduled) return;
        e.scheduled = false;
        entryDiscarded();
    }

    /** An entry went stale: drop it if it is the root, rebuild once most entries are stale. */
    private void entryDiscarded() {
        stale++;
        dropStaleRoots();
        if (stale > 32 && stale > size >>> 1) rebuild();
    }

    /** The next event, removed from the calendar, or null when none is left. */
    public Event poll() {
        if (size == 0) return null;
        Event e = events[(int) (keys[0] & ID_MASK)];
        removeRoot();
        e.scheduled = false;
        if (stale > 0) dropStaleRoots();
        return e;
    }

    /** Time of the next event, or +infinity when none is left. */
    public double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    private boolean isLive(int i) {
        long key = keys[i];
        Event e = events[(int) (key & ID_MASK)];
        return e.scheduled && e.key == key;
    }

    private void dropStaleRoots() {
        while (size > 0 && !isLive(0)) {
            removeRoot();
            stale--;
        }
    }

    private void removeRoot() {
        int last = --size;
        if (last > 0) siftDown(0, times[last], keys[last]);
    }

    /** Keeps the live entries only, as a fresh heap. */
    private void rebuild() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (isLive(i)) {
                times[n] = times[i];
                keys[n] = keys[i];
                n++;
            }
        }
        size = n;
        stale = 0;
        for (int i = (n >>> 1) - 1; i >= 0; i--) siftDown(i, times[i], keys[i]);
    }

    /**
     * Numbers the pending events' sequences again from 0, in their order, so that keys never
     * overflow however long a run is. The entries are taken out of the heap in order, and a
     * sorted array is a heap.
     */
    private void renumber() {
        rebuild();
        int n = size;
        double[] sortedTimes = new double[times.length];
        long[] sortedKeys = new long[keys.length];
        for (int i = 0; i < n; i++) {
            int id = (int) (keys[0] & ID_MASK);
            sortedTimes[i] = times[0];
            sortedKeys[i] = (long) i << ID_BITS | id;
            events[id].key = sortedKeys[i];
            removeRoot();
        }
        times = sortedTimes;
        keys = sortedKeys;
        size = n;
        nextSequence = n;
    }

    /** For tests: renumbering after a few schedulings instead of 2^39. */
    void setSequenceLimit(long limit) { sequenceLimit = limit; }

    /** For tests: the next scheduling's sequence number, to reach the real limit without 2^39 schedulings. */
    void setNextSequence(long next) { nextSequence = next; }

    private void siftUp(int i, double t, long k) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            double tp = times[parent];
            if (t > tp || (t == tp && k > keys[parent])) break;
            times[i] = tp;
            keys[i] = keys[parent];
            i = parent;
        }
        times[i] = t;
        keys[i] = k;
    }

    private void siftDown(int i, double t, long k) {
        int n = size;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            double tc = times[child];
            if (right < n) {
                double tr = times[right];
                if (tr < tc || (tr == tc && keys[right] < keys[child])) {
                    child = right;
                    tc = tr;
                }
            }
            if (t < tc || (t == tc && k < keys[child])) break;
            times[i] = tc;
            keys[i] = keys[child];
            i = child;
        }
        times[i] = t;
        keys[i] = k;
    }
}
