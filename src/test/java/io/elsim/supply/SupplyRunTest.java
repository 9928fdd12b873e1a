package io.elsim.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.line.Capacity;
import io.elsim.line.Line;
import io.elsim.experiment.LineReport;
import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.LogisticsSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.PolicySpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.ReliabilitySpec;
import io.elsim.model.StationSpec;
import io.elsim.model.SupplierSpec;
import io.elsim.model.TruckSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deterministic lines fed by deterministic truck loops, checked against figures worked out
 * by hand in the comments. The line: one station of 60 s, release unlimited, 24/7, so it
 * would make one vehicle a minute if parts never ran out. Warm-ups are chosen off the
 * event grid (no ties at the reset instant).
 */
class SupplyRunTest {
    static final double H = 3600;
    static final DistributionSpec ZERO = new DistributionSpec.Constant(0);

    static LineSpec line(double warmup, double horizon, List<PartSpec> parts, List<SupplierSpec> suppliers) {
        return LineSpec.of("supply", 7, horizon, warmup, new ReleaseSpec.Unlimited(),
                        List.of(StationSpec.simple("marriage", new DistributionSpec.Constant(60), 1, 0)))
                .withSupply(null, LogisticsSpec.DEFAULT, parts, suppliers);
    }

    static PartSpec part(String name, int initial, int capacity) {
        return new PartSpec(name, "marriage", 1, Map.of(), initial, capacity);
    }

    static SupplierSpec supplier(String name, String part, double km, int truckCapacity, int trucks,
                                 PolicySpec policy, ReliabilitySpec reliability) {
        return new SupplierSpec(name, Double.NaN, Double.NaN, km, List.of(part),
                new TruckSpec(truckCapacity, 65, 0, 0, trucks), ZERO, reliability, policy);
    }

    static Report run(LineSpec spec) {
        Line l = new Line(spec, 0);
        l.run();
        return new Report(LineReport.tables(l), spec, "test");
    }

    static double get(Report r, String table, int row, String column) {
        return r.table(table).orElseThrow().getDouble(row, column);
    }

    /**
     * Every 1 h a truck of 30 leaves, 65 km at 65 km/h = 1 h drive, no load/unload time:
     * 30 parts arrive at 1 h, 2 h, 3 h, ... The line uses them in 30 min, then waits 30 min.
     * Window [1.75 h, 11.75 h]: deliveries at 2..11 h = 10, 300 vehicles started and finished
     * (the last at 11:30); waiting for parts 1:45→2:00, k:30→k+1:00 for k = 2..10, 11:30→11:45
     * = 0.25 + 9 × 0.5 + 0.25 = 5 h of 10 → starved_parts_frac 0.5, stockout 5 h, 30 veh/h
     * = the trucks' rate 30 parts/h. Trips (loaded departures at 2..11 h) = 10; km 10 × 65
     * loaded + 10 × 65 empty (returns start at the deliveries 2..11 h) = 1,300 truck-km;
     * CO2 = 650 × 0.96 + 650 × 0.75 = 624 + 487.5 = 1,111.5 kg, / 300 = 3.705 kg per vehicle.
     */
    @Test
    void everyPolicyTooSlowLimitsTheLineToTheTrucksRate() {
        LineSpec spec = line(1.75 * H, 10 * H, List.of(part("pack", 0, PartSpec.UNLIMITED)),
                List.of(supplier("S", "pack", 65, 30, TruckSpec.AS_NEEDED, new PolicySpec.Every(H),
                        ReliabilitySpec.ALWAYS)));
        Report r = run(spec);
        assertThat(get(r, "summary", 0, "vehicles_completed")).isEqualTo(300);
        assertThat(get(r, "summary", 0, "throughput_per_hour")).isCloseTo(30, within(1e-9));
        assertThat(get(r, "stations", 0, "starved_parts_frac")).isCloseTo(0.5, within(1e-9));
        assertThat(get(r, "stations", 0, "starved_frac")).isCloseTo(0, within(1e-9));
        assertThat(get(r, "stations", 0, "working_frac")).isCloseTo(0.5, within(1e-9));
        assertThat(get(r, "parts", 0, "stockout_hours")).isCloseTo(5.0, within(1e-9));
        assertThat(get(r, "parts", 0, "deliveries")).isEqualTo(10);
        assertThat(get(r, "parts", 0, "late_deliveries")).isEqualTo(0);
        assertThat(get(r, "parts", 0, "stock_min")).isEqualTo(0);
        assertThat(get(r, "suppliers", 0, "trips")).isEqualTo(10);
        assertThat(get(r, "suppliers", 0, "road_km")).isEqualTo(65);
        assertThat(get(r, "suppliers", 0, "transit_h")).isCloseTo(1.0, within(1e-12));
        assertThat(get(r, "suppliers", 0, "truck_km")).isCloseTo(1300, within(1e-9));
        assertThat(get(r, "suppliers", 0, "co2_kg")).isCloseTo(1111.5, within(1e-9));
        assertThat(get(r, "summary", 0, "inbound_co2_kg_per_vehicle")).isCloseTo(3.705, within(1e-9));
        assertThat(get(r, "summary", 0, "suppliers_within_radius_share")).isEqualTo(1.0);
    }

