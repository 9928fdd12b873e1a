package io.elsim.bench;

import io.elsim.engine.Event;
import io.elsim.engine.RandomStream;
import io.elsim.engine.Simulator;

/**
 * The engine alone, to split elsim's cost between the event calendar and the line logic:
 * 10 events that reschedule themselves Exp(1) seconds ahead, once through {@link Simulator}
 * and once through a primitive binary heap with the same generator (the reference loop's
 * heap without its line).
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

    /** Events fired by the simulator up to {@code horizon}. */
    static long simulator(double horizon) {
        Simulator sim = new Simulator();
        RandomStream rng = new RandomStream(1);
        for (int i = 0; i < 10; i++) sim.schedule(new Tick(sim, rng), 0);
        sim.runUntil(horizon);
        return sim.eventsFired();
    }

    /** Events popped from a primitive heap up to {@code horizon}: a pop and a push per event, as the engine does. */
    static long primitive(double horizon) {
        PrimitiveHeap heap = new PrimitiveHeap(11);
        RandomStream rng = new RandomStream(1);
        for (int i = 0; i < 10; i++) heap.push(0, i);
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
