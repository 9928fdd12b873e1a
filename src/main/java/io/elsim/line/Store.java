package io.elsim.line;

import io.elsim.engine.ModelError;
import io.elsim.stats.TimeWeighted;

import java.util.ArrayDeque;

/**
 * Places for items with a capacity, FIFO, with the putters waiting for a place and the takers
 * waiting for an item (the SimPy Store): the buffer in front of a station. Content statistics
 * are time-weighted. Nothing here schedules events; the owner decides when to move items.
 */
final class Store<T> {
    /**
     * Most items an unlimited store may hold: a real buffer holds hundreds. Beyond, the plant
     * upstream outruns the station for good (an unstable queue): the run's figures mean nothing
     * and memory would run out, so the run stops with a message instead.
     */
    static final int MAX_CONTENT = 1 << 20;

    final String name;
    final int capacity;
    /** "in front of station 'paint'": how messages place the store. */
    private final String where;
    private Object[] ring;
    private int head;
    private int size;
    private final TimeWeighted content = new TimeWeighted(0);
    private double fullSince = -1;
    private double fullTime;
    private double statsStart;

    /** Putters waiting for a place, oldest first, each with the ticket it waited with. */
    private Putter<T>[] putters;
    private long[] tickets;
    private int putHead;
    private int putSize;
    /** Takers waiting for an item, longest waiting first (possibly stale: checked when taken out). */
    private final ArrayDeque<Taker<T>> takers = new ArrayDeque<>();

    @SuppressWarnings("unchecked")
    Store(String name, int capacity, String where) {
        this.name = name;
        this.capacity = capacity;
        this.where = where;
        this.ring = new Object[Math.max(1, Math.min(capacity, 16))];
        this.putters = (Putter<T>[]) new Putter<?>[4];
        this.tickets = new long[4];
    }

    boolean isFull() { return size >= capacity; }

    boolean isEmpty() { return size == 0; }

    int size() { return size; }

    void add(T item, double now) {
        if (size == ring.length) grow();
        ring[(head + size) % ring.length] = item;
        size++;
        content.set(now, size);
        if (size == capacity) fullSince = now;
    }

    @SuppressWarnings("unchecked")
    T poll(double now) {
        if (size == 0) return null;
        T item = (T) ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        left(now);
        return item;
    }

    /** Books an item gone: the end of a full period, the content. */
    private void left(double now) {
        if (size == capacity) {
            fullTime += now - fullSince;
            fullSince = -1;
        }
        size--;
        content.set(now, size);
    }

    /** The k-th item from the head (0 = the oldest); k &lt; {@link #size()}. */
    @SuppressWarnings("unchecked")
    T get(int k) {
        return (T) ring[(head + k) % ring.length];
    }

    /**
     * Removes the k-th item from the head, keeping the others in order: a component store's
     * assembly station takes the first unit that matches its vehicle, not always the oldest.
     */
    T remove(int k, double now) {
        if (k == 0) return poll(now);
        T item = get(k);
        for (int i = k; i < size - 1; i++) ring[(head + i) % ring.length] = ring[(head + i + 1) % ring.length];
        ring[(head + size - 1) % ring.length] = null;
        left(now);
        return item;
    }

    private void grow() {
        if (ring.length >= MAX_CONTENT) throw new Unbounded(where, size, capacity);
        Object[] bigger = new Object[ring.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = ring[(head + i) % ring.length];
        ring = bigger;
        head = 0;
    }

    // --- waiting putters ---

    /** Queues a putter until a place frees, with its current ticket. */
    void awaitPlace(Putter<T> putter) {
        if (putSize == putters.length) growPutters();
        int at = (putHead + putSize) % putters.length;
        putters[at] = putter;
        tickets[at] = putter.ticket();
        putSize++;
    }

    /** The longest-waiting putter whose entry is not stale, removed from the queue; null if none. */
    Putter<T> nextPutter() {
        while (putSize > 0) {
            Putter<T> p = putters[putHead];
            long t = tickets[putHead];
            putters[putHead] = null;
            putHead = (putHead + 1) % putters.length;
            putSize--;
            if (p.ticket() == t) return p;
        }
        return null;
    }

    /** Putters queued, stale entries included (for deadlock reports and tests). */
    int waitingPutters() { return putSize; }

    @SuppressWarnings("unchecked")
    private void growPutters() {
        if (putters.length >= MAX_CONTENT) throw new Unbounded(where, size, capacity);
        Putter<T>[] p = (Putter<T>[]) new Putter<?>[putters.length * 2];
        long[] t = new long[putters.length * 2];
        for (int i = 0; i < putSize; i++) {
            p[i] = putters[(putHead + i) % putters.length];
            t[i] = tickets[(putHead + i) % putters.length];
        }
        putters = p;
        tickets = t;
        putHead = 0;
    }

    // --- waiting takers ---

    void awaitItem(Taker<T> taker) {
        takers.add(taker);
    }

    /** The longest-waiting taker that can take an item now, removed from the queue; null if none. */
    Taker<T> nextTaker() {
        Taker<T> t;
        while ((t = takers.poll()) != null) {
            t.dequeued();
            if (t.canTake()) return t;
        }
        return null;
    }

    /** Whether a waiting taker could take an item now; drops stale entries at the head. */
    boolean hasTaker() {
        Taker<T> t;
        while ((t = takers.peek()) != null) {
            if (t.canTake()) return true;
            takers.poll();
            t.dequeued();
        }
        return false;
    }

    // --- statistics ---

    void resetStats(double now) {
        content.reset(now);
        fullTime = 0;
        if (fullSince >= 0) fullSince = now;
        statsStart = now;
    }

    double meanContent(double now) { return content.mean(now); }

    double maxContent() { return content.max(); }

    double fullFraction(double now) {
        double span = now - statsStart;
        if (span <= 0 || capacity == 0) return capacity == 0 ? 1 : 0;
        double full = fullTime + (fullSince >= 0 ? now - fullSince : 0);
        return full / span;
    }

    /** A store, unlimited or of a huge capacity, that grew past {@link #MAX_CONTENT}. */
    static final class Unbounded extends ModelError {
        Unbounded(String where, int size, int capacity) {
            super((capacity == io.elsim.model.StationSpec.UNLIMITED ? "the unlimited buffer"
                    : "the buffer (capacity " + capacity + ")")
                    + " " + where + " holds " + size
                    + " vehicles and keeps growing: vehicles arrive faster than the station can work, without end;"
                    + " release more slowly, add servers, or give the buffer a capacity below " + MAX_CONTENT);
        }
    }
}
