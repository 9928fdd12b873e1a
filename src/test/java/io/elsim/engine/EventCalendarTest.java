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

    @Test
    void random_schedule_cancel_and_reschedule_match_a_sorted_reference() {
        Random r = new Random(7);
        EventCalendar cal = new EventCalendar();
        List<Integer> log = new ArrayList<>();
        Probe[] probes = new Probe[300];
        for (int i = 0; i < probes.length; i++) probes[i] = new Probe(i, log);
        // reference: (time, seq, id) of what should be pending
        double[] time = new double[probes.length];
        long[] seq = new long[probes.length];
        boolean[] pending = new boolean[probes.length];
        long s = 0;
        for (int step = 0; step < 20_000; step++) {
            int i = r.nextInt(probes.length);
            int action = r.nextInt(3);
            if (action < 2) {
                double t = Math.floor(r.nextDouble() * 100); // many ties
                cal.schedule(probes[i], t);
                time[i] = t;
                seq[i] = s++;
                pending[i] = true;
            } else {
                cal.cancel(probes[i]);
                pending[i] = false;
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < probes.length; i++) if (pending[i]) expected.add(i);
        expected.sort(Comparator.<Integer>comparingDouble(i -> time[i]).thenComparingLong(i -> seq[i]));
        List<Integer> actual = new ArrayList<>();
        Event e;
        while ((e = cal.poll()) != null) actual.add(((Probe) e).id);
        assertThat(actual).isEqualTo(expected);
        assertThat(cal.isEmpty()).isTrue();
    }

    /**
     * The pattern of a run: polls interleaved with the polled event rescheduling itself (often
     * at a tie), other events scheduled and cancelled, including the polled one. Events must
     * come out in (time, scheduling order) and the size must count exactly the pending ones.
     */
    @Test
    void polls_interleaved_with_rescheduling_the_polled_event_match_a_sorted_reference() {
        Random r = new Random(11);
        EventCalendar cal = new EventCalendar();
        List<Integer> log = new ArrayList<>();
        Probe[] probes = new Probe[200];
        for (int i = 0; i < probes.length; i++) probes[i] = new Probe(i, log);
        double[] time = new double[probes.length];
        long[] seq = new long[probes.length];
        boolean[] pending = new boolean[probes.length];
        long s = 0;
        double now = 0;
        int pendingCount = 0;
        for (int step = 0; step < 50_000; step++) {
            int action = r.nextInt(10);
            if (action < 4) {
                int best = -1;
                for (int i = 0; i < probes.length; i++) {
                    if (pending[i] && (best < 0 || time[i] < time[best]
                            || (time[i] == time[best] && seq[i] < seq[best]))) best = i;
                }
                Event e = cal.poll();
                if (best < 0) {
                    assertThat(e).isNull();
                    continue;
                }
                assertThat(((Probe) e).id).isEqualTo(best);
                assertThat(e.isScheduled()).isFalse();
                pending[best] = false;
                pendingCount--;
                now = time[best];
                if (r.nextInt(3) > 0) { // the polled event reschedules itself, often at a tie
                    double t = now + Math.floor(r.nextDouble() * 4);
                    cal.schedule(e, t);
                    time[best] = t;
                    seq[best] = s++;
                    pending[best] = true;
                    pendingCount++;
                }
            } else if (action < 8) {
                int i = r.nextInt(probes.length);
                double t = now + Math.floor(r.nextDouble() * 20);
                if (!pending[i]) pendingCount++;
                cal.schedule(probes[i], t);
                time[i] = t;
                seq[i] = s++;
                pending[i] = true;
            } else {
                int i = r.nextInt(probes.length);
                cal.cancel(probes[i]);
                if (pending[i]) pendingCount--;
                pending[i] = false;
            }
            assertThat(cal.size()).isEqualTo(pendingCount);
        }
        assertThat(pendingCount).isPositive();
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
