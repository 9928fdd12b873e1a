package io.elsim.bench;

import io.elsim.engine.Event;
import io.elsim.engine.Simulator;

/** The line with elsim's statistics ({@link MeasuredLine}) on elsim's event engine alone. */
class ElsimMeasuredLine extends MeasuredLine {
    private final Simulator sim = new Simulator();
    private final Event[] done;

    ElsimMeasuredLine(int stations, double horizon) {
        super(stations, horizon);
        done = new Event[stations];
        for (int s = 0; s < stations; s++) {
            int station = s;
            done[s] = new Event() {
                @Override protected void fire() {
                    now = sim.now();
                    finish(station);
                }
            };
        }
    }

    @Override public long run(double horizon) {
        begin();
        sim.runUntil(horizon);
        end(horizon);
        return completions();
    }

    @Override void schedule(int s, double delay) {
        sim.schedule(done[s], delay);
    }
}
