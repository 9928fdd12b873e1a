package io.elsim.bench;

import io.elsim.engine.Event;
import io.elsim.engine.Simulator;

/** The benchmark line on elsim's event engine alone ({@link Simulator}), without elsim's line model. */
final class ElsimEventLine extends EventLine {
    private final Simulator sim = new Simulator();
    private final Event[] done;

    ElsimEventLine(int stations) {
        super(stations);
        done = new Event[stations];
        for (int s = 0; s < stations; s++) {
            int station = s;
            done[s] = new Event() {
                @Override protected void fire() { finish(station); }
            };
        }
    }

    @Override void schedule(int station, double delay) {
        sim.schedule(done[station], delay);
    }

    @Override public long run(double horizon) {
        start(0);
        sim.runUntil(horizon);
        return completions();
    }
}