    /**
     * Reorder point 10, order 20, one truck of 20, 32.5 km at 65 km/h = 0.5 h each way:
     * round trip 1 h. t=0: stock 0 → order; delivery at 0:30; the 10th vehicle (0:39) brings
     * the position to 10 → order, queued until the truck is back at 1:00; delivery at 1:30 …
     * So 20 parts at k:30 each hour, used by k:50, then a 40 min wait: starved_parts 2/3,
     * 20 veh/h = 1 truck × 20 / 1 h. Window [1.25 h, 11.25 h]: waits 1:15→1:30, k:50→k+1:30
     * for k = 1..9, 10:50→11:15 = 15 + 9 × 40 + 25 = 400 min = 6.667 h; 200 vehicles;
     * deliveries at 1:30 … 10:30 = 10; trips (departures 2:00 … 11:00) = 10.
     */
    @Test
    void reorderPointWithOneTruckLimitsTheLineToOneTruckload() {
        LineSpec spec = line(1.25 * H, 10 * H, List.of(part("tray", 0, PartSpec.UNLIMITED)),
                List.of(supplier("S", "tray", 32.5, 20, 1, new PolicySpec.ReorderPoint(10, 20),
                        ReliabilitySpec.ALWAYS)));
        Report r = run(spec);
        assertThat(get(r, "summary", 0, "vehicles_completed")).isEqualTo(200);
        assertThat(get(r, "summary", 0, "throughput_per_hour")).isCloseTo(20, within(1e-9));
        assertThat(get(r, "stations", 0, "starved_parts_frac")).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(get(r, "parts", 0, "stockout_hours")).isCloseTo(400.0 / 60, within(1e-9));
        assertThat(get(r, "parts", 0, "deliveries")).isEqualTo(10);
        assertThat(get(r, "suppliers", 0, "trips")).isEqualTo(10);
    }

    /**
     * elsim capacity names a supplier that cannot keep up: the `every` loop moves 30 parts/h
     * (one truck of 30 per hour) for a 60/h line; the one-truck reorder loop 20 per 1 h round
     * trip (its order bound (10 + 20) / 0.5 h = 60/h is looser). Same rates as simulated above.
     */
    @Test
    void capacityNamesTheSlowSupplierAsBottleneck() {
        Capacity.Result every = Capacity.of(line(0, H, List.of(part("pack", 0, PartSpec.UNLIMITED)),
                List.of(supplier("Slow", "pack", 65, 30, TruckSpec.AS_NEEDED, new PolicySpec.Every(H),
                        ReliabilitySpec.ALWAYS))));
        assertThat(every.bottleneck()).isEqualTo("Slow");
        assertThat(every.maxPerHour()).isCloseTo(30, within(1e-9));
        assertThat(every.supply().get(0).maxPartsPerHour()).isCloseTo(30, within(1e-9));
        Capacity.Result rp = Capacity.of(line(0, H, List.of(part("tray", 0, PartSpec.UNLIMITED)),
                List.of(supplier("One truck", "tray", 32.5, 20, 1, new PolicySpec.ReorderPoint(10, 20),
                        ReliabilitySpec.ALWAYS))));
        assertThat(rp.bottleneck()).isEqualTo("One truck");
        assertThat(rp.maxPerHour()).isCloseTo(20, within(1e-9));
        // two trucks of 40 every 30 min keep up: the station (60/h) stays the bottleneck
        Capacity.Result fast = Capacity.of(line(0, H, List.of(part("pack", 0, 50)),
                List.of(supplier("Fast", "pack", 5, 40, TruckSpec.AS_NEEDED, new PolicySpec.Every(0.5 * H),
                        ReliabilitySpec.ALWAYS))));
        assertThat(fast.bottleneck()).isEqualTo("marriage");
        assertThat(fast.maxPerHour()).isCloseTo(60, within(1e-9));
    }

