package io.elsim.bench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

import java.util.function.Supplier;

/**
 * The benchmark line on SSJ's event engine (Université de Montréal, version 3.3.2 from Maven
 * Central), with the event list given: SSJ's default is a splay tree.
 */
final class SsjLine extends EventLine {
    private final Simulator sim;
    private final Event[] done;

    SsjLine(int stations, Supplier<EventList> eventList) {
        super(stations);
        sim = new Simulator(eventList.get());
        done = new Event[stations];
        for (int s = 0; s < stations; s++) {
            int station = s;
            done[s] = new Event(sim) {
                @Override public void actions() { finish(station); }
            };
        }
    }

    @Override void schedule(int station, double delay) {
        done[station].schedule(delay);
    }

    @Override public long run(double horizon) {
        sim.init();
        start(0);
        new Event(sim) {
            @Override public void actions() { sim.stop(); }
        }.schedule(horizon);
        sim.start();
        return completions();
    }
}
