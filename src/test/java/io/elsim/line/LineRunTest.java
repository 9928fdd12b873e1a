package io.elsim.line;

import io.elsim.engine.Simulator;
import io.elsim.experiment.LineReport;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.elsim.line.FeederHandCalculationTest.run;
import static io.elsim.line.FeederHandCalculationTest.spec;
import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * How a Line drives a run: warm-up, shift starts and ends, a shift takt for an unlimited
 * release, idle servers at a shift start, feeders on the plant's or their own calendar, the
 * deadlock report and the owners named by the event guard. Every count is worked out by hand
 * in the comments; time 0 is Monday 00:00.
 */
class LineRunTest {
    static final double EPS = 1e-9;

    static Line takt60(double horizon, double warmup) {
        return new Line(LineSpec.of("t", 1, horizon, warmup, new ReleaseSpec.Takt(60),
                List.of(StationSpec.simple("s", c(50), 1, 0))), 0);
    }

    /**
     * Release every 60 s into one station of 50 s, 600 s: releases at 0, 60, …, 600 (11; events
     * at the horizon fire) and completions at 50, …, 590 (10): 21 events. A warm-up is one more
     * event (the statistics reset); a zero warm-up needs none.
     */
    @Test
    void events_are_the_releases_and_completions_plus_one_for_a_warm_up() {
        Line line = takt60(600, 0);
        line.run();
        assertThat(line.events()).isEqualTo(21);
        Line warm = takt60(500, 100);
        warm.run();
        assertThat(warm.events()).isEqualTo(22);
    }

    /**
     * Release every 1 s into a station of 0.5 s: event 2n − 1 is the release at n − 1, event 2n
     * the completion at n − 0.5. The progress listener hears at every 2²⁰-th event, so first at
     * the completion 2¹⁹ − 0.5 = 524,287.5 s; in 600,000 s (1.2 million events) only then.
     */
    @Test
    void the_progress_listener_hears_the_time_every_million_events() {
        Line line = new Line(LineSpec.of("p", 1, 600_000, 0, new ReleaseSpec.Takt(1),
                List.of(StationSpec.simple("s", c(0.5), 1, 0))), 0);
        List<Double> heard = new ArrayList<>();
        line.setProgressListener(heard::add);
        line.run();
        assertThat(Simulator.RATE_WINDOW).isEqualTo(1L << 20);
        assertThat(heard).containsExactly(524_287.5);
    }

    /**
     * One shift, Monday 00:00-01:00, ending exactly at the horizon. Releases every 60 s at 0 …
     * 3,540 (60); the one due at 3,600 comes after the shift end (scheduled earlier, it fires
     * first) and is frozen. Completions at 60k + 50: 60.
     */
    @Test
    void a_shift_ending_at_the_horizon_freezes_the_release_due_then() {
        Line line = run("""
                release: {takt: 60s}
                horizon: 1h
                calendar: {shifts: [{days: Mon, from: "00:00", to: "01:00"}]}
                stations: [{name: s, cycle: 50s}]
                """);
        assertThat(line.releasedTotal()).isEqualTo(60);
        assertThat(line.completedTotal()).isEqualTo(60);
    }

    /**
     * An unlimited release with shift takts: Monday 00:00-12:00 at 600 s, 12:00-18:00 at the
     * line's release (unlimited), 18:00-23:00 at 600 s again; one station of 60 s without a
     * buffer; horizon 22 h.
     * <ul>
     *   <li>00:00-12:00: the takt holds from time 0: releases at 0, 600, …, 42,600 (72), each done
     *       60 s later; the one due at 43,200 comes after the change and is cancelled.</li>
     *   <li>12:00-18:00: unlimited: a vehicle at once, the next waits for the station: entries
     *       at 43,200 + 60j, j = 0 … 359 (360).</li>
     *   <li>18:00: the waiting vehicle goes in when the station frees at 64,800; from then a
     *       vehicle every 600 s: 64,800 + 600m ≤ 79,200, m = 0 … 24 (25).</li>
     * </ul>
     * Released 72 + 360 + 25 = 457; all but the last (in the station at the horizon) done: 456.
     * At most two vehicles exist at once (one in the station, one waiting): two objects.
     */
    @Test
    void an_unlimited_release_follows_shift_takts_and_fills_the_line_between_them() {
        Line line = run("""
                release: unlimited
                horizon: 22h
                calendar:
                  shifts:
                    - {days: Mon, from: "00:00", to: "12:00", takt: 600s}
                    - {days: Mon, from: "12:00", to: "18:00"}
                    - {days: Mon, from: "18:00", to: "23:00", takt: 600s}
                stations: [{name: s, cycle: 60s}]
                """);
        assertThat(line.releasedTotal()).isEqualTo(457);
        assertThat(line.completedTotal()).isEqualTo(456);
        assertThat(line.vehiclesAllocated()).isEqualTo(2);
        // the first 12 h alone: 72 releases, the first at time 0 at the shift's takt
        Line morning = run("""
                release: unlimited
                horizon: 43199s
                calendar:
                  shifts:
                    - {days: Mon, from: "00:00", to: "12:00", takt: 600s}
                    - {days: Mon, from: "12:00", to: "18:00"}
                stations: [{name: s, cycle: 60s}]
                """);
        assertThat(morning.releasedTotal()).isEqualTo(72);
        assertThat(morning.completedTotal()).isEqualTo(72);
    }