    /** Trips per week by hand: a 1 h round trip with one truck always busy = 168 trips a week; every 1 h = 168. */
    @Test
    void tripsPerWeek() {
        LineSpec rp = line(1.25 * H, 168 * H, List.of(part("tray", 0, PartSpec.UNLIMITED)),
                List.of(supplier("S", "tray", 32.5, 20, 1, new PolicySpec.ReorderPoint(10, 20),
                        ReliabilitySpec.ALWAYS)));
        assertThat(get(run(rp), "suppliers", 0, "trips")).isEqualTo(168);
        // every 1 h with a 4 h round trip (130 km): as many trucks as needed = 4, still 168 departures a week
        LineSpec every = line(0.25 * H, 168 * H, List.of(part("pack", 0, 100)),
                List.of(supplier("S", "pack", 130, 30, TruckSpec.AS_NEEDED, new PolicySpec.Every(H),
                        ReliabilitySpec.ALWAYS)));
        Line l = new Line(every, 0);
        l.run();
        assertThat(l.supply().suppliers().get(0).trips()).isEqualTo(168);
        assertThat(l.supply().suppliers().get(0).trucksUsed()).isEqualTo(4);
        // loaded: departures at 1 … 168 h = 168 × 130 km; empty: each return starts at the delivery, 2 h
        // after its departure: at 2 … 168 h in the window [0.25 h, 168.25 h] = 167 × 130 km
        assertThat(l.supply().suppliers().get(0).co2Kg()).isCloseTo(168 * 130 * 0.96 + 167 * 130 * 0.75, within(1e-6));
    }

    /**
     * Two suppliers, CO2 by hand. A: 10 km every 1 h; B: 50 km every 2 h (trucks of 60 each,
     * plenty). Window [0.5 h, 10.5 h]. A departs at 1..10 h (10 trips, 100 km loaded) and its
     * returns start at the deliveries, 10 km / 65 km/h = 9.23 min after each departure: at
     * 0:09 (before the window), 1:09 … 10:09 = 10 (100 km empty). B departs at 2, 4, 6, 8, 10 h
     * (5 trips, 250 km loaded); its deliveries come 50/65 h = 46.2 min later: 0:46 … 10:46 →
     * returns in the window at 0:46, 2:46, 4:46, 6:46, 8:46 = 5 (250 km empty).
     * CO2 A = 100 × 0.96 + 100 × 0.75 = 171; B = 250 × 0.96 + 250 × 0.75 = 427.5.
     */
    @Test
    void co2OfTwoSuppliersByHand() {
        LineSpec spec = line(0.5 * H, 10 * H,
                List.of(part("a", 100, PartSpec.UNLIMITED), part("b", 100, PartSpec.UNLIMITED)),
                List.of(supplier("A", "a", 10, 60, TruckSpec.AS_NEEDED, new PolicySpec.Every(H), ReliabilitySpec.ALWAYS),
                        supplier("B", "b", 50, 60, TruckSpec.AS_NEEDED, new PolicySpec.Every(2 * H),
                                ReliabilitySpec.ALWAYS)));
        Report r = run(spec);
        Table s = r.table("suppliers").orElseThrow();
        assertThat(s.getDouble(0, "trips")).isEqualTo(10);
        assertThat(s.getDouble(0, "truck_km")).isCloseTo(200, within(1e-9));
        assertThat(s.getDouble(0, "co2_kg")).isCloseTo(171, within(1e-9));
        assertThat(s.getDouble(1, "trips")).isEqualTo(5);
        assertThat(s.getDouble(1, "truck_km")).isCloseTo(500, within(1e-9));
        assertThat(s.getDouble(1, "co2_kg")).isCloseTo(427.5, within(1e-9));
        double vehicles = get(r, "summary", 0, "vehicles_completed");
        assertThat(get(r, "summary", 0, "inbound_co2_kg_per_vehicle")).isCloseTo((171 + 427.5) / vehicles, within(1e-9));
    }

