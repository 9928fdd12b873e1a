package io.elsim.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The clock, and the event-count and event-rate guards, on tickers whose counts are known exactly. */
class SimulatorGuardsTest {

    /** Fires every {@code period} seconds from its first time on. */
    static final class Ticker extends Event {
        final Simulator sim;
        final double period;
        final String name;
        long fired;

        Ticker(Simulator sim, double period, String name) {
            this.sim = sim;
            this.period = period;
            this.name = name;
        }

        @Override protected void fire() {
            fired++;
            sim.schedule(this, period);
        }

        @Override public String owner() { return name; }
    }

    @Test
    void the_clock_moves_to_each_event_and_then_to_the_horizon() {
        Simulator sim = new Simulator();
        double[] seen = new double[2];
        Event a = new Event() { @Override protected void fire() { seen[0] = sim.now(); } };
        Event b = new Event() { @Override protected void fire() { seen[1] = sim.now(); } };
        sim.scheduleAt(a, 2.5);
        sim.schedule(b, 4);
        assertThat(sim.pendingEvents()).isEqualTo(2);
        sim.runUntil(10);
        assertThat(seen).containsExactly(2.5, 4.0);
        assertThat(sim.now()).isEqualTo(10.0);
        assertThat(sim.eventsFired()).isEqualTo(2);
        // a horizon in the past leaves the clock where it is
        sim.runUntil(3);
        assertThat(sim.now()).isEqualTo(10.0);
        // relative scheduling counts from the clock: 10 + 1
        sim.schedule(a, 1);
        assertThat(a.time()).isEqualTo(11.0);
        assertThat(a.isScheduled()).isTrue();
        sim.cancel(a);
        assertThat(a.isScheduled()).isFalse();
        assertThat(sim.pendingEvents()).isZero();
        sim.scheduleAt(b, 10); // the present is not the past
        sim.runUntil(10);
        assertThat(seen[1]).isEqualTo(10.0);
    }

