package io.elsim.line;

import static io.elsim.line.FeederHandCalculationTest.assertConserved;
import static io.elsim.line.FeederHandCalculationTest.frac;
import static io.elsim.line.FeederHandCalculationTest.run;
import static io.elsim.line.FeederHandCalculationTest.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.experiment.LineReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts a feeder is built from, each on its own where that is simplest: the products of
 * pushed units, the unit store as a destination, the orders of pulled units; then, in short
 * runs by hand, scrapped units and the numbering of several feeders' stations.
 */
class FeederUnitsTest {
    private static final double EXACT = 1e-9;

    private static final String TWO_PRODUCTS = """
            products: {R5: {share: 1}, Megane: {share: 1}}
            stations:
              - {name: body, cycle: 60s}
              - {name: marriage, cycle: 60s}
            feeders:
              - {name: packs, into: marriage, release: {pull: body}, store: 2, stations: [{name: pack, cycle: 30s}]}
            """;

    private static Vehicle vehicle(int product) {
        Vehicle v = new Vehicle();
        v.product = product;
        return v;
    }

    /** Vehicles R5, Megane, Megane, R5 with 2 units per R5 and 1 per Megane: R5, R5, M, M, R5, R5. */
    @Test
    void pushed_units_repeat_each_vehicle_s_product_for_its_units() {
        int[] vehicles = {0, 1, 1, 0};
        ProductSequence line = new ProductSequence() {
            private int i;

            @Override int next() { return vehicles[i++ % vehicles.length]; }
        };
        ProductSequence units = FeederBuilder.units(line, new int[] {2, 1});
        List<Integer> got = new ArrayList<>();
        for (int k = 0; k < 6; k++) got.add(units.next());
        assertThat(got).containsExactly(0, 0, 1, 1, 0, 0);
        // a product that needs no unit is skipped: Megane takes none
        ProductSequence r5Only = FeederBuilder.units(new ProductSequence() {
            private int i;

            @Override int next() { return vehicles[i++ % vehicles.length]; }
        }, new int[] {1, 0});
        assertThat(List.of(r5Only.next(), r5Only.next(), r5Only.next())).containsExactly(0, 0, 0);
    }

    /**
     * A store of two places, matching by product, as the feeder's last station sees it: room
     * until it holds two, its content, its name; and what it holds for a vehicle.
     */
    @Test
    void the_unit_store_has_room_until_full_and_holds_units_by_product() {
        Line line = new Line(spec(TWO_PRODUCTS), 0);
        Feeder packs = (Feeder) line.feeders().get(0);
        UnitStore store = packs.store;
        assertThat(store.name()).isEqualTo("packs");
        assertThat(store.canTake()).isTrue();
        assertThat(store.occupancy()).isZero();
        assertThat(store.offer(packs.pool.obtain(0, 0))).isTrue();
        assertThat(store.canTake()).isTrue();
        assertThat(store.occupancy()).isEqualTo(1);
        assertThat(store.offer(packs.pool.obtain(0, 0))).isTrue();
        assertThat(store.canTake()).isFalse();
        assertThat(store.occupancy()).isEqualTo(2);
        assertThat(store.offer(packs.pool.obtain(1, 0))).isFalse();
        // two R5 packs: enough for an R5 needing two, none for a Megane, and a vehicle needing none has all
        assertThat(store.has(vehicle(0), 2)).isTrue();
        assertThat(store.has(vehicle(0), 3)).isFalse();
        assertThat(store.has(vehicle(1), 1)).isFalse();
        assertThat(store.has(vehicle(1), 0)).isTrue();
    }

