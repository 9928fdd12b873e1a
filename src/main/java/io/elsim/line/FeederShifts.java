package io.elsim.line;

import io.elsim.engine.Event;

/**
 * The shift changes of a feeder that works its own calendar (a pack line on three shifts while
 * assembly works two): its stations and its push release stop and start on that calendar, on the
 * plant's clock, through the feeder's own {@link RunContext}.
 */
final class FeederShifts extends Event {
    private final Feeder feeder;
    private final WorkCalendar calendar;
    private final double end;

    FeederShifts(Feeder feeder, WorkCalendar calendar, double end) {
        this.feeder = feeder;
        this.calendar = calendar;
        this.end = end;
    }

    /** Sets the shift state at time 0 (before anything starts) and schedules the first change. */
    void start() {
        feeder.ctx.offShift = !calendar.isOn(0);
        scheduleNext();
    }

    private void scheduleNext() {
        double next = calendar.nextChange(feeder.ctx.now());
        if (next <= end) feeder.ctx.sim.scheduleAt(this, next);
    }

    @Override
    protected void fire() {
        RunContext ctx = feeder.ctx;
        boolean on = calendar.isOn(ctx.now());
        if (!on && !ctx.offShift) {
            ctx.offShift = true;
            if (feeder.push != null) feeder.push.shiftEnds();
            for (Station s : feeder.stations) for (Server server : s.servers) server.shiftEnds();
        } else if (on && ctx.offShift) {
            ctx.offShift = false;
            for (Station s : feeder.stations) for (Server server : s.servers) server.shiftStarts();
            // last station first, so that places open downstream before upstream servers look for them
            for (int i = feeder.stations.length - 1; i >= 0; i--) {
                for (Server server : feeder.stations[i].servers) {
                    if (server.isIdle()) feeder.stations[i].serverFree(server);
                }
            }
            if (feeder.push != null) feeder.push.shiftStarts(null);
        }
        scheduleNext();
    }

    @Override
    public String owner() {
        return "the calendar of feeder '" + feeder.spec.name() + "'";
    }
}
