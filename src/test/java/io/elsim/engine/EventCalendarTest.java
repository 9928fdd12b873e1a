package io.elsim.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCalendarTest {
    static final class Probe extends Event {
        final int id;
        final List<Integer> log;

        Probe(int id, List<Integer> log) {
            this.id = id;
            this.log = log;
        }

        @Override protected void fire() { log.add(id); }
    }

    @Test
    void equal_times_fire_in_scheduling_order() {
        Simulator sim = new Simulator();
        List<Integer> log = new ArrayList<>();
        for (int i = 0; i < 50; i++) sim.scheduleAt(new Probe(i, log), (i % 3) * 1.0);
        sim.runUntil(10);
        List<Integer> expected = new ArrayList<>();
        for (int t = 0; t < 3; t++) for (int i = 0; i < 50; i++) if (i % 3 == t) expected.add(i);
        assertThat(log).isEqualTo(expected);
    }

    /** What the calendar should hold, kept by hand: each probe's pending (time, scheduling order). */
    static final class Expected {
        final Probe[] probes;
        final double[] time;
        final long[] seq;
        final boolean[] pending;
        private long nextSeq;
        int count;

        Expected(int n) {
            List<Integer> log = new ArrayList<>();
            probes = new Probe[n];
            for (int i = 0; i < n; i++) probes[i] = new Probe(i, log);
            time = new double[n];
            seq = new long[n];
            pending = new boolean[n];
        }

        void schedule(EventCalendar cal, int i, double t) {
            cal.schedule(probes[i], t);
            if (!pending[i]) count++;
            time[i] = t;
            seq[i] = nextSeq++;
            pending[i] = true;
        }

        void cancel(EventCalendar cal, int i) {
            cal.cancel(probes[i]);
            if (pending[i]) count--;
            pending[i] = false;
        }

        /** The pending probes in (time, scheduling order). */
        List<Integer> inOrder() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < probes.length; i++) if (pending[i]) order.add(i);
            order.sort(Comparator.<Integer>comparingDouble(i -> time[i]).thenComparingLong(i -> seq[i]));
            return order;
        }

        /** Takes the first pending probe out, or returns -1 when none is pending. */
        int pollFirst() {
            List<Integer> order = inOrder();
            if (order.isEmpty()) return -1;
            int first = order.get(0);
            pending[first] = false;
            count--;
            return first;
        }
    }

    @Test
    void random_schedule_cancel_and_reschedule_match_a_sorted_reference() {
        randomScheduleCancelAndReschedule(new EventCalendar());
    }

    /** Keys are renumbered before their sequence overflows; here every 1,000 schedulings instead of 2^39. */
    @Test
    void renumbering_the_sequences_keeps_the_order() {
        EventCalendar cal = new EventCalendar();
        cal.setSequenceLimit(1000);
        randomScheduleCancelAndReschedule(cal);
        cal = new EventCalendar();
        cal.setSequenceLimit(1000);
        pollsInterleavedWithRescheduling(cal);
    }

    private static void randomScheduleCancelAndReschedule(EventCalendar cal) {
        Random r = new Random(7);
        Expected expected = new Expected(300);
        for (int step = 0; step < 20_000; step++) {
            int i = r.nextInt(300);
            if (r.nextInt(3) < 2) {
                expected.schedule(cal, i, Math.floor(r.nextDouble() * 100)); // many ties
            } else {
                expected.cancel(cal, i);
            }
        }
        List<Integer> actual = new ArrayList<>();
        Event e;
        while ((e = cal.poll()) != null) actual.add(((Probe) e).id);
        assertThat(actual).isEqualTo(expected.inOrder());
        assertThat(cal.isEmpty()).isTrue();
    }

    /**
     * The pattern of a run: polls interleaved with the polled event rescheduling itself (often
     * at a tie), other events scheduled and cancelled, including the polled one. Events must
     * come out in (time, scheduling order) and the size must count exactly the pending ones.
     */
    @Test
    void polls_interleaved_with_rescheduling_the_polled_event_match_a_sorted_reference() {
        pollsInterleavedWithRescheduling(new EventCalendar());
    }

    private static void pollsInterleavedWithRescheduling(EventCalendar cal) {
        Random r = new Random(11);
        Expected expected = new Expected(200);
        double now = 0;
        for (int step = 0; step < 20_000; step++) {
            int action = r.nextInt(10);
            if (action < 4) {
                int first = expected.pollFirst();
                Event e = cal.poll();
                if (first < 0) {
                    assertThat(e).isNull();
                    continue;
                }
                assertThat(((Probe) e).id).isEqualTo(first);
                assertThat(e.isScheduled()).isFalse();
                now = expected.time[first];
                if (r.nextInt(3) > 0) { // the polled event reschedules itself, often at a tie
                    expected.schedule(cal, first, now + Math.floor(r.nextDouble() * 4));
                }
            } else if (action < 8) {
                expected.schedule(cal, r.nextInt(200), now + Math.floor(r.nextDouble() * 20));
            } else {
                expected.cancel(cal, r.nextInt(200));
            }
            assertThat(cal.size()).isEqualTo(expected.count);
        }
        assertThat(expected.count).isPositive();
    }

    @Test
    void runs_until_the_horizon_inclusive_and_refuses_the_past() {
        Simulator sim = new Simulator();
        List<Integer> log = new ArrayList<>();
        sim.scheduleAt(new Probe(1, log), 5);
        sim.scheduleAt(new Probe(2, log), 5.0000001);
        sim.runUntil(5);
        assertThat(log).containsExactly(1);
        assertThat(sim.now()).isEqualTo(5);
        assertThatThrownBy(() -> sim.scheduleAt(new Probe(3, log), 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_time_beyond_the_clock_is_a_model_error_naming_the_event() {
        Simulator sim = new Simulator();
        Event overflowing = new Event() {
            @Override protected void fire() { }

            @Override public String owner() { return "station 'wild' (cycle/setup timer)"; }
        };
        sim.scheduleAt(new Probe(1, new ArrayList<>()), 10);
        for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
            assertThatThrownBy(() -> sim.schedule(overflowing, bad))
                    .isInstanceOf(ModelError.class)
                    .hasMessageStartingWith("station 'wild' (cycle/setup timer) was to fire at ")
                    .hasMessageContaining("a sampled time is out of range");
        }
        assertThat(sim.pendingEvents()).isEqualTo(1);
    }

    @Test
    void streams_depend_only_on_seed_replication_and_name() {
        RandomStreams a = new RandomStreams(42, 0);
        RandomStreams b = new RandomStreams(42, 0);
        assertThat(a.stream("station:paint:cycle").nextLong()).isEqualTo(b.stream("station:paint:cycle").nextLong());
        assertThat(a.stream("station:paint:cycle").nextLong()).isNotEqualTo(a.stream("station:trim:cycle").nextLong());
        assertThat(a.stream("x").nextLong()).isNotEqualTo(new RandomStreams(42, 1).stream("x").nextLong());
        RandomStream u = a.stream("u");
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = u.nextDouble();
            assertThat(x).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += x;
        }
        // mean of U(0,1): 1/2, sd of the mean sqrt(1/12/n) = 0.00065; 5 sd
        assertThat(sum / n).isBetween(0.5 - 0.0033, 0.5 + 0.0033);
    }

    @Test
    void progress_listener_sees_simulated_time_grow_without_changing_the_run() {
        final class Ticker extends Event {
            long count;
            final Simulator sim;

            Ticker(Simulator sim) { this.sim = sim; }

            @Override protected void fire() {
                count++;
                sim.schedule(this, 0.001);
            }
        }
        Simulator plain = new Simulator();
        Ticker a = new Ticker(plain);
        plain.scheduleAt(a, 0);
        plain.runUntil(5000);

        Simulator watched = new Simulator();
        Ticker b = new Ticker(watched);
        List<Double> seen = new ArrayList<>();
        watched.setProgressListener(seen::add);
        watched.scheduleAt(b, 0);
        watched.runUntil(5000);

        assertThat(b.count).isEqualTo(a.count);
        // 5,000,001 events: one report per 2^20 events
        assertThat(seen).hasSize((int) (b.count / Simulator.RATE_WINDOW));
        assertThat(seen).isSorted();
        assertThat(seen.get(0)).isCloseTo(Simulator.RATE_WINDOW * 0.001, org.assertj.core.api.Assertions.within(0.01));
    }

    /**
     * At the real limit (2^39 schedulings, the bits above the 24-bit id) keys are renumbered; without
     * that the next key would overflow into the sign bit and jump ahead of every pending event.
     */
    @Test
    void the_sequence_is_renumbered_before_its_key_overflows() {
        EventCalendar cal = new EventCalendar();
        cal.setNextSequence((Long.MAX_VALUE >>> EventCalendar.ID_BITS) - 10);
        List<Integer> log = new ArrayList<>();
        Probe[] probes = new Probe[30];
        for (int i = 0; i < 30; i++) {
            probes[i] = new Probe(i, log);
            cal.schedule(probes[i], 1.0);
        }
        assertThat(cal.isEmpty()).isFalse();
        assertThat(cal.size()).isEqualTo(30);
        List<Integer> order = new ArrayList<>();
        Event e;
        while ((e = cal.poll()) != null) order.add(((Probe) e).id);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) expected.add(i);
        assertThat(order).isEqualTo(expected);
        assertThat(cal.isEmpty()).isTrue();
        assertThat(cal.peekTime()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void an_event_cannot_be_scheduled_in_two_calendars() {
        EventCalendar first = new EventCalendar();
        EventCalendar second = new EventCalendar();
        Probe p = new Probe(1, new ArrayList<>());
        first.schedule(p, 1);
        assertThatThrownBy(() -> second.schedule(p, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another calendar");
        assertThat(first.poll()).isSameAs(p);
    }
}
