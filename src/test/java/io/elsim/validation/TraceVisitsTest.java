package io.elsim.validation;

import io.elsim.line.Line;
import io.elsim.line.Visit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The visits {@code --trace} writes, on deterministic lines worked out by hand. */
class TraceVisitsTest {

    private static List<Visit> visits(String yaml) {
        Line line = new Line(ConfigRuns.spec(yaml), 0);
        List<Visit> visits = new ArrayList<>();
        line.setVisitObserver(visits::add);
        line.run();
        return visits;
    }

    /** arrive, start, finish, leave, then waited for parts, down, blocked, off shift, setup. */
    private static double[] times(Visit v) {
        return new double[] {v.arrive(), v.start(), v.finish(), v.leave(), v.waitedParts(), v.down(), v.blocked(),
                v.offShift(), v.setup()};
    }

    /**
     * Unlimited release → a (10 s) → b (30 s), no places between: the first vehicle passes
     * freely (a 0-10, b 10-40); every later one is done at a 10 s after it started and waits,
     * blocked, 20 s until b frees at 40, 70, ... A visit is told when the vehicle leaves.
     */
    @Test
    void blocked_time_is_the_wait_after_finishing() {
        List<Visit> v = visits("""
                name: trace
                horizon: 100s
                stations:
                  - {name: a, cycle: 10s}
                  - {name: b, cycle: 30s}
                """);
        assertThat(v.get(0).station()).isEqualTo("a");
        assertThat(times(v.get(0))).containsExactly(0, 0, 10, 10, 0, 0, 0, 0, 0);
        assertThat(v.get(1).station()).isEqualTo("b");
        assertThat(v.get(1).vehicle()).isEqualTo(v.get(0).vehicle());
        assertThat(times(v.get(1))).containsExactly(10, 10, 40, 40, 0, 0, 0, 0, 0);
        assertThat(v.get(2).station()).isEqualTo("a");
        assertThat(times(v.get(2))).containsExactly(10, 10, 20, 40, 0, 0, 20, 0, 0);
        assertThat(times(v.get(3))).containsExactly(40, 40, 70, 70, 0, 0, 0, 0, 0);
        assertThat(times(v.get(4))).containsExactly(40, 40, 50, 70, 0, 0, 20, 0, 0);
        assertThat(v.get(2).vehicle()).isNotEqualTo(v.get(0).vehicle());
        // leaving at 10, 40, 40, 70, 70, 100, 100 (the horizon's events fire)
        assertThat(v).hasSize(7);
    }

    /**
     * A pulled unit is traced under its vehicle's number: vehicle k is released at 60k, paints
     * 60k–60k+10, and as it leaves paint its pack starts, 60k+10–60k+30; the marriage fits it
     * 60k+30–60k+40. A pushed unit (door sets every 60 s from 0, fitted at trim) was built for
     * no vehicle yet: its numbers are its own, negative, −1, −2, ... in the order started.
     */
    @Test
    void a_feeder_unit_is_traced_under_its_vehicle_or_a_negative_number_of_its_own() {
        List<Visit> v = visits("""
                name: trace
                horizon: 200s
                release: {takt: 60s}
                stations:
                  - {name: paint, cycle: 10s}
                  - {name: marriage, cycle: 10s}
                  - {name: trim, cycle: 10s}
                feeders:
                  - {name: packs, into: marriage, release: {pull: paint}, stations: [{name: pack, cycle: 20s}]}
                  - {name: doors, into: trim, release: {takt: 60s}, stations: [{name: door, cycle: 5s}]}
                """);
        List<Visit> paint = v.stream().filter(x -> x.station().equals("paint")).toList();
        List<Visit> pack = v.stream().filter(x -> x.station().equals("pack")).toList();
        List<Visit> door = v.stream().filter(x -> x.station().equals("door")).toList();
        assertThat(paint).hasSizeGreaterThanOrEqualTo(3);
        assertThat(paint.get(0).vehicle()).isNotNegative();
        assertThat(pack.get(0).vehicle()).isEqualTo(paint.get(0).vehicle());
        assertThat(pack.get(1).vehicle()).isEqualTo(paint.get(1).vehicle());
        assertThat(times(pack.get(0))).containsExactly(10, 10, 30, 30, 0, 0, 0, 0, 0);
        assertThat(door).extracting(Visit::vehicle).startsWith(-1, -2, -3);
    }

    /**
     * One minute of work a day (00:00-00:01): a 90 s vehicle started at 0 works 60 s, waits off
     * shift until the next day, and finishes 30 s into it, at 86,430 s.
     */
    @Test
    void off_shift_time_is_split_out_of_the_visit() {
        List<Visit> v = visits("""
                name: trace
                horizon: 2d
                calendar:
                  shifts:
                    - {days: Mon-Sun, from: "00:00", to: "00:01"}
                stations:
                  - {name: s, cycle: 90s}
                """);
        assertThat(times(v.get(0))).containsExactly(0, 0, 86430, 86430, 0, 0, 0, 86340, 0);
    }

    /** A B at takt 100 s, 20 s each, 5 s of setup at a product change (the first vehicle has none). */
    @Test
    void setup_time_is_split_out_of_the_visit() {
        List<Visit> v = visits("""
                name: trace
                horizon: 300s
                products: {A: {share: 1}, B: {share: 1}}
                sequence: {repeat: [A, B]}
                release: {takt: 100s}
                stations:
                  - {name: s, cycle: 20s, setup: {time: 5s}}
                """);
        assertThat(times(v.get(0))).containsExactly(0, 0, 20, 20, 0, 0, 0, 0, 0);
        assertThat(v.get(0).product()).isZero();
        assertThat(times(v.get(1))).containsExactly(100, 100, 125, 125, 0, 0, 0, 0, 5);
        assertThat(v.get(1).product()).isEqualTo(1);
        assertThat(v.get(1).server()).isZero();
    }
}
