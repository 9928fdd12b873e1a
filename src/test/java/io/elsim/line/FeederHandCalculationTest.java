package io.elsim.line;

import io.elsim.experiment.LineReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.config.ConfigException;
import io.elsim.config.ConfigLoader;
import io.elsim.model.LineSpec;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feeder lines with constant times, against hand calculations. Each case names the wrong
 * implementation it catches.
 */
class FeederHandCalculationTest {
    private static final double EXACT = 1e-9;

    static Line run(String yaml) {
        Line line = new Line(spec(yaml), 0);
        line.run();
        return line;
    }

    static LineSpec spec(String yaml) {
        try {
            return ConfigLoader.load("feeder.yaml", yaml, List.of()).spec();
        } catch (ConfigException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static StationStats station(Line line, String name) {
        return line.stations().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static double frac(Line line, String name, ServerState state) {
        StationStats s = station(line, name);
        return s.stateSeconds(state) / ((line.endSeconds() - line.warmupSeconds()) * s.serverCount());
    }

    /** released = produced + scrapped + in the feeder; produced = fitted + in the store. */
    static void assertConserved(Line line) {
        for (FeederStats f : line.feeders()) {
            assertThat(f.releasedTotal()).as("released units of %s", f.spec().name())
                    .isEqualTo(f.producedTotal() + f.scrappedTotal() + f.inFeeder());
            assertThat(f.producedTotal()).as("produced units of %s", f.spec().name())
                    .isEqualTo(f.fittedTotal() + f.inStore());
        }
        assertThat(line.releasedTotal()).isEqualTo(line.completedTotal() + line.scrappedTotal() + line.workInProcess());
    }

    /**
     * Release every 60 s, an assembly station of 60 s, a pulled feeder of 50 s then 70 s: the
     * feeder's 70 s station paces everything once the buffer in front of the assembly station
     * keeps ten vehicles' units on order. Output 3600/70 per hour; the assembly station works
     * 60 s of every 70 s and waits 10 s for the unit: starved_parts_frac = 1 − 60/70. The
     * window is a whole number of 70 s periods, starting half a period off the completions. Catches an
     * assembly station that does not wait for its unit (60/h, no wait) and a feeder whose units
     * skip its stations.
     */
    @Test
    void a_pulled_feeder_slower_than_the_line_paces_it_exactly() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 3535s
                horizon: 35000s
                stations:
                  - {name: body, cycle: 30s}
                  - {name: marriage, cycle: 60s, buffer: 10}
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: stack, cycle: 50s}
                      - {name: test, cycle: 70s}
                """);
        double hours = 35000 / 3600.0;
        assertThat(line.sink().completed() / hours).isCloseTo(3600.0 / 70, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(1 - 60.0 / 70, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.WORKING)).isCloseTo(60.0 / 70, within(EXACT));
        assertThat(frac(line, "test", ServerState.WORKING)).isCloseTo(1, within(EXACT));
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.produced()).isEqualTo(500);
        assertThat(packs.starvedHours(line.endSeconds())).isCloseTo(500 * 10 / 3600.0, within(EXACT));
        assertThat(station(line, "test").line()).isEqualTo("packs");
        assertThat(station(line, "marriage").line()).isEqualTo("main");
        // the pack test works all the time while the marriage waits: it is the bottleneck
        assertThat(LineReport.bottleneck(line)).isEqualTo("test");
        assertConserved(line);
    }

    /**
     * Doors off after `removal` (60 s), 30 min on the door line, while the body takes 20 min
     * (trim) to reach `fitting`: every vehicle waits exactly 10 min there. Build time by hand:
     * 60 s + 20 min + 10 min + 60 s = 32 min for every vehicle. Catches doors that are not
     * waited for (22 min) and doors that start at the release instead of at removal.
     */
    @Test
    void doors_ten_minutes_slower_than_the_body_make_it_wait_ten_minutes() {
        Line line = run("""
                release: {takt: 15min}
                warmup: 2h
                horizon: 30h
                stations:
                  - {name: removal, cycle: 60s}
                  - {name: trim, cycle: 20min, servers: 2}
                  - {name: fitting, cycle: 60s}
                feeders:
                  - name: doors
                    into: fitting
                    split_from: removal
                    stations:
                      - {name: door-line, cycle: 30min, servers: 2}
                """);
        assertThat(line.sink().buildTimeMean()).isCloseTo(32 * 60, within(EXACT));
        assertThat(line.sink().buildTimeMax()).isCloseTo(32 * 60, within(EXACT));
        // 120 vehicles in 30 h, each waiting 10 min on the fitting station's one server
        assertThat(line.sink().completed()).isEqualTo(120);
        assertThat(frac(line, "fitting", ServerState.STARVED_PARTS)).isCloseTo(10.0 / 15, within(EXACT));
        FeederStats doors = line.feeders().get(0);
        assertThat(doors.buildTimeMeanSeconds()).isCloseTo(30 * 60, within(EXACT));
        assertThat(doors.starvedHours(line.endSeconds())).isCloseTo(120 * 10 / 60.0, within(EXACT));
        assertConserved(line);
    }

    /**
     * Each vehicle gets its own doors back. Every other set of doors (the first, third, ...)
     * goes through a 40 min repair after 10 min of door trim, so it is overtaken by the next
     * set. A vehicle whose doors were repaired waits 50 − 20 = 30 min at fitting; the others
     * find theirs there: build times 60 s + 20 min + 30 min + 60 s = 52 min and 22 min, mean
     * 37 min. Fitting the first set that arrives (match by product, or any) would give the
     * first vehicle the second vehicle's doors after 5 min and make the second wait: other times.
     */
    @Test
    void every_vehicle_gets_its_own_doors_back_even_when_another_set_overtakes_them() {
        Line line = run("""
                release: {takt: 15min}
                warmup: 2h
                horizon: 30h
                stations:
                  - {name: removal, cycle: 60s}
                  - {name: trim, cycle: 20min, servers: 2}
                  - {name: fitting, cycle: 60s, servers: 3}
                feeders:
                  - name: doors
                    into: fitting
                    split_from: removal
                    stations:
                      - name: door-trim
                        cycle: 10min
                        servers: 4
                        routing: cyclic
                        routes: [{to: door-repair}, {to: end}]
                      - {name: door-repair, cycle: 40min, servers: 4}
                """);
        assertThat(line.sink().completed()).isEqualTo(120);
        assertThat(line.sink().buildTimeMax()).isCloseTo(52 * 60, within(EXACT));
        assertThat(line.sink().buildTimeMean()).isCloseTo(37 * 60, within(EXACT));
        assertThat(line.sink().buildTimePercentile(10)).isCloseTo(22 * 60, within(60.0));
        assertConserved(line);
    }

    /**
     * Just in sequence by product: the line repeats R5, R5, Megane every 60 s; the pack is
     * pulled when a vehicle leaves `body` (30 s) and takes 50 s for an R5, 80 s for a Megane on
     * one station: 180 s of pack work per 180 s of vehicles, so the pack station never rests.
     * Each vehicle waits at the marriage (40 s, three servers) from its arrival until its pack
     * is done; by hand, from the fourth vehicle on, those lags repeat as 70, 60 and 80 s (R5,
     * R5, Megane). Build time: 30 s + lag + 40 s, so R5 135 s on average and Megane 150 s; the
     * marriage's three servers wait 210 s and work 120 s per 180 s. Catches packs built
     * without the vehicle's product (all 50 s) and a feeder that ignores cycle_by_product.
     */
    @Test
    void just_in_sequence_by_product_follows_the_repeating_sequence_by_hand() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 1800s
                horizon: 18000s
                products: {R5: {share: 2}, Megane: {share: 1}}
                sequence: {repeat: [R5, R5, Megane]}
                stations:
                  - {name: body, cycle: 30s}
                  - {name: marriage, cycle: 40s, servers: 3}
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: pack, cycle: 50s, cycle_by_product: {Megane: 80s}}
                """);
        assertThat(line.sink().completed()).isEqualTo(300);
        assertThat(line.sink().completed(0)).isEqualTo(200);
        assertThat(line.sink().buildTimeMean(0)).isCloseTo(135, within(EXACT));
        assertThat(line.sink().buildTimeMean(1)).isCloseTo(150, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(210.0 / 540, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.WORKING)).isCloseTo(120.0 / 540, within(EXACT));
        assertThat(frac(line, "pack", ServerState.WORKING)).isCloseTo(1, within(EXACT));
        assertConserved(line);
    }

