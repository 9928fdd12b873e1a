package io.elsim.line;

import io.elsim.engine.Simulator;

import java.util.ArrayDeque;

/**
 * What the parts of a running plant share, and nothing else: the clock, whether the plant is
 * off shift, and the queue of putters to tell that their item moved. Stations, servers, routers
 * and the release hold this instead of the whole plant, so several plants could later run on
 * one clock (each with its own context on a shared {@link Simulator}) and servers could wait
 * for shared resources through it. See docs/architecture.md.
 */
final class RunContext {
    final Simulator sim;
    /** The plant's calendar has it off shift: servers stand still, the release pauses. */
    boolean offShift;
    /** Putters whose item was placed, to be told in that order (see {@link #releaseSenders}). */
    private final ArrayDeque<Putter<?>> toRelease;
    /** Watches for a loop of full, blocked stations; null when the plant has no loop. */
    DeadlockWatch deadlocks;
    /** Told about every station visit (--trace); null, the default, costs nothing. */
    Visit.Observer visits;

    RunContext(Simulator sim) {
        this.sim = sim;
        this.toRelease = new ArrayDeque<>();
    }

    /**
     * A context on the plant's clock and unblocking queue with a shift state of its own: the
     * stations of a feeder that works its own calendar.
     */
    RunContext(RunContext plant) {
        this.sim = plant.sim;
        this.toRelease = plant.toRelease;
    }

    double now() { return sim.now(); }

    /** Remembers a putter whose item was placed; it is told by {@link #releaseSenders}. */
    void placed(Putter<?> p) {
        toRelease.add(p);
    }

    /**
     * Tells each queued putter, oldest first, that its item was placed; a server told so
     * takes its next vehicle, which may queue the putter upstream of it. This is the same
     * order as telling each putter at once, since nothing happens after a putter is queued
     * until the loop reaches it; the unblocking chain runs as a loop, not a recursion through
     * every blocked station (which the JIT compiles late and inlines badly).
     */
    void releaseSenders() {
        Putter<?> p;
        while ((p = toRelease.poll()) != null) p.released();
    }
}
