package io.elsim.bench;

import io.elsim.engine.Event;
import io.elsim.engine.RandomStream;
import io.elsim.engine.Simulator;

/**
 * The engine alone, to split elsim's cost between the event calendar and the line logic:
 * events that reschedule themselves Exp(1) seconds ahead (the "hold" model of event-list
 * studies), once through {@link Simulator} and once through a primitive binary heap with the
 * same generator (the reference loop's heap without its line). 10 pending events, as on the
 * benchmark line, or as many as a plant has (the 2031 plan about 2,500).
 */
final class EngineLoop {
    private EngineLoop() { }

    private static final class Tick extends Event {
        private final Simulator sim;
        private final RandomStream rng;

        Tick(Simulator sim, RandomStream rng) {
            this.sim = sim;
            this.rng = rng;
        }

        @Override protected void fire() {
            sim.schedule(this, -Math.log(1.0 - rng.nextDouble()));
        }
    }

    /** Events fired by the simulator up to {@code horizon}, 10 pending. */
    static long simulator(double horizon) { return simulator(horizon, 10); }

    /** Events fired by the simulator up to {@code horizon} with {@code pending} events pending. */
    static long simulator(double horizon, int pending) {
        Simulator sim = new Simulator();
        RandomStream rng = new RandomStream(1);
        for (int i = 0; i < pending; i++) sim.schedule(new Tick(sim, rng), 0);
        sim.runUntil(horizon);
        return sim.eventsFired();
    }

    /** Events popped from a primitive heap up to {@code horizon}, 10 pending. */
    static long primitive(double horizon) { return primitive(horizon, 10); }

    /** Events popped from a primitive heap up to {@code horizon}: a pop and a push per event, as the engine does. */
    static long primitive(double horizon, int pending) {
        PrimitiveHeap heap = new PrimitiveHeap(pending + 1);
        RandomStream rng = new RandomStream(1);
        for (int i = 0; i < pending; i++) heap.push(0, i);
        long events = 0;
        while (heap.peekTime() <= horizon) {
            double now = heap.peekTime();
            int who = heap.pop();
            heap.push(now - Math.log(1.0 - rng.nextDouble()), who);
            events++;
        }
        return events;
    }
}
