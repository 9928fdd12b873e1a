package io.elsim.bench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

import java.util.function.Supplier;

/**
 * The line with elsim's statistics ({@link MeasuredLine}) on SSJ's event engine: one
 * end-of-service event per station, as a user of that library writes it.
 */
final class SsjMeasuredLine extends MeasuredLine {
    private final Simulator sim;
    private final Event[] done;

    SsjMeasuredLine(int stations, double horizon, Supplier<EventList> eventList) {
        super(stations, horizon);
        sim = new Simulator(eventList.get());
        done = new Event[stations];
        for (int s = 0; s < stations; s++) {
            int station = s;
            done[s] = new Event(sim) {
                @Override public void actions() {
                    now = sim.time();
                    finish(station);
                }
            };
        }
    }

    @Override public long run(double horizon) {
        sim.init();
        begin();
        new Event(sim) {
            @Override public void actions() { sim.stop(); }
        }.schedule(horizon);
        sim.start();
        end(horizon);
        return completions();
    }

    @Override void schedule(int s, double delay) {
        done[s].schedule(delay);
    }
}