    /**
     * The same two suppliers seen from the supply: loaded and empty km apart (A 100 and 100, B
     * 250 and 250), parts delivered in the window (full trucks of 60: A's deliveries at 1:09 …
     * 10:09 = 600; B's at 0:46 … 8:46 = 300), both within the default 300 km radius.
     */
    @Test
    void kmAndPartsDeliveredOfTwoSuppliersByHand() {
        LineSpec spec = line(0.5 * H, 10 * H,
                List.of(part("a", 100, PartSpec.UNLIMITED), part("b", 100, PartSpec.UNLIMITED)),
                List.of(supplier("A", "a", 10, 60, TruckSpec.AS_NEEDED, new PolicySpec.Every(H), ReliabilitySpec.ALWAYS),
                        supplier("B", "b", 50, 60, TruckSpec.AS_NEEDED, new PolicySpec.Every(2 * H),
                                ReliabilitySpec.ALWAYS)));
        Line l = new Line(spec, 0);
        l.run();
        Supply supply = l.supply();
        assertThat(supply.withinRadiusShare()).isEqualTo(1.0);
        Supplier a = supply.suppliers().get(0);
        Supplier b = supply.suppliers().get(1);
        assertThat(a.name()).isEqualTo("A");
        assertThat(a.spec().name()).isEqualTo("A");
        assertThat(a.loadedKm()).isCloseTo(100, within(1e-9));
        assertThat(a.emptyKm()).isCloseTo(100, within(1e-9));
        assertThat(b.loadedKm()).isCloseTo(250, within(1e-9));
        assertThat(b.emptyKm()).isCloseTo(250, within(1e-9));
        assertThat(a.partsDelivered()).isEqualTo(600);
        assertThat(b.partsDelivered()).isEqualTo(300);
        assertThat(supply.stock("b").supplierName).isEqualTo("B");
    }

    /** Parts held in stock without a supplier: no supplier, so no share within the radius. */
    @Test
    void partsWithoutSuppliersHaveNoShareWithinTheRadius() {
        Line l = new Line(line(0, H, List.of(part("a", 100, PartSpec.UNLIMITED)), List.of()), 0);
        l.run();
        assertThat(l.supply().suppliers()).isEmpty();
        assertThat(l.supply().withinRadiusShare()).isNaN();
    }

    /**
     * Over-delivery: 40 parts every 30 min (80/h) for a 60/h line, stock capacity 50. The line
     * never waits for parts, the stock never exceeds 50, the surplus is overflow, and parts
     * are conserved: initial + delivered − overflow − consumed = final stock.
     */
    @Test
    void overDeliveryNeverStarvesAndStaysWithinCapacity() {
        LineSpec spec = line(0.25 * H, 48 * H, List.of(part("pack", 10, 50)),
                List.of(supplier("S", "pack", 5, 40, TruckSpec.AS_NEEDED, new PolicySpec.Every(0.5 * H),
                        ReliabilitySpec.ALWAYS)));
        Line l = new Line(spec, 0);
        l.run();
        LineSideStock s = l.supply().stock("pack");
        assertThat(s.stockoutHours(l.now())).isZero();
        assertThat(s.overflow()).isPositive();
        assertThat(s.meanLevel(l.now())).isBetween(0.0, 50.0);
        assertThat(s.level()).isBetween(0, 50);
        assertThat(s.initial() + s.deliveredTotal() - s.overflowTotal() - s.consumedTotal()).isEqualTo(s.level());
        // one vehicle a minute after the first delivery at 0:04.6: all consumed parts made vehicles
        assertThat(s.consumedTotal()).isEqualTo(l.completedTotal() + l.workInProcess());
        Report r = run(spec);
        assertThat(get(r, "stations", 0, "starved_parts_frac")).isZero();
        // the 10 initial parts last until the first delivery (0:04.6): completions at 60k s, never
        // waiting. The window [900 s, 173,700 s] has a completion on each edge, and both count
        // (the warm-up reset, scheduled at the start, fires before the completion due at 900 s):
        // k = 15 … 2895, 2881 vehicles in 48 h
        assertThat(get(r, "summary", 0, "vehicles_completed")).isEqualTo(2881);
        assertThat(get(r, "summary", 0, "throughput_per_hour")).isCloseTo(2881 / 48.0, within(1e-9));
    }

