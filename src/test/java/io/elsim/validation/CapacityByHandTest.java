package io.elsim.validation;

import io.elsim.line.Capacity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analytic bounds of {@code elsim capacity} (Hopp and Spearman, Factory Physics, ch. 7) worked
 * out by hand: capacity = servers × availability × 3600 / effective process time, setups weighted
 * by the probability of a product change, visit ratios and scrap, the week walked shift by shift
 * against the release, and suppliers' truck and policy limits.
 */
class CapacityByHandTest {
    private static final double EPS = 1e-9;

    private static final String MIXED = """
            name: mixed
            products: {A: {share: 0.75}, B: {share: 0.25}}
            release: {takt: 40s}
            stations:
              - {name: s1, servers: 2, cycle: 60s, cycle_by_product: {B: 100s}, failures: {mtbf: 9h, mttr: 1h}, setup: {time: 20s}%s}
              - {name: s2, cycle: 45s}
            %s
            """;

    private static Capacity.Result of(String yaml) {
        return Capacity.of(ConfigRuns.spec(yaml));
    }

    /**
     * s1: mean process 0.75·60 + 0.25·100 = 70 s; a random sequence changes product with
     * probability 1 − (0.75² + 0.25²) = 0.375, so setups add 0.375·20 = 7.5 s: 77.5 s;
     * availability 9/(9+1) = 0.9; 2 servers: 2·0.9·3600/77.5 = 83.61/h. s2: 3600/45 = 80/h, the
     * bottleneck (the takt's 90/h is faster). T0 = 70 + 45 = 115 s (no setups), W0 = 80·115/3600.
     */
    @Test
    void a_serial_line_with_failures_setups_and_a_product_mix() {
        Capacity.Result r = of(MIXED.formatted("", ""));
        Capacity.StationCapacity s1 = r.stations().get(0);
        assertThat(s1.name()).isEqualTo("s1");
        assertThat(s1.servers()).isEqualTo(2);
        assertThat(s1.meanProcessSeconds()).isCloseTo(77.5, within(EPS));
        assertThat(s1.availability()).isCloseTo(0.9, within(EPS));
        assertThat(s1.capacityPerHour()).isCloseTo(2 * 0.9 * 3600 / 77.5, within(EPS));
        assertThat(s1.outputCapacityPerHour()).isCloseTo(2 * 0.9 * 3600 / 77.5, within(EPS));
        assertThat(s1.visitsPerVehicle()).isCloseTo(1, within(EPS));
        Capacity.StationCapacity s2 = r.stations().get(1);
        assertThat(s2.meanProcessSeconds()).isCloseTo(45, within(EPS));
        assertThat(s2.availability()).isEqualTo(1.0);
        assertThat(s2.capacityPerHour()).isCloseTo(80, within(EPS));
        assertThat(r.bottleneck()).isEqualTo("s2");
        assertThat(r.maxPerHourOnShift()).isCloseTo(80, within(EPS));
        assertThat(r.maxPerHour()).isCloseTo(80, within(EPS));
        assertThat(r.maxPerWeek()).isCloseTo(80 * 168, within(EPS));
        assertThat(r.maxPerYear()).isCloseTo(80 * 168 * 52, within(1e-6));
        assertThat(r.rawProcessHours()).isCloseTo(115.0 / 3600, within(EPS));
        assertThat(r.criticalWip()).isCloseTo(80 * 115.0 / 3600, within(EPS));
        assertThat(r.weeklyOnHours()).isCloseTo(168, within(EPS));
        assertThat(r.supply()).isEmpty();
        assertThat(r.productVisits()).isEmpty();
    }

