package io.elsim.line;

import static io.elsim.line.FeederHandCalculationTest.assertConserved;
import static io.elsim.line.FeederHandCalculationTest.frac;
import static io.elsim.line.FeederHandCalculationTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The assembly station fitting units from several feeders, with constant times worked out by
 * hand: who waits for which feeder, units that reach the store while a vehicle waits, products
 * that need none. Each case names the wrong implementation it catches.
 */
class AssemblyTest {
    private static final double EXACT = 1e-9;

    /**
     * Two feeders into a marriage of two servers, both pulled at `body` (10 s), then 100 s of
     * paint. Every 300 s an R5 (released at 300i) and a Megane (300i + 150). Frames (any frame
     * fits, a store of one place): R5 40 s, Megane 140 s. Packs (by product): R5 300 s, Megane
     * 10 s. Period i: the R5's frame is in the store at 300i + 50; the R5 reaches the marriage at
     * 300i + 110 with its frame there and waits for its pack (in at 300i + 310): waiting for
     * packs, not frames. The Megane's pack is in at 300i + 170; the Megane arrives at 300i + 260,
     * finds a frame (the R5's) and its pack and starts at once, taking that frame: from then the
     * R5 also lacks a frame, until the Megane's frame comes at 300i + 300. Frames starve the
     * marriage 40 s a period, packs 200 s. In 2900 s: 9 whole periods, and the tenth R5 waits
     * from 2810: frames 9 × 40 s, packs 9 × 200 + 90 s; 18 vehicles done (R5 at 300i + 360,
     * Megane at 300i + 310). The frame store is full while a server is still free: no deadlock.
     * Catches a starving count not updated when a vehicle starting at once takes a unit a
     * waiting one counted on, and a deadlock declared with a server free.
     */
    @Test
    void a_vehicle_starting_at_once_takes_the_frame_a_waiting_one_counted_on() {
        Line line = run("""
                release: {takt: 150s}
                horizon: 2900s
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: body, cycle: 10s}
                  - {name: paint, cycle: 100s, servers: 2}
                  - {name: marriage, cycle: 50s, servers: 2}
                feeders:
                  - name: frames
                    into: marriage
                    release: {pull: body}
                    match: any
                    store: 1
                    stations: [{name: frame, cycle: 40s, cycle_by_product: {Megane: 140s}, servers: 4}]
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations: [{name: pack, cycle: 10s, cycle_by_product: {R5: 300s}, servers: 3}]
                """);
        double end = line.endSeconds();
        FeederStats frames = line.feeders().get(0);
        FeederStats packs = line.feeders().get(1);
        assertThat(frames.starvedHours(end)).isCloseTo(9 * 40 / 3600.0, within(EXACT));
        assertThat(packs.starvedHours(end)).isCloseTo((9 * 200 + 90) / 3600.0, within(EXACT));
        assertThat(line.sink().completed(0)).isEqualTo(9);
        assertThat(line.sink().completed(1)).isEqualTo(9);
        assertThat(line.sink().buildTimeMean(0)).isCloseTo(360, within(EXACT));
        assertThat(line.sink().buildTimeMean(1)).isCloseTo(160, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS))
                .isCloseTo((9 * 200 + 90) / (2 * 2900.0), within(EXACT));
        assertConserved(line);
    }

    /**
     * Only the R5 takes a pack (`per_vehicle: {R5: 1}`). R5 and Megane alternate every 100 s;
     * `body` 10 s, the pack 30 s, the marriage 50 s. An R5 waits 30 s for its pack and is done
     * 10 + 30 + 50 = 90 s after its release; a Megane goes straight through in 60 s. In 2000 s,
     * 10 of each; 10 packs, the marriage starved 10 × 30 s. Catches a product that needs no unit
     * made to wait for one.
     */
    @Test
    void a_product_that_needs_no_unit_does_not_wait_for_one() {
        Line line = run("""
                release: {takt: 100s}
                horizon: 2000s
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: body, cycle: 10s}
                  - {name: marriage, cycle: 50s}
                feeders:
                  - {name: packs, into: marriage, release: {pull: body}, per_vehicle: {R5: 1}, stations: [{name: pack, cycle: 30s}]}
                """);
        assertThat(line.sink().completed(0)).isEqualTo(10);
        assertThat(line.sink().completed(1)).isEqualTo(10);
        assertThat(line.sink().buildTimeMean(0)).isCloseTo(90, within(EXACT));
        assertThat(line.sink().buildTimeMean(1)).isCloseTo(60, within(EXACT));
        assertThat(line.feeders().get(0).fittedTotal()).isEqualTo(10);
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(300 / 2000.0, within(EXACT));
        assertConserved(line);
    }

    /**
     * A push feeder (takt 40 s, 10 s a pack, R5 and Megane in turn) into a store of one place,
     * and a marriage of two servers (50 s). The line alternates R5 and Megane every 100 s; an R5
     * spends 150 s in paint, a Megane 10 s. In each 200 s period the store holds an R5 pack and the
     * feeder is blocked with a Megane pack; the Megane reaches the marriage at 200i + 110 and
     * waits. At 200i + 150 the R5 arrives and takes its pack; the Megane pack moves into the
     * freed place and must go to the waiting Megane at once: both are done at 200i + 200, build
     * times 200 s (R5) and 100 s (Megane). Then the next R5 pack (released as the feeder is
     * freed) is in at 200i + 160, the next Megane pack blocks at 200i + 200. After a warm-up of
     * 1050 s, 2000 s: 10 periods, 20 vehicles, the marriage starved 40 of every 400
     * server-seconds, the pack station blocked 150 s a period. Catches a unit that moves into the
     * store without the waiting servers being told (the Megane would wait for the next unit).
     */
    @Test
    void a_unit_let_into_the_store_by_a_fit_goes_to_the_vehicle_waiting_for_it() {
        Line line = run("""
                release: {takt: 100s}
                warmup: 1050s
                horizon: 2000s
                products: {R5: {share: 1}, Megane: {share: 1}}
                sequence: {repeat: [R5, Megane]}
                stations:
                  - {name: paint, cycle: 10s, cycle_by_product: {R5: 150s}, servers: 3}
                  - {name: marriage, cycle: 50s, servers: 2}
                feeders:
                  - {name: packs, into: marriage, release: {takt: 40s}, store: 1, stations: [{name: pack, cycle: 10s}]}
                """);
        assertThat(line.sink().completed()).isEqualTo(20);
        assertThat(line.sink().buildTimeMean(0)).isCloseTo(200, within(EXACT));
        assertThat(line.sink().buildTimeMean(1)).isCloseTo(100, within(EXACT));
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(0.1, within(EXACT));
        assertThat(frac(line, "pack", ServerState.BLOCKED)).isCloseTo(0.75, within(EXACT));
        assertThat(line.feeders().get(0).starvedHours(line.endSeconds())).isCloseTo(400 / 3600.0, within(EXACT));
        assertConserved(line);
    }
}
