package io.elsim.engine;

/**
 * The simulation clock and its event calendar: the whole engine. Everything a model does
 * is an {@link Event} scheduled here; {@link #runUntil} advances time event by event.
 */
public final class Simulator {
    private final EventCalendar calendar = new EventCalendar();
    private double now;
    private long eventsFired;
    private long maxEvents = Long.MAX_VALUE;

    public double now() { return now; }

    public long eventsFired() { return eventsFired; }

    /** Stops {@link #runUntil} with {@link EventLimitExceeded} after this many events. */
    public void setMaxEvents(long maxEvents) { this.maxEvents = maxEvents; }

    /** Schedules (or reschedules) {@code e} to fire {@code delay} seconds from now. */
    public void schedule(Event e, double delay) {
        calendar.schedule(e, now + delay);
    }

    /** Schedules (or reschedules) {@code e} at absolute time {@code time} (not in the past). */
    public void scheduleAt(Event e, double time) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + " < " + now);
        }
        calendar.schedule(e, time);
    }

    public void cancel(Event e) { calendar.cancel(e); }

    public int pendingEvents() { return calendar.size(); }

    /**
     * Fires events in time order until the next one lies beyond {@code horizon}, then sets the
     * clock to {@code horizon}. Events scheduled exactly at the horizon do fire.
     */
    public void runUntil(double horizon) {
        EventCalendar cal = calendar;
        while (cal.peekTime() <= horizon) {
            Event e = cal.poll();
            now = e.time;
            if (++eventsFired > maxEvents) {
                throw new EventLimitExceeded(maxEvents, now, e);
            }
            e.fire();
        }
        if (horizon > now) {
            now = horizon;
        }
    }

    /** Thrown when a run exceeds its event budget, usually a runaway model. */
    public static final class EventLimitExceeded extends RuntimeException {
        private final transient Event event;

        EventLimitExceeded(long limit, double time, Event event) {
            super("more than " + limit + " events by simulated time " + time + " s");
            this.event = event;
        }

        /** The event that crossed the limit: its owner names the likely cause. */
        public Event event() { return event; }
    }
}