    /**
     * Scrap 0.2 at s1: 0.8 finished per released vehicle. s1 works 77.5 s per released vehicle:
     * 2·0.9·3600/77.5·0.8 = 66.89 finished per hour; s2 sees 0.8 visits per released vehicle
     * (45 s each, 1 visit per finished one): 3600/36·0.8 = 80. s1 is the bottleneck (1.25 visits
     * per finished vehicle). Two shifts a weekday: 8 h at the takt of 40 s (90·0.8 = 72 ≥ 66.89:
     * the stations limit) and 8 h at 120 s (30·0.8 = 24: the release limits); per week
     * 40·66.89 + 40·24, over 168 calendar hours.
     */
    @Test
    void scrap_and_a_slow_shift() {
        String calendar = """
                calendar:
                  shifts:
                    - {days: Mon-Fri, from: "06:00", to: "14:00"}
                    - {days: Mon-Fri, from: "14:00", to: "22:00", takt: 120s}
                """;
        Capacity.Result r = of(MIXED.formatted(", scrap: 0.2", calendar));
        double s1Out = 2 * 0.9 * 3600 / 77.5 * 0.8;
        Capacity.StationCapacity s1 = r.stations().get(0);
        assertThat(s1.outputCapacityPerHour()).isCloseTo(s1Out, within(EPS));
        assertThat(s1.capacityPerHour()).isCloseTo(2 * 0.9 * 3600 / 77.5, within(EPS));
        assertThat(s1.visitsPerVehicle()).isCloseTo(1.25, within(EPS));
        Capacity.StationCapacity s2 = r.stations().get(1);
        assertThat(s2.meanProcessSeconds()).isCloseTo(45, within(EPS));
        assertThat(s2.outputCapacityPerHour()).isCloseTo(80, within(EPS));
        assertThat(s2.visitsPerVehicle()).isCloseTo(1, within(EPS));
        assertThat(r.bottleneck()).isEqualTo("s1");
        assertThat(r.maxPerHourOnShift()).isCloseTo(s1Out, within(EPS));
        double week = 40 * s1Out + 40 * 24;
        assertThat(r.maxPerWeek()).isCloseTo(week, within(1e-6));
        assertThat(r.maxPerHour()).isCloseTo(week / 168, within(EPS));
        assertThat(r.weeklyOnHours()).isCloseTo(80, within(EPS));
        assertThat(r.rawProcessHours()).isCloseTo(115.0 / 3600, within(EPS));
        assertThat(r.criticalWip()).isCloseTo(s1Out * 115 / 3600, within(EPS));
    }

    /** Every shift releases slower than the stations: the release is the bottleneck. */
    @Test
    void a_release_slower_than_every_station_is_the_bottleneck() {
        String calendar = """
                calendar:
                  shifts:
                    - {days: Mon-Fri, from: "06:00", to: "14:00", takt: 60s}
                    - {days: Mon-Fri, from: "14:00", to: "22:00", takt: 120s}
                """;
        Capacity.Result r = of(MIXED.formatted("", calendar));
        assertThat(r.bottleneck()).isEqualTo("release");
        assertThat(r.maxPerHourOnShift()).isCloseTo(80, within(EPS));
        // 40 h at 60/h and 40 h at 30/h
        assertThat(r.maxPerWeek()).isCloseTo(40 * 60 + 40 * 30, within(1e-6));
        assertThat(r.maxPerHour()).isCloseTo(3600.0 / 168, within(EPS));
    }