    /**
     * Shifts Monday 00:00-01:00 and 02:00-03:00; release every 10 h into a (listed second),
     * which sends its vehicles to b (listed first, one buffer place). The first vehicle: a 0-60
     * s, then off-line rework for 90 min; it rejoins at 5,460 s, off shift, into b's buffer.
     * When the shift starts at 7,200 s b's idle server takes it: done at 7,260 s, build time
     * 7,260 s. Nothing else is released in 3 h.
     */
    @Test
    void idle_servers_take_waiting_vehicles_when_the_shift_starts() {
        Line line = run("""
                release: {takt: 10h, to: a}
                horizon: 3h
                calendar:
                  shifts:
                    - {days: Mon, from: "00:00", to: "01:00"}
                    - {days: Mon, from: "02:00", to: "03:00"}
                stations:
                  - {name: b, cycle: 60s, buffer: 1, routes: [{to: end}]}
                  - {name: a, cycle: 60s, rework: {rate: 1, time: 90min}, routes: [{to: b}]}
                """);
        assertThat(line.releasedTotal()).isEqualTo(1);
        assertThat(line.completedTotal()).isEqualTo(1);
        Table summary = LineReport.tables(line).get(0);
        assertThat(summary.getDouble(0, "build_time_max_h") * 3600).isCloseTo(7260, within(EPS));
    }

    /**
     * A feeder pushing a seat every 70 s (30 s each) into the marriage (60 s), all on the plant's
     * shifts Monday 00:00-01:00 and 02:00-03:00; vehicles every 60 s, so seats pace the line.
     * First shift: seat m is released at 70m, ready at 70m + 30, its vehicle done at 70m + 90
     * &lt; 3,600 for m = 0 … 50 (51). Seat 51 (released at 3,570) would be ready at 3,600, but the
     * shift end comes first and it is finished when the shift resumes, its vehicle done at 7,260.
     * The push due at 3,640 is frozen with 40 s to go: seat 52 is released at 7,240, ready at
     * 7,270, and from then seat 52 + i's vehicle is done at 7,330 + 70i ≤ 10,750 for i = 0 … 48
     * (49). Completed 51 + 1 + 49 = 101. (A push that kept going off shift would have seat 52
     * waiting at the seat station at 7,200 and the line one vehicle ahead: 102.)
     */
    @Test
    void a_push_feeder_on_the_plant_s_calendar_stops_and_starts_with_its_shifts() {
        Line line = run("""
                release: {takt: 60s}
                horizon: 10750s
                calendar:
                  shifts:
                    - {days: Mon, from: "00:00", to: "01:00"}
                    - {days: Mon, from: "02:00", to: "03:00"}
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: seats
                    into: marriage
                    release: {takt: 70s}
                    match: any
                    store: 4
                    stations:
                      - {name: seat, cycle: 30s}
                """);
        assertThat(line.completedTotal()).isEqualTo(101);
        FeederHandCalculationTest.assertConserved(line);
    }

    /**
     * The same seats on their own calendar, Monday 00:00-01:00 only, into a line working 24/7:
     * seats at 90k, k = 0 … 39 (the push due at 3,600 s is frozen by the feeder's shift end),
     * vehicles done at 90k + 90: 40 in 3 h, whatever the line could do. At the end nothing is
     * pending (the release waits at the marriage, whose vehicle waits for a seat, and the
     * feeder's next shift, next Monday, lies beyond the horizon), yet this is no deadlock: the
     * feeder's next shift start would move things, as the plant's would.
     */
    @Test
    void a_feeder_on_its_own_calendar_stops_with_it() {
        Line line = run("""
                release: {takt: 60s}
                horizon: 3h
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: seats
                    into: marriage
                    release: {takt: 90s}
                    match: any
                    store: 4
                    calendar: {shifts: [{days: Mon, from: "00:00", to: "01:00"}]}
                    stations:
                      - {name: seat, cycle: 30s}
                """);
        assertThat(line.completedTotal()).isEqualTo(40);
        assertThat(line.feeders().get(0).producedTotal()).isEqualTo(40);
    }