    /**
     * Pulled units ordered for the feeder's first station (one server, no buffer): the first goes
     * straight to the idle server (released), the next two queue in order; the first of them
     * taken goes in (released), and the ticket by which the station recognises a stale wait
     * changes with each unit taken.
     */
    @Test
    void unit_orders_queue_in_order_and_change_their_ticket_when_one_is_taken() {
        Line line = new Line(spec(TWO_PRODUCTS), 0);
        Feeder packs = (Feeder) line.feeders().get(0);
        packs.orders.order(packs.pool.obtain(0, 0));
        assertThat(packs.releasedTotal()).isEqualTo(1);
        assertThat(packs.waitingToStart()).isZero();
        Vehicle second = packs.pool.obtain(1, 0);
        packs.orders.order(second);
        packs.orders.order(packs.pool.obtain(0, 0));
        assertThat(packs.waitingToStart()).isEqualTo(2);
        assertThat(packs.releasedTotal()).isEqualTo(1);
        long ticket = packs.orders.ticket();
        assertThat(packs.orders.take()).isSameAs(second);
        assertThat(packs.orders.ticket()).isNotEqualTo(ticket);
        assertThat(packs.waitingToStart()).isEqualTo(1);
        assertThat(packs.releasedTotal()).isEqualTo(2);
    }

    /**
     * Every unit scrapped at the feeder's only station (scrap 1): a pushed unit is lost, none is
     * built. Units start at 0, 100, ..., 1000 s (11, the last at the end of the run) and each is
     * scrapped 30 s later: 10 scrapped, one in the feeder at the end, which held a unit 30 s of
     * every 100 s (mean 0.3). The scrapped unit goes back to the pool, so one unit object serves
     * them all. Catches a scrapped unit still counted in the feeder and one not given back.
     */
    @Test
    void a_scrapped_pushed_unit_is_lost_and_leaves_the_feeder() {
        Line line = run("""
                horizon: 1000s
                stations:
                  - {name: marriage, cycle: 60s}
                feeders:
                  - {name: packs, into: marriage, release: {takt: 100s}, stations: [{name: pack, cycle: 30s, scrap: 1}]}
                """);
        FeederStats packs = line.feeders().get(0);
        assertThat(packs.releasedTotal()).isEqualTo(11);
        assertThat(packs.scrappedTotal()).isEqualTo(10);
        assertThat(packs.producedTotal()).isZero();
        assertThat(packs.inFeeder()).isEqualTo(1);
        assertThat(packs.inFeederMean(line.endSeconds())).isCloseTo(0.3, within(EXACT));
        assertThat(((Feeder) packs).pool.created()).isEqualTo(1);
        assertThat(frac(line, "marriage", ServerState.STARVED_PARTS)).isCloseTo(1, within(EXACT));
        assertConserved(line);
    }

    /**
     * Two feeders: each station is numbered by its place in the plant's list (main line, then
     * each feeder's stations in order), and the bottleneck analysis keeps them apart. The pack
     * test (70 s) of the second feeder paces the line, as in the single-feeder case of
     * {@link FeederHandCalculationTest}: it is the bottleneck, not a station sharing its number.
     */
    @Test
    void the_stations_of_a_second_feeder_are_numbered_after_the_first_s() {
        Line line = run("""
                release: {takt: 60s}
                warmup: 3535s
                horizon: 7000s
                stations:
                  - {name: body, cycle: 30s}
                  - {name: marriage, cycle: 60s, buffer: 10}
                feeders:
                  - {name: frames, into: marriage, release: {pull: body}, stations: [{name: frame, cycle: 20s}]}
                  - name: packs
                    into: marriage
                    release: {pull: body}
                    stations:
                      - {name: stack, cycle: 50s}
                      - {name: test, cycle: 70s}
                """);
        List<StationStats> stations = line.stations();
        assertThat(stations).extracting(StationStats::name).containsExactly("body", "marriage", "frame", "stack", "test");
        for (int i = 0; i < stations.size(); i++) assertThat(((Station) stations.get(i)).index).isEqualTo(i);
        assertThat(frac(line, "test", ServerState.WORKING)).isCloseTo(1, within(EXACT));
        assertThat(LineReport.bottleneck(line)).isEqualTo("test");
        assertThat(line.sink().completed()).isEqualTo(100);
        assertConserved(line);
    }
}