    /**
     * Matching by product, with the feeder's own routes by product: an R5 pack goes through a
     * 190 s station after 10 s of kitting, a Megane pack only through the kitting. The line
     * alternates R5 and Megane every 60 s, pulling at `body` (30 s); the marriage (40 s) has
     * servers enough for every vehicle. An R5 waits 200 s for its pack while the next Megane's
     * pack, done 70 s after the R5 arrived, goes to the Megane behind it: build times R5
     * 30 + 200 + 40 = 270 s, Megane 30 + 10 + 40 = 80 s. Catches a store that gives the first
     * unit to the first waiting vehicle whatever its product (the R5 would take the Megane's
     * pack after 70 s), and routes by product ignored on a feeder.
     */
    @Test
    void a_vehicle_waiting_for_another_product_does_not_take_or_block_a_pack() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 600s
                horizon: 12000s
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: body, cycle: 30s}
                  - {name: marriage, cycle: 40s, servers: 4}
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: kit, cycle: 10s, routes: [{to: r5-pack, products: [R5]}, {to: end}]}
                      - {name: r5-pack, cycle: 190s, servers: 2}
                """);
        assertThat(line.sink().completed(0)).isEqualTo(100);
        assertThat(line.sink().completed(1)).isEqualTo(100);
        assertThat(line.sink().buildTimeMean(0)).isCloseTo(270, within(EXACT));
        assertThat(line.sink().buildTimeMean(1)).isCloseTo(80, within(EXACT));
        assertConserved(line);
    }

    /**
     * A push feeder at a takt of 90 s (its station takes 30 s) into a line that could take a
     * vehicle every 60 s: one vehicle per 90 s, 3600/90 = 40 an hour, the assembly station
     * working 60 s and waiting 30 s of each 90. Catches a push release that ignores its takt.
     */
    @Test
    void a_feeder_pushing_at_a_takt_paces_the_line() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 945s
                horizon: 9000s
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: seats
                    into: marriage
                    release: {takt: 90s}
                    match: any
                    store: 4
                    stations:
                      - {name: seat, cycle: 30s}
                """);
        assertThat(line.sink().completed()).isEqualTo(100);
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(30.0 / 90, within(EXACT));
        assertThat(line.feeders().get(0).storeMax()).isEqualTo(1);
        assertConserved(line);
    }

    /**
     * Bought parts consumed at a feeder's station: two modules a pack, delivered 20 an hour by a
     * truck arriving every hour, so at most 10 packs (and vehicles) an hour while the line could
     * build 60. By hand over 10 hours after a 2 h warm-up: 100 vehicles (±1 for the hour's phase
     * at the edges), the pack station waiting for modules most of the time, and 2 modules consumed
     * for every pack started. Catches parts consumed at the wrong station or once per vehicle.
     */
    @Test
    void bought_parts_are_consumed_at_a_feeder_s_station() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 2h
                horizon: 10h
                stations:
                  - {name: body, cycle: 30s}
                  - {name: marriage, cycle: 50s}
                feeders:
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: pack, cycle: 40s}
                parts:
                  - {name: module, station: pack, per_vehicle: 2, stock: {initial: 0, capacity: 40}}
                suppliers:
                  - name: AESC
                    distance_km: 1
                    parts: [module]
                    truck: {capacity: 20, speed_kmh: 60}
                    policy: {every: 1h}
                """);
        assertThat(line.sink().completed()).isBetween(99L, 101L);
        var modules = line.supply().stocks().get(0);
        assertThat(modules.spec().station()).isEqualTo("pack");
        assertThat(modules.consumed()).isBetween(2 * station(line, "pack").processed(),
                2 * station(line, "pack").processed() + 2);
        assertThat(frac(line, "pack", ServerState.STARVED_PARTS)).isGreaterThan(0.8);
        assertConserved(line);
    }

    /**
     * A push feeder on its own 24/7 calendar, 30 s per unit into a store of 20, while the main
     * line is off shift until Monday 06:00: the store is full after the 20th unit (600 s), the
     * 21st is finished at 630 s and blocks the feeder's station until the line starts. By hand
     * over the first five hours: working 630 s, blocked the rest, store maximum 20, nothing
     * fitted. Catches a store that does not block when full (more than 20 units) and a feeder
     * stopped by the plant's calendar instead of its own (nothing built).
     */
    @Test
    void a_push_feeder_fills_its_store_while_the_line_is_off_shift_and_blocks() {
        Line line = run("""
                horizon: 5h
                calendar:
                  shifts: [{days: Mon-Fri, from: "06:00", to: "14:00"}]
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - name: packs
                    into: marriage
                    release: unlimited
                    store: 20
                    calendar:
                      shifts: [{days: Mon-Sun, from: "00:00", to: "00:00"}]
                    stations:
                      - {name: pack, cycle: 30s}
                """);
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.inStore()).isEqualTo(20);
        assertThat(packs.storeMax()).isEqualTo(20);
        assertThat(packs.producedTotal()).isEqualTo(20);
        assertThat(packs.inFeeder()).isEqualTo(1);
        assertThat(packs.fittedTotal()).isZero();
        assertThat(frac(line, "pack", ServerState.WORKING)).isCloseTo(630 / 18000.0, within(EXACT));
        assertThat(frac(line, "pack", ServerState.BLOCKED)).isCloseTo(1 - 630 / 18000.0, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.OFF_SHIFT)).isCloseTo(1, within(EXACT));
        assertConserved(line);
    }

    /**
     * The same feeder over a week: on shift the line takes a pack a minute and the feeder makes
     * two, so it is blocked whenever the store is full; every vehicle completed got one pack,
     * and the units balance at the end.
     */
    @Test
    void over_a_week_every_vehicle_gets_one_pack_and_the_units_balance() {
        Line line = run("""
                horizon: 1w
                calendar:
                  shifts: [{days: Mon-Fri, from: "06:00", to: "14:00"}]
                stations:
                  - {name: marriage, cycle: 60s}
                  - {name: final, cycle: 50s}
                feeders:
                  - name: packs
                    into: marriage
                    release: unlimited
                    store: 20
                    calendar:
                      shifts: [{days: Mon-Sun, from: "00:00", to: "00:00"}]
                    stations:
                      - {name: pack, cycle: 30s}
                """);
        FeederStats packs = line.feeders().get(0);
        // 5 shifts of 8 h at one vehicle a minute, the marriage never short of packs
        assertThat(line.sink().completed()).isBetween(5L * 480 - 5, 5L * 480);
        assertThat(packs.fittedTotal()).isBetween(line.completedTotal(), line.completedTotal() + 1);
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isZero();
        assertConserved(line);
    }
}
