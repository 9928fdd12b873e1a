package io.elsim.line;

import io.elsim.experiment.LineReport;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import io.elsim.model.TargetSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The report tables built from a finished line (experiment.LineReport): which tables a report
 * holds, and the summary, stations, feeders, targets and capacity cells worked out by hand.
 */
class LineReportTablesTest {
    static final double EPS = 1e-9;

    static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }

    static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Release every 60 s into one station of 50 s, 24/7, warm-up 30 s, horizon 1 h: vehicle k
     * leaves at 60k + 50, so k = 0 … 59 in (30, 3630]: 60 an hour, 60 × 168 = 10,080 a week,
     * 10,080 / 7 = 1,440 a day (24/7: seven working days), 10,080 × 52 = 524,160 a year. Each
     * vehicle is out before the next comes: one vehicle object serves the whole run. A line
     * without feeders, supply, energy or targets has only the four basic tables.
     */
    @Test
    void a_plain_line_has_four_tables_and_its_output_per_day_and_year() {
        Line line = new Line(LineSpec.of("plain", 1, 3600, 30, new ReleaseSpec.Takt(60),
                List.of(StationSpec.simple("s", c(50), 1, 0))), 0);
        line.run();
        List<Table> tables = LineReport.tables(line);
        assertThat(names(tables)).containsExactly("summary", "stations", "buffers", "products");
        assertThat(line.supply()).isNull();
        Table summary = tables.get(0);
        assertThat(summary.getDouble(0, "vehicles_completed")).isEqualTo(60);
        assertThat(summary.getDouble(0, "output_per_week")).isCloseTo(10_080, within(1e-6));
        assertThat(summary.getDouble(0, "output_per_day")).isCloseTo(1_440, within(1e-6));
        assertThat(summary.getDouble(0, "annual_output")).isCloseTo(524_160, within(1e-6));
        assertThat(line.vehiclesAllocated()).isEqualTo(1);
        // two stations of 50 s: vehicle k is in the plant over [60k, 60k + 100), so two at once at most
        Line two = new Line(LineSpec.of("two", 1, 3600, 30, new ReleaseSpec.Takt(60),
                List.of(StationSpec.simple("a", c(50), 1, 0), StationSpec.simple("b", c(50), 1, 0))), 0);
        two.run();
        assertThat(two.vehiclesAllocated()).isEqualTo(2);
    }

    /**
     * Stations a and b of 50 s with two operators each, release every 60 s, horizon 80 s: the
     * first vehicle leaves a at 50 s and is still in b at 80 s. Nothing is completed, so the
     * labour hours per vehicle and a's visits per vehicle (1 processed / 0) are undefined (NaN),
     * not infinite.
     */
    @Test
    void with_nothing_completed_per_vehicle_figures_are_undefined() {
        StationSpec a = new StationSpec("a", c(50), Map.of(), 1, 2, 0, null, null, null, 0);
        StationSpec b = new StationSpec("b", c(50), Map.of(), 1, 2, 0, null, null, null, 0);
        Line line = new Line(LineSpec.of("none", 1, 80, 0, new ReleaseSpec.Takt(60), List.of(a, b)), 0);
        line.run();
        List<Table> tables = LineReport.tables(line);
        Table summary = tables.get(0);
        assertThat(summary.getDouble(0, "vehicles_completed")).isZero();
        assertThat(summary.getDouble(0, "labour_hours_per_vehicle")).isNaN();
        Table stations = tables.get(1);
        assertThat(stations.get(0, "name")).isEqualTo("a");
        assertThat(((Number) stations.get(0, "processed")).longValue()).isEqualTo(1);
        assertThat(stations.getDouble(0, "visits_per_vehicle")).isNaN();
        assertThat(table(tables, "products").getDouble(0, "share")).isNaN();
    }

    /**
     * Trucks bring modules every hour while the only station takes 10 h a vehicle: in 5 h the
     * trucks have driven (CO2 &gt; 0) and nothing is completed, so the inbound CO2 per vehicle is
     * undefined (NaN), not infinite.
     */
    @Test
    void inbound_co2_per_vehicle_is_undefined_with_nothing_completed() {
        Line line = FeederHandCalculationTest.run("""
                release: {takt: 60s}
                horizon: 5h
                stations:
                  - {name: s, cycle: 10h}
                parts:
                  - {name: module, station: s, per_vehicle: 2, stock: {initial: 0, capacity: 40}}
                suppliers:
                  - {name: AESC, distance_km: 1, parts: [module], truck: {capacity: 20, speed_kmh: 60}, policy: {every: 1h}}
                """);
        assertThat(line.supply().co2Kg()).isPositive();
        Table summary = LineReport.tables(line).get(0);
        assertThat(summary.getDouble(0, "vehicles_completed")).isZero();
        assertThat(summary.getDouble(0, "inbound_co2_kg_per_vehicle")).isNaN();
    }

    /**
     * Shifts Monday 00:00-01:00 at a takt of 3,000 s and 01:00-02:00 at the line's 60 s; one
     * station of 7,200 s. Vehicle 0 enters at 0 and its completion, due at 02:00, was scheduled
     * at time 0, before the takt change at 01:00 scheduled the shift end at 02:00: it fires
     * first and completes on shift. With the warm-up ending at 02:00 (its reset fires before
     * both) and a measured hour 02:00-03:00 all off shift, the run counts one vehicle in no hour
     * on shift: vehicles per hour on shift are undefined (NaN), not infinite.
     */
    @Test
    void output_per_hour_on_shift_is_undefined_without_an_hour_on_shift() {
        Line line = FeederHandCalculationTest.run("""
                release: {takt: 60s}
                warmup: 2h
                horizon: 1h
                calendar:
                  shifts:
                    - {days: Mon, from: "00:00", to: "01:00", takt: 3000s}
                    - {days: Mon, from: "01:00", to: "02:00"}
                stations: [{name: s, cycle: 7200s}]
                """);
        assertThat(line.onShiftHours()).isZero();
        Table summary = LineReport.tables(line).get(0);
        assertThat(summary.getDouble(0, "vehicles_completed")).isEqualTo(1);
        assertThat(summary.getDouble(0, "jph_on_shift")).isNaN();
    }

    /**
     * A vehicle every 10 h into a station of 60 s, measured from 100 s to 1,100 s: the station is
     * active only over [0, 60), before the measured period, so no station has a bottleneck share
     * and the line has no bottleneck.
     */
    @Test
    void a_line_idle_over_the_measured_period_has_no_bottleneck() {
        Line line = new Line(LineSpec.of("idle", 1, 1000, 100, new ReleaseSpec.Takt(36_000),
                List.of(StationSpec.simple("s", c(60), 1, 0))), 0);
        line.run();
        assertThat(line.stations().get(0).processed()).isZero();
        assertThat(LineReport.bottleneck(line)).isNull();
        assertThat(LineReport.tables(line).get(0).get(0, "bottleneck")).isNull();
    }

    /**
     * Stations s1 (40 s) and s2 (50 s) without buffers, release every 60 s: s1 is active over
     * [60k, 60k + 40), s2 over [60k + 40, 60k + 90). By the active-period method the momentary
     * bottleneck is the station whose current active period is longest: s2 over [60k + 40,
     * 60k + 90) (its 50 s period beats s1's 40 s one where they overlap), s1 over [60k + 90,
     * 60k + 100) where s2 is idle. Successive bottlenecks s2 then s1 overlap on [60k + 60,
     * 60k + 90): 30 s shifting for both; the rest is sole: s2 50 − 30 = 20 s, s1 10 s, per
     * 60 s. Shares: s1 sole 1/6, shifting 1/2, active 2/3; s2 sole 1/3, shifting 1/2, active
     * 5/6, the larger: s2 is the line's bottleneck. Warm-up 600 s and horizon 6000 s are whole
     * periods.
     */
    @Test
    void active_period_shares_add_sole_and_shifting_time_and_name_the_bottleneck() {
        Line line = new Line(LineSpec.of("shares", 1, 6000, 600, new ReleaseSpec.Takt(60),
                List.of(StationSpec.simple("s1", c(40), 1, 0), StationSpec.simple("s2", c(50), 1, 0))), 0);
        line.run();
        List<Table> tables = LineReport.tables(line);
        Table st = tables.get(1);
        double tol = 1e-9;
        assertThat(st.getDouble(0, "sole_bottleneck_share")).isCloseTo(1.0 / 6, within(tol));
        assertThat(st.getDouble(0, "shifting_bottleneck_share")).isCloseTo(0.5, within(tol));
        assertThat(st.getDouble(0, "active_period_share")).isCloseTo(2.0 / 3, within(tol));
        assertThat(st.getDouble(1, "sole_bottleneck_share")).isCloseTo(1.0 / 3, within(tol));
        assertThat(st.getDouble(1, "shifting_bottleneck_share")).isCloseTo(0.5, within(tol));
        assertThat(st.getDouble(1, "active_period_share")).isCloseTo(5.0 / 6, within(tol));
        for (int row = 0; row < 2; row++) {
            assertThat(st.getDouble(row, "active_period_share")).isCloseTo(
                    st.getDouble(row, "sole_bottleneck_share") + st.getDouble(row, "shifting_bottleneck_share"),
                    within(EPS));
        }
        assertThat(tables.get(0).get(0, "bottleneck")).isEqualTo("s2");
        assertThat(LineReport.bottleneck(line)).isEqualTo("s2");
    }

    /**
     * A push feeder at a takt of 90 s (its station 30 s) into a line that could take a vehicle a
     * minute (FeederHandCalculationTest): unit k is released at 90k and enters the store at
     * 90k + 30, where the vehicle released meanwhile takes it at once. In (945, 9945]: k = 11 …
     * 110, 100 units, each built in 30 s, never more than one in the store; 100 vehicles in
     * 2.5 h is 40 an hour, which meets "&gt;= 40" and not "&gt; 40".
     */
    @Test
    void feeders_and_targets_tables_of_a_plant() {
        Line line = FeederHandCalculationTest.run("""
                release: {takt: 60s}
                warmup: 945s
                horizon: 9000s
                targets:
                  throughput_per_hour: ">= 40"
                  jph_on_shift: "> 40"
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
        List<Table> tables = LineReport.tables(line);
        assertThat(names(tables)).containsExactly("summary", "stations", "buffers", "products", "feeders", "targets");
        Table feeders = table(tables, "feeders");
        assertThat(feeders.size()).isEqualTo(1);
        assertThat(feeders.get(0, "name")).isEqualTo("seats");
        assertThat(feeders.get(0, "into")).isEqualTo("marriage");
        assertThat(feeders.getDouble(0, "produced")).isEqualTo(100);
        assertThat(feeders.getDouble(0, "store_max")).isEqualTo(1);
        assertThat(feeders.getDouble(0, "build_time_mean_h")).isCloseTo(30.0 / 3600, within(EPS));
        Table targets = table(tables, "targets");
        assertThat(targets.get(0, "name")).isEqualTo("throughput_per_hour");
        assertThat(targets.getDouble(0, "value")).isCloseTo(40, within(EPS));
        assertThat(targets.get(0, "met")).isEqualTo(true);
        assertThat(targets.get(1, "name")).isEqualTo("jph_on_shift");
        assertThat(targets.get(1, "met")).isEqualTo(false);
    }

    /** Targets against a summary row: met, not met, an undefined value, a field the summary lacks. */
    @Test
    void targets_are_checked_against_the_summary_and_unknown_or_undefined_values_are_not_met() {
        Table summary = new Table("summary", List.of("name", "x", "y"));
        summary.addRow("line", 5.0, Double.NaN);
        Table t = LineReport.targets(List.of(
                new TargetSpec("x", TargetSpec.Op.GE, 5, ">= 5"),
                new TargetSpec("x", TargetSpec.Op.LT, 5, "< 5"),
                new TargetSpec("y", TargetSpec.Op.LE, 1e9, "<= 1e9"),
                new TargetSpec("z", TargetSpec.Op.GE, 0, ">= 0")), summary);
        assertThat(t.name()).isEqualTo("targets");
        assertThat(t.columns()).containsExactly("name", "target", "value", "met");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.rows().get(0)).containsExactly("x", ">= 5", 5.0, true);
        assertThat(t.rows().get(1)).containsExactly("x", "< 5", 5.0, false);
        assertThat(t.get(2, "met")).isEqualTo(false);
        assertThat(t.getDouble(2, "value")).isNaN();
        assertThat(t.get(3, "name")).isEqualTo("z");
        assertThat(t.getDouble(3, "value")).isNaN();
        assertThat(t.get(3, "met")).isEqualTo(false);
    }

    static Capacity.Result capacity(List<Capacity.ProductVisits> visits, List<Capacity.SupplyCapacity> supply) {
        return new Capacity.Result(List.of(
                new Capacity.StationCapacity("a", 1, 50, 1, 72, 72, 1),
                new Capacity.StationCapacity("b", 2, 90, 0.9, 72, 36, 2)),
                "b", 36, 30, 4000, 200_000, 0.05, 1.8, 120, supply, visits);
    }

    /** The capacity command's tables hold what the result says, and only the parts it has. */
    @Test
    void capacity_tables_hold_visits_and_suppliers_only_when_there_are_some() {
        List<Table> plain = LineReport.capacityTables(capacity(List.of(), List.of()));
        assertThat(names(plain)).containsExactly("summary", "stations");
        assertThat(plain.get(0).rows().get(0)).containsExactly("b", 36.0, 30.0, 4000.0, 200_000.0, 0.05, 1.8, 120.0);
        assertThat(plain.get(1).rows().get(1))
                .containsExactly("b", StationStats.MAIN_LINE, 2, 90.0, 0.9, 72.0, 2.0, 36.0, true);
        assertThat(plain.get(1).get(0, "capacity_bottleneck")).isEqualTo(false);

        List<Table> visits = LineReport.capacityTables(capacity(
                List.of(new Capacity.ProductVisits("b", "R5", 2)), List.of()));
        assertThat(names(visits)).containsExactly("summary", "stations", "visits");
        assertThat(visits.get(2).rows().get(0)).containsExactly("b", "R5", 2.0);

        List<Table> all = LineReport.capacityTables(capacity(
                List.of(new Capacity.ProductVisits("b", "R5", 2)),
                List.of(new Capacity.SupplyCapacity("tyres", "wheel", 4, 100, 25),
                        new Capacity.SupplyCapacity("b", "seat", 1, 50, 50))));
        assertThat(names(all)).containsExactly("summary", "stations", "visits", "suppliers");
        assertThat(all.get(3).rows().get(0)).containsExactly("tyres", "wheel", 4.0, 100.0, 25.0, false);
        assertThat(all.get(3).rows().get(1)).containsExactly("b", "seat", 1.0, 50.0, 50.0, true);
        List<Table> supplyOnly = LineReport.capacityTables(capacity(List.of(),
                List.of(new Capacity.SupplyCapacity("tyres", "wheel", 4, 100, 25))));
        assertThat(names(supplyOnly)).containsExactly("summary", "stations", "suppliers");
    }
}