    /** Conservation under random delays and lateness, with a fleet limit and a finite stock. */
    @Test
    void partsAreConservedUnderRandomDelays() {
        SupplierSpec s = new SupplierSpec("S", Double.NaN, Double.NaN, 40, List.of("pack"),
                new TruckSpec(30, 65, 600, 600, 2), new DistributionSpec.Exponential(900),
                new ReliabilitySpec(0.7, new DistributionSpec.Exponential(3600)), new PolicySpec.ReorderPoint(25, 30));
        LineSpec spec = line(3 * H, 72 * H, List.of(part("pack", 40, 70)), List.of(s));
        Line l = new Line(spec, 3);
        l.run();
        LineSideStock st = l.supply().stock("pack");
        assertThat(st.initial() + st.deliveredTotal() - st.overflowTotal() - st.consumedTotal()).isEqualTo(st.level());
        assertThat(st.deliveredTotal()).isPositive();
    }

    /** on_time 0 with late_by 10 min: every delivery is late, and counted so. */
    @Test
    void everyDeliveryLateWhenOnTimeIsZero() {
        LineSpec spec = line(0.25 * H, 24 * H, List.of(part("pack", 0, PartSpec.UNLIMITED)),
                List.of(supplier("S", "pack", 65, 60, TruckSpec.AS_NEEDED, new PolicySpec.Every(H),
                        new ReliabilitySpec(0, new DistributionSpec.Constant(600)))));
        Report r = run(spec);
        double deliveries = get(r, "parts", 0, "deliveries");
        // departures each hour from 0, each arriving 1 h 10 min later: at 1:10 … 24:10 → 24 in [0:15, 24:15]
        assertThat(deliveries).isEqualTo(24);
        assertThat(get(r, "parts", 0, "late_deliveries")).isEqualTo(deliveries);
    }

    /**
     * Late shipments raise stockout hours monotonically: a reorder-point loop that just keeps
     * up when on time, with a late_by of 45 min; the mean over seeds grows as on_time falls.
     */
    @Test
    void lessReliableSuppliersMeanMoreStockoutHours() {
        double previous = -1;
        for (double onTime : new double[] {1.0, 0.9, 0.6, 0.3, 0.0}) {
            double sum = 0;
            for (int seed = 1; seed <= 5; seed++) {
                SupplierSpec s = new SupplierSpec("S", Double.NaN, Double.NaN, 32.5, List.of("pack"),
                        new TruckSpec(30, 65, 0, 0, 2), ZERO,
                        new ReliabilitySpec(onTime, new DistributionSpec.Constant(2700)),
                        new PolicySpec.ReorderPoint(40, 30));
                LineSpec spec = line(H, 48 * H, List.of(part("pack", 60, 120)), List.of(s));
                spec = new LineSpec(spec.name(), seed, spec.horizon(), spec.warmup(), null, spec.products(),
                        spec.sequence(), spec.release(), spec.stations(), List.of(), null, spec.logistics(),
                        spec.parts(), spec.suppliers());
                sum += get(run(spec), "parts", 0, "stockout_hours");
            }
            double mean = sum / 5;
            if (onTime == 1.0) assertThat(mean).isZero();
            assertThat(mean).as("stockout hours at on_time %s", onTime).isGreaterThan(previous);
            previous = mean;
        }
    }
}
