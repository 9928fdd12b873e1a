package io.elsim.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Feeder lines with random times against theory: Little's law on the main line and on each
 * feeder, conservation of units, and capacity per vehicle by hand.
 */
class FeederTheoryTest {
    private static final String STOCHASTIC = """
            seed: 7
            release: {interarrival: {exponential: {mean: 75s}}}
            warmup: 10h
            horizon: 400h
            products: {R5: {share: 0.6}, Megane: {share: 0.4}}
            stations:
              - {name: removal, cycle: {exponential: {mean: 40s}}, buffer: unlimited}
              - {name: trim, cycle: {exponential: {mean: 50s}}, buffer: 10}
              - {name: marriage, cycle: {exponential: {mean: 45s}}, buffer: 10}
              - {name: fitting, cycle: {exponential: {mean: 40s}}, buffer: 10}
            feeders:
              - name: packs
                into: marriage
                per_vehicle: {R5: 1, Megane: 2}
                release: {pull: removal}
                store: 12
                stations:
                  - {name: stack, cycle: {exponential: {mean: 20s}}, buffer: unlimited}
                  - {name: pack-test, cycle: {exponential: {mean: 25s}}, buffer: 3}
              - name: doors
                into: fitting
                split_from: removal
                stations:
                  - {name: door-line, cycle: {exponential: {mean: 4min}}, servers: 6, buffer: unlimited}
            """;
    /** The same plant where 2 % of the packs fail their test and are scrapped (and rebuilt). */
    private static final String WITH_SCRAP = STOCHASTIC.replace("buffer: 3}", "buffer: 3, scrap: 0.02}");

    /**
     * L = λW on every sample path up to the edges: items in the system when the measured period
     * starts or ends are counted in one of ∫N dt and ΣW but not the other, each for at most
     * the longest stay, so |L − λW| ≤ 2 · N_max · W_max / T. Catches a feeder whose units are
     * counted in or out at the wrong place (at the store and at fitting, say).
     */
    @Test
    void littles_law_holds_on_the_main_line_and_on_each_feeder() {
        Line line = FeederHandCalculationTest.run(STOCHASTIC);
        double t = line.endSeconds() - line.warmupSeconds();
        SinkStats sink = line.sink();
        double lambda = sink.completed() / t;
        double bound = 2 * sink.wipMax() * sink.buildTimeMax() / t;
        assertThat(sink.completed()).isGreaterThan(15_000);
        assertThat(sink.wipMean(line.endSeconds())).as("main line: L = λW, edge bound %.3f", bound)
                .isCloseTo(lambda * sink.buildTimeMean(), within(bound));
        for (FeederStats f : line.feeders()) {
            double rate = f.produced() / t;
            double edge = 2 * f.inFeederMax() * f.buildTimeMaxSeconds() / t;
            assertThat(f.produced()).isGreaterThan(15_000);
            assertThat(f.inFeederMean(line.endSeconds())).as("%s: L = λW, edge bound %.3f", f.spec().name(), edge)
                    .isCloseTo(rate * f.buildTimeMeanSeconds(), within(edge));
        }
        FeederHandCalculationTest.assertConserved(line);
    }

    /**
     * Units per vehicle: R5 one pack, Megane two, so 0.6 + 0.4 × 2 = 1.4 packs a vehicle; fitted
     * packs over completed vehicles tend to it (the difference is the vehicles in the plant at
     * the edges). Scrapped packs are rebuilt for their vehicle. Doors: one set per vehicle.
     */
    @Test
    void each_product_takes_its_own_number_of_units() {
        Line line = FeederHandCalculationTest.run(WITH_SCRAP);
        FeederStats packs = line.feeders().get(0);
        FeederStats doors = line.feeders().get(1);
        long r5 = line.sink().completed(0);
        long megane = line.sink().completed(1);
        // every completed vehicle had its units fitted at the marriage (or fitting) upstream of end
        assertThat((double) packs.fitted()).isCloseTo(r5 + 2.0 * megane, within(2.0 * 30));
        assertThat((double) doors.fitted()).isCloseTo(r5 + megane, within(30.0));
        assertThat(packs.scrappedTotal()).isPositive();
    }

    /**
     * elsim capacity by hand: 1.4 good packs a vehicle, and a good pack takes 1 / 0.98 tests
     * (2 % are scrapped and built again), so the pack test (and the stacking before it) is
     * visited 1.4 / 0.98 times a vehicle, and its 144 tests an hour make 144 × 0.98 / 1.4 = 100.8
     * vehicles an hour; the door line, 6 servers of 4 min, 90 an hour at one set a vehicle.
     */
    @Test
    void capacity_gives_each_feeder_station_its_capacity_per_vehicle() {
        Capacity.Result c = Capacity.of(FeederHandCalculationTest.spec(WITH_SCRAP));
        Capacity.StationCapacity door = c.stations().stream().filter(s -> s.name().equals("door-line")).findFirst()
                .orElseThrow();
        assertThat(door.line()).isEqualTo("doors");
        assertThat(door.outputCapacityPerHour()).isCloseTo(90, within(1e-9));
        assertThat(door.visitsPerVehicle()).isCloseTo(1, within(1e-9));
        Capacity.StationCapacity test = c.stations().stream().filter(s -> s.name().equals("pack-test")).findFirst()
                .orElseThrow();
        assertThat(test.line()).isEqualTo("packs");
        assertThat(test.visitsPerVehicle()).isCloseTo(1.4 / 0.98, within(1e-9));
        assertThat(test.outputCapacityPerHour()).isCloseTo(3600 / 25.0 * 0.98 / 1.4, within(1e-9));
        Capacity.StationCapacity stack = c.stations().stream().filter(s -> s.name().equals("stack")).findFirst()
                .orElseThrow();
        assertThat(stack.visitsPerVehicle()).isCloseTo(1.4 / 0.98, within(1e-9));
        assertThat(c.stations().stream().filter(s -> s.name().equals("marriage")).findFirst().orElseThrow().line())
                .isEqualTo("main");
    }

    /** A feeder slower per vehicle than every main station is the capacity bottleneck. */
    @Test
    void a_slow_feeder_station_is_the_capacity_bottleneck() {
        Capacity.Result c = Capacity.of(FeederHandCalculationTest.spec("""
                release: {takt: 60s}
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
                """));
        assertThat(c.bottleneck()).isEqualTo("test");
        assertThat(c.maxPerHourOnShift()).isCloseTo(3600 / 70.0, within(1e-9));
    }
}
