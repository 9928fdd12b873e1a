package io.elsim.line;

import io.elsim.engine.ModelError;
import io.elsim.model.StationSpec;
import io.elsim.stats.TimeWeighted;

/** FIFO places in front of a station, with time-weighted content statistics. */
final class Buffer {
    /**
     * Most vehicles an unlimited buffer may hold: a real one holds hundreds. Beyond, the line
     * upstream outruns the station for good (an unstable queue): the run's figures mean nothing
     * and memory would run out, so the run stops with a message instead.
     */
    static final int MAX_CONTENT = 1 << 20;

    final String name;
    final int capacity;
    private Vehicle[] ring;
    private int head;
    private int size;
    private final TimeWeighted content = new TimeWeighted(0);
    private double fullSince = -1;
    private double fullTime;
    private double statsStart;

    Buffer(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
        this.ring = new Vehicle[Math.max(1, Math.min(capacity, 16))];
    }

    boolean isFull() { return size >= capacity; }

    boolean isEmpty() { return size == 0; }

    int size() { return size; }

    void add(Vehicle v, double now) {
        if (size == ring.length) grow();
        ring[(head + size) % ring.length] = v;
        size++;
        content.set(now, size);
        if (size == capacity) fullSince = now;
    }

    Vehicle poll(double now) {
        if (size == 0) return null;
        Vehicle v = ring[head];
        ring[head] = null;
        head = (head + 1) % ring.length;
        if (size == capacity) {
            fullTime += now - fullSince;
            fullSince = -1;
        }
        size--;
        content.set(now, size);
        return v;
    }

    private void grow() {
        if (ring.length >= MAX_CONTENT) throw new Unbounded(name, size, capacity);
        Vehicle[] bigger = new Vehicle[ring.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = ring[(head + i) % ring.length];
        ring = bigger;
        head = 0;
    }

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

    /** A buffer, unlimited or of a huge capacity, that grew past {@link #MAX_CONTENT}. */
    static final class Unbounded extends ModelError {
        Unbounded(String station, int size, int capacity) {
            super((capacity == StationSpec.UNLIMITED ? "the unlimited buffer" : "the buffer (capacity " + capacity + ")")
                    + " in front of station '" + station + "' holds " + size
                    + " vehicles and keeps growing: vehicles arrive faster than the station can work, without end;"
                    + " release more slowly, add servers, or give the buffer a capacity below " + MAX_CONTENT);
        }
    }
}
