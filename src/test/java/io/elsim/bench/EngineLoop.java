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
        double[] time = new double[11];
        int[] owner = new int[11];
        int n = 10;
        RandomStream rng = new RandomStream(1);
        for (int i = 0; i < n; i++) owner[i] = i;
        long events = 0;
        while (time[0] <= horizon) {
            double now = time[0];
            int who = owner[0];
            // pop: the last entry sifts down from the root
            n--;
            double t = time[n];
            int o = owner[n];
            int i = 0;
            while (i < n >>> 1) {
                int c = 2 * i + 1;
                if (c + 1 < n && time[c + 1] < time[c]) c++;
                if (t <= time[c]) break;
                time[i] = time[c];
                owner[i] = owner[c];
                i = c;
            }
            time[i] = t;
            owner[i] = o;
            // push: the fired event, Exp(1) later, sifts up
            t = now - Math.log(1.0 - rng.nextDouble());
            i = n++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (time[p] <= t) break;
                time[i] = time[p];
                owner[i] = owner[p];
                i = p;
            }
            time[i] = t;
            owner[i] = who;
            events++;
        }
        return events;
    }
}