    /**
     * A repeated A A B: shares 2/3 and 1/3, and 2 product changes in 3 (A→B, B→A): setups of 30 s
     * add 20 s to the mean 2/3·60 + 1/3·90 = 70 s; 3600/90 = 40/h. Poisson release with mean 100 s:
     * 36/h, slower. Suppliers, 24/7:
     * near: 65 km at 65 km/h = 1 h; lead 20 min + 1 h + 5 min + 0.5·2 h late + 15 min = 9600 s,
     * round trip 9600 + 3600 = 13200 s; 2 trucks of 24: 2·24·3600/13200 = 13.09 packs/h (below the
     * 24/h a truck an hour would bring); 2 packs per A: 4/3 per vehicle, 9.82 vehicles/h.
     * far: trucks as needed; lead = 2 h drive; at most reorder point + order = 15 trays per lead
     * time: 7.5/h, one per vehicle: 7.5 vehicles/h, the bottleneck of the plant.
     */
    @Test
    void a_repeated_sequence_a_poisson_release_and_suppliers() {
        Capacity.Result r = of("""
                name: supplied
                products: {A: {share: 1}, B: {share: 1}}
                sequence: {repeat: [A, A, B]}
                release: {interarrival: {exponential: {mean: 100s}}}
                stations:
                  - {name: s1, cycle: 60s, cycle_by_product: {B: 90s}, setup: {time: 30s}}
                parts:
                  - {name: pack, station: s1, per_vehicle: {A: 2}}
                  - {name: tray, station: s1, per_vehicle: 1}
                suppliers:
                  - name: near
                    distance_km: 65
                    parts: [pack]
                    truck: {capacity: 24, speed_kmh: 65, load_time: 20min, unload_time: 15min, trucks: 2}
                    delay: {constant: 5min}
                    reliability: {on_time: 0.5, late_by: 2h}
                    policy: {every: 1h}
                  - name: far
                    distance_km: 130
                    parts: [tray]
                    truck: {capacity: 10}
                    policy: {reorder_point: 5, order_quantity: 10}
                """);
        assertThat(r.stations().get(0).meanProcessSeconds()).isCloseTo(90, within(EPS));
        assertThat(r.maxPerHourOnShift()).isCloseTo(40, within(EPS));
        assertThat(r.supply()).hasSize(2);
        Capacity.SupplyCapacity near = r.supply().get(0);
        assertThat(near.supplier()).isEqualTo("near");
        assertThat(near.part()).isEqualTo("pack");
        assertThat(near.partsPerVehicle()).isCloseTo(4.0 / 3, within(EPS));
        assertThat(near.maxPartsPerHour()).isCloseTo(2 * 24 * 3600 / 13200.0, within(EPS));
        assertThat(near.maxVehiclesPerHour()).isCloseTo(2 * 24 * 3600 / 13200.0 * 3 / 4, within(EPS));
        Capacity.SupplyCapacity far = r.supply().get(1);
        assertThat(far.partsPerVehicle()).isCloseTo(1, within(EPS));
        assertThat(far.maxPartsPerHour()).isCloseTo(7.5, within(EPS));
        assertThat(far.maxVehiclesPerHour()).isCloseTo(7.5, within(EPS));
        assertThat(r.bottleneck()).isEqualTo("far");
        assertThat(r.maxPerHour()).isCloseTo(7.5, within(EPS));
        assertThat(r.maxPerWeek()).isCloseTo(7.5 * 168, within(EPS));
    }

    /** The same line without suppliers: the release (36/h, below the station's 40/h) limits. */
    @Test
    void without_suppliers_the_poisson_release_limits() {
        Capacity.Result r = of("""
                name: supplied
                products: {A: {share: 1}, B: {share: 1}}
                sequence: {repeat: [A, A, B]}
                release: {interarrival: {exponential: {mean: 100s}}}
                stations:
                  - {name: s1, cycle: 60s, cycle_by_product: {B: 90s}, setup: {time: 30s}}
                """);
        assertThat(r.bottleneck()).isEqualTo("release");
        assertThat(r.maxPerHour()).isCloseTo(36, within(EPS));
    }

    /**
     * A routes through s2, B leaves after s1: s2 has half a visit per released vehicle,
     * 3600/(0.5·20) = 360/h, s1 3600/8 = 450/h. Per product: s2 is visited once per A, never per B.
     */
    @Test
    void products_routed_apart_have_their_own_visit_ratios() {
        Capacity.Result r = of("""
                name: apart
                products: {A: {share: 0.5}, B: {share: 0.5}}
                stations:
                  - {name: s1, cycle: 8s, routes: [{to: s2, products: [A]}, {to: end}]}
                  - {name: s2, cycle: 20s}
                """);
        assertThat(r.bottleneck()).isEqualTo("s2");
        assertThat(r.stations().get(1).outputCapacityPerHour()).isCloseTo(360, within(EPS));
        assertThat(r.stations().get(1).meanProcessSeconds()).isCloseTo(20, within(EPS));
        assertThat(r.stations().get(1).visitsPerVehicle()).isCloseTo(0.5, within(EPS));
        assertThat(r.stations().get(0).outputCapacityPerHour()).isCloseTo(450, within(EPS));
        assertThat(r.productVisits()).containsExactly(
                new Capacity.ProductVisits("s1", "A", 1), new Capacity.ProductVisits("s1", "B", 1),
                new Capacity.ProductVisits("s2", "A", 1), new Capacity.ProductVisits("s2", "B", 0));
        // unlimited release: the stations limit, all week
        assertThat(r.maxPerHour()).isCloseTo(360, within(EPS));
    }

    private static final String EDGES = """
            name: edges
            products: {A: {share: 3}, B: {share: 1}}
            %s
            stations:
              - {name: a, cycle: 60s, cycle_by_product: {B: 100s}%s}
              - {name: b, cycle: 70s}
            %s
            """;