    /**
     * Shifts Mon-Fri 06:00-14:00, a vehicle every 10⁷ s (30 s each): off shift at time 0, so
     * the events are the shift start at 06:00, the release it resumes, the completion at
     * 06:00:30, then only shift changes: a budget of 3 trips on the shift end at 14:00.
     */
    @Test
    void the_shift_calendar_and_the_release_name_themselves_as_owners_of_their_events() {
        Line calendar = new Line(spec("""
                release: {takt: 10000000s}
                horizon: 4w
                calendar: {shifts: [{days: Mon-Fri, from: "06:00", to: "14:00"}]}
                stations: [{name: s, cycle: 30s}]
                """), 0);
        calendar.setMaxEvents(3);
        assertThatThrownBy(calendar::run).isInstanceOfSatisfying(Simulator.EventLimitExceeded.class, e -> {
            assertThat(e.getMessage()).startsWith("more than 3 events by simulated time 50400.0 s");
            assertThat(e.event().owner()).isEqualTo("the shift calendar");
        });
        // a vehicle every second into a station of 1,000 s with room for all: the release fires
        // at 0, 1, 2, …, the station first finishes at 1,000 s, so event 101 is the release at 100 s
        Line release = new Line(LineSpec.of("r", 1, 3600, 0, new ReleaseSpec.Takt(1),
                List.of(StationSpec.simple("a", c(1000), 1, StationSpec.UNLIMITED))), 0);
        release.setMaxEvents(100);
        assertThatThrownBy(release::run).isInstanceOfSatisfying(Simulator.EventLimitExceeded.class, e -> {
            assertThat(e.getMessage()).startsWith("more than 100 events by simulated time 100.000 s");
            assertThat(e.event().owner()).isEqualTo("the release (into station 'a')");
            assertThat(e.busiest()).isEqualTo("the release (into station 'a')");
        });
    }

    /**
     * Every vehicle is reworked after a (10 s, 100 s off line) and then goes to whichever of b and
     * c (1,000 s each, no buffers) frees first; a vehicle every 20 s. Vehicle k rejoins at
     * 20k + 110: v0 takes b (done 1,110), v1 c (done 1,130); v2, v3, … wait at both. b frees at
     * 1,110 and takes v2 (done 2,110); at 1,130 c's oldest entry is v2's, already taken, so c
     * takes v3 (done 2,130). Build times 1,110, 1,110, 2,070, 2,070: mean 1,590 s over 2,200 s.
     * A stale entry taken again would put v2 into c as well (2,130 − 40 = 2,090 s).
     */
    @Test
    void a_reworked_vehicle_waiting_at_two_stations_is_taken_once() {
        Line line = run("""
                release: {takt: 20s}
                horizon: 2200s
                stations:
                  - {name: a, cycle: 10s, rework: {rate: 1, time: 100s}, routing: first-free, routes: [{to: b}, {to: c}]}
                  - {name: b, cycle: 1000s, routes: [{to: end}]}
                  - {name: c, cycle: 1000s, routes: [{to: end}]}
                """);
        Replications.checkInvariants(line);
        assertThat(line.completedTotal()).isEqualTo(4);
        Table summary = LineReport.tables(line).get(0);
        assertThat(summary.getDouble(0, "build_time_mean_h") * 3600).isCloseTo(1590, within(EPS));
        assertThat(summary.getDouble(0, "build_time_max_h") * 3600).isCloseTo(2070, within(EPS));
    }

    static final String WHEELS = """
            horizon: 1w
            release: unlimited
            stations:
              - {name: body, cycle: 60s, buffer: 2}
              - {name: chassis, cycle: 50s, buffer: 2}
            parts:
              - {name: wheel, station: chassis, per_vehicle: 5, stock: {initial: 4, capacity: 8}}
            suppliers:
              - {name: tyres, distance_km: 10, parts: [wheel], truck: {capacity: 4}, policy: {reorder_point: 2, order_quantity: 4}}
            """;

    /**
     * 4 wheels on hand, 5 a vehicle, reorder point 2: the stock position never falls to the
     * reorder point, so no truck ever comes. The first vehicle waits on chassis's server for its
     * wheels; behind it chassis's buffer (2), body's server (blocked) and body's buffer (2) fill:
     * 6 vehicles, and no event is left.
     */
    @Test
    void a_deadlock_is_reported_with_the_vehicles_in_the_line_and_what_they_wait_for() {
        Line line = new Line(spec(WHEELS), 0);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessage("deadlock: 6 vehicles are in the line and no event is left that could ever move one; "
                        + "station 'chassis' waits for part 'wheel' (needs 5, stock 4)");
    }

    /**
     * The same with seats fitted at body from a feeder on its own calendar, working 24/7: the
     * feeder fills its store and stops, on shift, so the plant is as stuck as before.
     */
    @Test
    void a_deadlock_is_found_with_a_feeder_on_its_own_calendar_on_shift() {
        Line line = new Line(spec(WHEELS + """
                feeders:
                  - name: seats
                    into: body
                    release: unlimited
                    match: any
                    store: 2
                    calendar: {shifts: [{days: Mon-Sun, from: "00:00", to: "00:00"}]}
                    stations:
                      - {name: seat, cycle: 30s}
                """), 0);
        assertThatThrownBy(line::run).isInstanceOf(Line.Deadlock.class)
                .hasMessage("deadlock: 6 vehicles are in the line and no event is left that could ever move one; "
                        + "station 'chassis' waits for part 'wheel' (needs 5, stock 4)");
    }
}
