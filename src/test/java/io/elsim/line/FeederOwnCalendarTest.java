package io.elsim.line;

import static io.elsim.line.FeederHandCalculationTest.assertConserved;
import static io.elsim.line.FeederHandCalculationTest.frac;
import static io.elsim.line.FeederHandCalculationTest.run;
import static io.elsim.line.FeederHandCalculationTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A feeder on its own shift calendar while the main line works around the clock: its stations
 * and its release stop and start on that calendar alone. Constant times, worked out by hand;
 * each case names the wrong implementation it catches.
 */
class FeederOwnCalendarTest {
    private static final double EXACT = 1e-9;

    private static Feeder feeder(Line line) {
        return (Feeder) line.feeders().get(0);
    }

    /**
     * A push feeder at a takt of 130 s working 00:00-01:00 and 02:00-03:00; its pack station takes
     * 100 s; the marriage (60 s) fits each unit at once. First hour: units at 0, 130, ..., 3510
     * (28); the last is in the pack station at 01:00 with 10 s to go and the release's interval
     * has 40 s to run. Both freeze: the unit is done at 7210, the next unit starts at 7240, then
     * every 130 s to 10750 (28 more); that one is stopped at 03:00 with 50 s to go. Released 56,
     * built 55, one in the feeder; every unit built is fitted and its vehicle done 60 s later.
     * Pack station: off shift 2 of 4 hours, working 55 × 100 + 50 s. Unit build time 100 s but
     * 3700 s for the one that spent the break in the station. At most one unit exists at a time,
     * so the feeder's pool allocates one. The run ends with the feeder off shift and the marriage
     * waiting for its unit: not a deadlock, the feeder's next shift would bring it.
     * Catches a feeder that ignores its calendar (111 units), a release that goes on off shift
     * (units in the pack buffer), a station not stopped or not restarted, and fitted units not
     * given back to the pool.
     */
    @Test
    void a_push_feeder_stops_and_resumes_its_takt_and_its_unit_on_its_own_calendar() {
        Line line = run("""
                horizon: 4h
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: packs
                    into: marriage
                    release: {takt: 130s}
                    calendar:
                      shifts: [{days: Mon, from: "00:00", to: "01:00"}, {days: Mon, from: "02:00", to: "03:00"}]
                    stations:
                      - {name: pack, cycle: 100s, buffer: 2}
                """);
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.releasedTotal()).isEqualTo(56);
        assertThat(packs.producedTotal()).isEqualTo(55);
        assertThat(packs.inFeeder()).isEqualTo(1);
        assertThat(packs.fittedTotal()).isEqualTo(55);
        assertThat(line.sink().completed()).isEqualTo(55);
        assertThat(frac(line, "pack", ServerState.OFF_SHIFT)).isCloseTo(0.5, within(EXACT));
        assertThat(frac(line, "pack", ServerState.WORKING)).isCloseTo((55 * 100 + 50) / 14400.0, within(EXACT));
        assertThat(packs.buildTimeMaxSeconds()).isCloseTo(3700, within(EXACT));
        assertThat(packs.buildTimeMeanSeconds()).isCloseTo((54 * 100 + 3700) / 55.0, within(EXACT));
        // the marriage holds a vehicle all the time, working 60 s per unit
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(1 - 55 * 60 / 14400.0, within(EXACT));
        assertThat(packs.starvedHours(line.endSeconds())).isCloseTo((14400 - 55 * 60) / 3600.0, within(EXACT));
        assertThat(feeder(line).pool.created()).isEqualTo(1);
        assertConserved(line);
    }

    private static final String PULLED = """
            release: {takt: 600s}
            stations:
              - {name: body, cycle: 60s}
              - {name: marriage, cycle: 60s, buffer: 10}
            feeders:
              - name: packs
                into: marriage
                release: {pull: body}
                calendar:
                  shifts: [{days: Mon, from: "00:00", to: "01:00"}, {days: Mon, from: "02:00", to: "00:00"}]
                stations:
                  - {name: pack, cycle: 120s, servers: 2}
            """;

    /**
     * A pulled feeder (two pack servers, 120 s, no buffer) off shift from 01:00 to 02:00 while the
     * line releases a vehicle every 10 min (body 60 s, marriage 60 s). On shift a vehicle is done
     * 60 + 120 + 60 = 240 s after its release. The vehicles of 01:00 to 01:50 order their packs at
     * 3660, ..., 6660: six orders wait, the first vehicle holding the marriage and five queueing.
     * At 02:00 both idle servers start: one takes the first order, and the order behind it goes
     * to the other server as the first one's place is filled (no buffer: straight to the idle
     * server). Then two packs every 120 s: done at 7320 (2), 7440 (2), 7560 (2), 7680 (the order
     * of 7260); the marriage fits them at 7320, 7380, ..., 7680, so the vehicles released at
     * 3600, 4200, ..., 7200 are done at 7380, 7440, 7500, 7560, 7620, 7680, 7740: build times
     * 3780, 3240, 2700, 2160, 1620, 1080, 540 s; the eleven others 240 s. The marriage waits 120 s
     * for the pack of each of those eleven (released 0 to 3000 and 7800 to 10200) and from 3660 to
     * 7320 for that of the vehicle of 3600; the five behind it find theirs in the store. At most seven packs exist at once (the six orders and that of
     * 7260, before the first is fitted at 7320). Catches idle feeder servers not started at the
     * shift start (the first station last or never), orders taken without being counted in, and
     * a queued order lost when the first station has no place for it.
     */
    @Test
    void a_pulled_feeder_off_shift_keeps_the_orders_and_works_them_off_at_its_shift_start() {
        Line line = run("horizon: 3h\n" + PULLED);
        assertThat(line.sink().completed()).isEqualTo(18);
        double offShiftBuilds = 3780 + 3240 + 2700 + 2160 + 1620 + 1080 + 540;
        assertThat(line.sink().buildTimeMax()).isCloseTo(3780, within(EXACT));
        assertThat(line.sink().buildTimeMean()).isCloseTo((offShiftBuilds + 11 * 240) / 18, within(EXACT));
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.releasedTotal()).isEqualTo(18);
        assertThat(packs.fittedTotal()).isEqualTo(18);
        assertThat(packs.waitingToStart()).isZero();
        assertThat(packs.buildTimeMeanSeconds()).isCloseTo(120, within(EXACT));
        double waited = 11 * 120 + (7320 - 3660);
        assertThat(packs.starvedHours(line.endSeconds())).isCloseTo(waited / 3600, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(waited / 10800, within(EXACT));
        assertThat(frac(line, "pack", ServerState.OFF_SHIFT)).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(frac(line, "pack", ServerState.WORKING)).isCloseTo(18 * 120 / (2 * 10800.0), within(EXACT));
        assertThat(feeder(line).pool.created()).isEqualTo(7);
        assertConserved(line);
    }

    /**
     * The same plant stopped at 7000 s, during the feeder's break: the six orders of 3660 to 6660
     * wait to start; the six packs of the first hour were all built and fitted.
     */
    @Test
    void orders_wait_to_start_while_the_pulled_feeder_is_off_shift() {
        Line line = run("horizon: 7000s\n" + PULLED);
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.waitingToStart()).isEqualTo(6);
        assertThat(packs.releasedTotal()).isEqualTo(6);
        assertThat(packs.fittedTotal()).isEqualTo(6);
        assertThat(packs.inFeeder()).isZero();
        assertThat(line.sink().completed()).isEqualTo(6);
        assertConserved(line);
    }

    /**
     * A push feeder released without limit whose shift starts at 02:00, exactly at the end of a
     * 2 h run. Events at the end still happen, so the shift starts: the first unit goes into the
     * pack station (no buffer), the second waits at the release. Released 1, and the pack station
     * was off shift the whole time. Catches a shift change at the horizon that is dropped.
     */
    @Test
    void a_feeder_shift_that_starts_exactly_at_the_end_of_the_run_starts() {
        Line line = run("""
                horizon: 2h
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: packs
                    into: marriage
                    release: unlimited
                    store: 5
                    calendar:
                      shifts: [{days: Mon, from: "02:00", to: "03:00"}]
                    stations:
                      - {name: pack, cycle: 30s}
                """);
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.releasedTotal()).isEqualTo(1);
        assertThat(packs.inFeeder()).isEqualTo(1);
        assertThat(frac(line, "pack", ServerState.OFF_SHIFT)).isCloseTo(1, within(EXACT));
        assertConserved(line);
    }

    /**
     * Feeder statistics restart at the warm-up. A push feeder (takt 110 s, 30 s a unit) works
     * only the first hour, the warm-up; the marriage takes one every 200 s. By 3600 units 0..32
     * are built (the last at 3550, none in the feeder) and 18 fitted (at 30 + 200j): 15 in the
     * store. After it the store only drains, one every 200 s from 3630: 15 for 30 s, then 14 down
     * to 1 for 200 s each, then empty from 6430; mean (15 × 30 + 200 × (14 + ... + 1)) / 3600 =
     * 21450 / 3600, maximum 15. No unit is in the feeder or built after the warm-up (no build
     * time), 15 are fitted, 16 vehicles are done (at 3630 to 6630), and the vehicle taken at 6630
     * waits 570 s for a pack. Catches store, in-feeder and build-time statistics that keep the
     * warm-up's.
     */
    @Test
    void the_feeder_statistics_restart_at_the_warm_up() {
        Line line = run("""
                warmup: 1h
                horizon: 1h
                stations:
                  - {name: marriage, cycle: 200s}
                feeders:
                  - name: packs
                    into: marriage
                    release: {takt: 110s}
                    calendar:
                      shifts: [{days: Mon, from: "00:00", to: "01:00"}]
                    stations:
                      - {name: pack, cycle: 30s}
                """);
        FeederStats packs = line.feeders().get(0);
        double end = line.endSeconds();
        assertThat(packs.storeMean(end)).isCloseTo(21450 / 3600.0, within(EXACT));
        assertThat(packs.storeMax()).isEqualTo(15);
        assertThat(packs.inStore()).isZero();
        assertThat(packs.inFeederMean(end)).isZero();
        assertThat(packs.inFeederMax()).isZero();
        assertThat(packs.produced()).isZero();
        assertThat(packs.buildTimeMeanSeconds()).isNaN();
        assertThat(packs.buildTimeMaxSeconds()).isNaN();
        assertThat(packs.fitted()).isEqualTo(15);
        assertThat(line.sink().completed()).isEqualTo(16);
        assertThat(packs.starvedHours(end)).isCloseTo(570 / 3600.0, within(EXACT));
        assertThat(packs.producedTotal()).isEqualTo(33);
        assertConserved(line);
    }
}