    /**
     * Shares 3 : 1 are normalised to 0.75 and 0.25: a's mean is 0.75·60 + 0.25·100 = 70 s, as b's:
     * equal capacities, 3600/70 = 51.43/h; the first in the list is named.
     */
    @Test
    void equal_stations_name_the_first_and_shares_are_normalised() {
        Capacity.Result r = of(EDGES.formatted("", "", ""));
        assertThat(r.bottleneck()).isEqualTo("a");
        assertThat(r.maxPerHourOnShift()).isCloseTo(3600.0 / 70, within(EPS));
        // a route without products does not set products apart
        Capacity.Result routed = of(EDGES.formatted("", ", routes: [{to: b}]", ""));
        assertThat(routed.productVisits()).isEmpty();
        assertThat(routed.maxPerHourOnShift()).isCloseTo(3600.0 / 70, within(EPS));
    }

    /** A takt of 70 s releases exactly what the stations can do: the stations, not the release, are named. */
    @Test
    void a_release_equal_to_the_stations_does_not_limit() {
        Capacity.Result r = of(EDGES.formatted("release: {takt: 70s}", "", ""));
        assertThat(r.bottleneck()).isEqualTo("a");
        assertThat(r.maxPerHour()).isCloseTo(3600.0 / 70, within(EPS));
        // a takt of 100 s without a calendar: 36/h
        Capacity.Result slow = of(EDGES.formatted("release: {takt: 100s}", "", ""));
        assertThat(slow.bottleneck()).isEqualTo("release");
        assertThat(slow.maxPerHour()).isCloseTo(36, within(EPS));
    }

    /**
     * A supplier delivering exactly the 36 vehicles' worth an hour the release allows (a truck of
     * 36 every hour, next door) does not limit; one truck of 100, 1 h away, shared by two parts
     * (100 per 2 h round trip, 25 an hour each) does: 25/h.
     */
    @Test
    void suppliers_at_and_below_the_line_rate() {
        String exact = """
                parts: [{name: p, station: a}]
                suppliers: [{name: sup, distance_km: 0, parts: [p], truck: {capacity: 36}, policy: {every: 1h}}]
                """;
        Capacity.Result tie = of(EDGES.formatted("release: {takt: 100s}", "", exact));
        assertThat(tie.supply().get(0).maxVehiclesPerHour()).isCloseTo(36, within(EPS));
        assertThat(tie.bottleneck()).isEqualTo("release");
        String shared = """
                parts: [{name: q, station: a}, {name: r, station: b}]
                suppliers: [{name: two, distance_km: 65, parts: [q, r], truck: {capacity: 100, trucks: 1}, policy: {every: 1h}}]
                """;
        Capacity.Result low = of(EDGES.formatted("release: {takt: 100s}", "", shared));
        assertThat(low.supply()).extracting(Capacity.SupplyCapacity::maxPartsPerHour).containsExactly(25.0, 25.0);
        assertThat(low.bottleneck()).isEqualTo("two");
        assertThat(low.maxPerHour()).isCloseTo(25, within(EPS));
    }

    /**
     * First-free routing shares the work in proportion to capacity: p1 (2 servers of 60 s at an
     * availability of 1 h / (1 h + 1 h) = 0.5: 60/h) and p2 (1 server of 120 s: 30/h) get 2/3 and 1/3
     * of the vehicles; per vehicle p1 works 2/3·60 = 40 s and p2 1/3·120 = 40 s, so each can pass
     * 2·0.5·3600/40 = 3600/40 = 90 vehicles an hour: together their summed capacity, 90/h.
     */
    @Test
    void first_free_routing_shares_work_by_capacity() {
        Capacity.Result r = of("""
                name: parallel
                stations:
                  - {name: s0, cycle: 1s, routing: first-free, routes: [{to: p1}, {to: p2}]}
                  - {name: p1, servers: 2, cycle: 60s, failures: {mtbf: 1h, mttr: 1h}, next: end}
                  - {name: p2, cycle: 120s, next: end}
                """);
        assertThat(r.stations().get(1).visitsPerVehicle()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(r.stations().get(2).visitsPerVehicle()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(r.stations().get(1).outputCapacityPerHour()).isCloseTo(90, within(EPS));
        assertThat(r.stations().get(2).outputCapacityPerHour()).isCloseTo(90, within(EPS));
        assertThat(r.maxPerHourOnShift()).isCloseTo(90, within(EPS));
        assertThat(r.bottleneck()).isIn("p1", "p2");
    }
}