    @Test
    void the_event_budget_stops_the_run_after_exactly_that_many_events() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 1, "station 'loop'");
        sim.setMaxEvents(10);
        sim.scheduleAt(t, 0);
        Simulator.EventLimitExceeded e = catchThrowableOfType(Simulator.EventLimitExceeded.class, () -> sim.runUntil(1000));
        // events 1..10 fire at 0..9 s; the 11th (at 10 s) crosses the budget
        assertThat(e.events()).isEqualTo(11);
        assertThat(e.option()).isEqualTo("--max-events");
        assertThat(e.event()).isSameAs(t);
        assertThat(e.busiest()).isEqualTo("station 'loop'");
        assertThat(e.getMessage()).startsWith("more than 10 events by simulated time 10.0000 s; busiest: station 'loop' (");
        assertThat(t.fired).isEqualTo(10 + Simulator.DIAGNOSIS_EVENTS);
    }

    @Test
    void a_budget_that_is_not_reached_changes_nothing() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 1, "t");
        sim.setMaxEvents(11);
        sim.scheduleAt(t, 0);
        sim.runUntil(10); // 0..10 s: exactly 11 events
        assertThat(t.fired).isEqualTo(11);
    }

    /**
     * The diagnosis names the owner of most of the events after the limit: a ticker every
     * 0.001 s beats one every second, whichever crossed the limit.
     */
    @Test
    void the_busiest_owner_is_named_not_the_one_that_crossed_the_limit() {
        Simulator sim = new Simulator();
        Ticker slow = new Ticker(sim, 1, "slow");
        Ticker fast = new Ticker(sim, 0.001, "fast");
        sim.scheduleAt(slow, 0);
        sim.scheduleAt(fast, 0.0005);
        sim.setMaxEvents(0); // the first event, slow at 0 s, crosses a budget of 0
        Simulator.EventLimitExceeded e = catchThrowableOfType(Simulator.EventLimitExceeded.class, () -> sim.runUntil(100));
        assertThat(e.event()).isSameAs(slow);
        assertThat(e.busiest()).isEqualTo("fast");
        // 10,000 events from 0 s: slow fires at 0..9 s (10 times), fast the other 9,990
        assertThat(e.getMessage()).endsWith("; busiest: fast (9990 of the next 10000 events)");
    }

    @Test
    void an_event_rate_above_the_limit_trips_after_one_window() {
        Simulator sim = new Simulator();
        // 1,024 events per simulated second, a period exact in binary so that times add up exactly
        Ticker t = new Ticker(sim, 0x1.0p-10, "fast");
        sim.setMaxEventRate(900);
        sim.scheduleAt(t, 0);
        Simulator.EventLimitExceeded e = catchThrowableOfType(Simulator.EventLimitExceeded.class, () -> sim.runUntil(1e6));
        // the window's last event fires at (2^20 - 1) / 1024 s = 1023.999 s: 1024.0009 events per second
        assertThat(e.events()).isEqualTo(Simulator.RATE_WINDOW);
        assertThat(e.option()).isEqualTo("--max-event-rate");
        assertThat(e.getMessage()).startsWith("1048576 events in 1024.00 s of simulated time up to 1024.00 s (1.02e+03 "
                + "events per simulated second, more than the 900 allowed); busiest: fast (10000 of the next 10000 events)");
    }

    @Test
    void a_rate_below_the_limit_runs_through_many_windows() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 0x1.0p-10, "fast");
        sim.setMaxEventRate(1100);
        sim.scheduleAt(t, 0);
        sim.runUntil(3 * 1024); // 0 to 3072 s every 1/1024 s: 3 · 2^20 + 1 events
        assertThat(t.fired).isEqualTo(3 * Simulator.RATE_WINDOW + 1);
    }

    @Test
    void a_zero_time_loop_has_an_unbounded_rate() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 0, "spin");
        sim.setMaxEventRate(1e12);
        sim.scheduleAt(t, 5);
        assertThatThrownBy(() -> sim.runUntil(10))
                .isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessageStartingWith("1048576 events in 0 s of simulated time up to 5.00000 s (unbounded events per simulated second");
    }

    /** The rate window starts when the guard is set, not at time 0. */
    @Test
    void the_rate_window_starts_when_the_guard_is_set() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 0x1.0p-10, "fast");
        sim.scheduleAt(t, 0);
        sim.runUntil(500); // 512,001 events (0 to 500 s every 1/1024 s) at a rate of 1024 per second
        sim.setMaxEventRate(900);
        Simulator.EventLimitExceeded e = catchThrowableOfType(Simulator.EventLimitExceeded.class, () -> sim.runUntil(1e6));
        assertThat(e.events()).isEqualTo(512_001 + Simulator.RATE_WINDOW);
    }

    /** A budget of exactly one window is not exceeded by that window's last event (checked there for the rate). */
    @Test
    void a_budget_of_one_window_allows_exactly_that_many_events() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 1, "t");
        sim.setMaxEvents(Simulator.RATE_WINDOW);
        sim.setProgressListener(time -> { });
        sim.scheduleAt(t, 0);
        sim.runUntil(Simulator.RATE_WINDOW - 1); // events at 0 .. 2^20 - 1 s: exactly 2^20
        assertThat(t.fired).isEqualTo(Simulator.RATE_WINDOW);
        assertThatThrownBy(() -> sim.runUntil(Simulator.RATE_WINDOW)).isInstanceOf(Simulator.EventLimitExceeded.class);
    }

    /**
     * A rate exactly at the limit is allowed: 1,024 events per second from 1/1024 s on, so the
     * window's 2^20th event fires at 1024 s and 2^20 events in 1024 s is 1024 per second.
     */
    @Test
    void a_rate_exactly_at_the_limit_is_allowed() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 0x1.0p-10, "t");
        sim.setMaxEventRate(1024);
        sim.scheduleAt(t, 0x1.0p-10);
        sim.runUntil(2048);
        assertThat(t.fired).isEqualTo(2 * Simulator.RATE_WINDOW);
    }

    /** Two owners alternating have equal counts: the first to reach the top count is named. */
    @Test
    void of_two_equally_busy_owners_the_first_to_reach_the_count_is_named() {
        Simulator sim = new Simulator();
        Ticker a = new Ticker(sim, 1, "a");
        Ticker b = new Ticker(sim, 1, "b");
        sim.scheduleAt(a, 0);
        sim.scheduleAt(b, 0.5);
        sim.setMaxEvents(0);
        Simulator.EventLimitExceeded e = catchThrowableOfType(Simulator.EventLimitExceeded.class, () -> sim.runUntil(1e6));
        // a, b, a, b, ...: a reaches 5000 at the 9999th event, b at the 10000th
        assertThat(e.busiest()).isEqualTo("a");
        assertThat(e.getMessage()).endsWith("; busiest: a (5000 of the next 10000 events)");
    }

    /** A single event crossing the budget, with nothing after it: named, without a count. */
    @Test
    void a_lone_event_is_named_without_a_count() {
        Simulator sim = new Simulator();
        Event once = new Event() {
            @Override protected void fire() { }

            @Override public String owner() { return "once"; }
        };
        sim.scheduleAt(once, 0);
        sim.setMaxEvents(0);
        assertThatThrownBy(() -> sim.runUntil(10)).isInstanceOf(Simulator.EventLimitExceeded.class)
                .hasMessage("more than 0 events by simulated time 0 s; busiest: once");
    }

    /** The budget's check costs nothing before the budget: progress is still told once per window only. */
    @Test
    void a_budget_does_not_bring_progress_reports_forward() {
        Simulator sim = new Simulator();
        Ticker t = new Ticker(sim, 1, "t");
        java.util.List<Double> seen = new java.util.ArrayList<>();
        sim.setProgressListener(seen::add);
        sim.setMaxEvents(10);
        sim.scheduleAt(t, 0);
        sim.runUntil(9); // 10 events
        assertThat(t.fired).isEqualTo(10);
        assertThat(seen).isEmpty();
    }

    @Test
    void an_event_names_its_class_by_default_and_a_nan_time_reads_nan() {
        Event plain = new Event() {
            @Override protected void fire() { }
        };
        assertThat(plain.owner()).startsWith("an event of io.elsim.engine.SimulatorGuardsTest$");
        Simulator sim = new Simulator();
        assertThatThrownBy(() -> sim.schedule(plain, Double.NaN)).hasMessageStartingWith(plain.owner() + " was to fire at NaN: ");
        assertThatThrownBy(() -> sim.scheduleAt(plain, Double.POSITIVE_INFINITY))
                .hasMessageStartingWith(plain.owner() + " was to fire at Infinity s: ");
    }
}
