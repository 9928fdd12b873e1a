package io.elsim.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The simulation clock and its event calendar: the whole engine. Everything a model does
 * is an {@link Event} scheduled here; {@link #runUntil} advances time event by event.
 */
public final class Simulator {
    private final EventCalendar calendar = new EventCalendar();
    private double now;
    private long eventsFired;
    private long maxEvents = Long.MAX_VALUE;
    private double maxEventRate = Double.POSITIVE_INFINITY;
    /** Event count at which the guards are next checked: one comparison per event on the hot path. */
    private long nextCheck = Long.MAX_VALUE;
    private long rateWindowStartEvents;
    /** Told the simulated time every {@link #RATE_WINDOW} events; null when nobody asked. */
    private DoubleConsumer progress;
    private double rateWindowStartTime;

    /** Events in one window of the rate guard; a window must span at least this / rate simulated seconds. */
    public static final long RATE_WINDOW = 1L << 20;
    /** Events fired after a guard trips, to find out who schedules them. */
    static final int DIAGNOSIS_EVENTS = 10_000;

    public double now() { return now; }

    public long eventsFired() { return eventsFired; }

    /** Stops {@link #runUntil} with {@link EventLimitExceeded} after this many events. */
    public void setMaxEvents(long maxEvents) {
        this.maxEvents = maxEvents;
        updateNextCheck();
    }

    /**
     * Stops {@link #runUntil} with {@link EventLimitExceeded} when more than {@code rate}
     * events fire per simulated second, averaged over windows of {@link #RATE_WINDOW} events:
     * a runaway model (a cycle of a nanosecond, a zero-time loop) trips it in about a second
     * of wall time instead of running into {@link #setMaxEvents} minutes later.
     */
    public void setMaxEventRate(double rate) {
        this.maxEventRate = rate;
        rateWindowStartEvents = eventsFired;
        rateWindowStartTime = now;
        updateNextCheck();
    }

    /**
     * Reports the simulated time to {@code listener} about every million events, from the
     * same check as the guards: it costs nothing on the other events.
     */
    public void setProgressListener(DoubleConsumer listener) {
        this.progress = listener;
        updateNextCheck();
    }

    private void updateNextCheck() {
        long limit = maxEvents == Long.MAX_VALUE ? Long.MAX_VALUE : maxEvents + 1;
        boolean windows = maxEventRate != Double.POSITIVE_INFINITY || progress != null;
        long window = windows ? rateWindowStartEvents + RATE_WINDOW : Long.MAX_VALUE;
        nextCheck = Math.min(limit, window);
    }

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
            if (++eventsFired >= nextCheck) {
                checkGuards(e);
            }
            e.fire();
        }
        if (horizon > now) {
            now = horizon;
        }
    }

    private void checkGuards(Event e) {
        if (eventsFired > maxEvents) {
            double at = now;
            throw new EventLimitExceeded("more than " + maxEvents + " events by simulated time "
                    + seconds(at), "--max-events", e, diagnose(e), eventsFired);
        }
        double span = now - rateWindowStartTime;
        long n = eventsFired - rateWindowStartEvents;
        if (n >= RATE_WINDOW && n > maxEventRate * span) {
            String rate = span > 0 ? String.format(Locale.ROOT, "%.3g", n / span) : "unbounded";
            throw new EventLimitExceeded(n + " events in " + seconds(span) + " of simulated time up to "
                    + seconds(now) + " (" + rate + " events per simulated second, more than the "
                    + String.format(Locale.ROOT, "%.3g", maxEventRate) + " allowed)",
                    "--max-event-rate", e, diagnose(e), eventsFired);
        }
        rateWindowStartEvents = eventsFired;
        rateWindowStartTime = now;
        updateNextCheck();
        if (progress != null) progress.accept(now);
    }

    private static String seconds(double s) {
        return s == 0 ? "0 s" : String.format(Locale.ROOT, "%.6g s", s);
    }

    /**
     * Who keeps the calendar busy: the most frequent owner among the next
     * {@link #DIAGNOSIS_EVENTS} events (fired, since the run is over anyway). A runaway
     * station dominates them; the one event that crossed the limit may be a bystander.
     */
    private String[] diagnose(Event crossing) {
        Map<String, Integer> owners = new HashMap<>();
        String best = crossing.owner();
        int bestCount = 0;
        Event e = crossing;
        try {
            for (int i = 0; i < DIAGNOSIS_EVENTS && e != null; i++) {
                String o = e.owner();
                int c = owners.merge(o, 1, Integer::sum);
                if (c > bestCount) {
                    bestCount = c;
                    best = o;
                }
                e.fire();
                e = calendar.poll();
                if (e != null) now = e.time;
            }
        } catch (RuntimeException ignored) {
            // the model is being stopped; what was counted so far is the answer
        }
        int total = owners.values().stream().mapToInt(Integer::intValue).sum();
        return new String[] {best, total > 1 ? " (" + bestCount + " of the next " + total + " events)" : ""};
    }

    /** Thrown when a run exceeds its event budget or rate, usually a runaway model. */
    public static final class EventLimitExceeded extends ModelError {
        private final transient Event event;
        private final String option;
        private final String cause;

        private final long events;

        EventLimitExceeded(String what, String option, Event event, String[] cause, long events) {
            super(what + "; busiest: " + cause[0] + cause[1]);
            this.event = event;
            this.option = option;
            this.cause = cause[0];
            this.events = events;
        }

        /** Events fired when the guard tripped. */
        public long events() { return events; }

        /** The event that crossed the limit. */
        public Event event() { return event; }

        /** The command-line option that sets the guard that tripped. */
        public String option() { return option; }

        /** The owner of most events fired around the limit: the likely runaway. */
        public String busiest() { return cause; }
    }
}
