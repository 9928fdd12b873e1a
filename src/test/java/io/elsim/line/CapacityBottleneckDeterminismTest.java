package io.elsim.line;

import io.elsim.experiment.LineReport;
import io.elsim.model.CalendarSpec;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.StationSpec;
import io.elsim.report.Table;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Analytic capacity by hand, bottleneck detection, and determinism of runs. */
class CapacityBottleneckDeterminismTest {
    static final double EPS = 1e-9;

    static DistributionSpec.Exponential exp(double m) { return new DistributionSpec.Exponential(m); }

    static StationSpec station(String name, DistributionSpec cycle, int servers, int buffer,
                               FailureSpec failures, double scrap) {
        return new StationSpec(name, cycle, Map.of(), servers, 0, buffer, failures, null, null, scrap);
    }

    /**
     * Capacity (Hopp and Spearman, Factory Physics, ch. 7): station rate = servers ×
     * availability × 3600 / mean cycle. s1: 1 × 3600/50 = 72/h; s2: 2 × 3600/110 = 65.45/h;
     * s3: 1 × 0.9 × 3600/48 = 67.5/h (MTBF 3600, MTTR 400 → A = 0.9). Line max = min = s2.
     */
    static LineSpec threeStations() {
        FailureSpec f = new FailureSpec(exp(3600), exp(400), FailureSpec.Basis.BUSY);
        return LineSpec.of("cap", 21, 200 * 3600.0, 3600, new ReleaseSpec.Unlimited(), List.of(
                station("s1", exp(50), 1, 0, null, 0),
                station("s2", exp(110), 2, 2, null, 0),
                station("s3", new DistributionSpec.Constant(48), 1, 2, f, 0)));
    }

    @Test
    void capacity_by_hand_and_simulation_never_above_it() {
        Capacity.Result c = Capacity.of(threeStations());
        assertThat(c.stations().get(0).capacityPerHour()).isCloseTo(72, within(EPS));
        assertThat(c.stations().get(1).capacityPerHour()).isCloseTo(2 * 3600.0 / 110, within(EPS));
        assertThat(c.stations().get(2).capacityPerHour()).isCloseTo(67.5, within(EPS));
        assertThat(c.bottleneck()).isEqualTo("s2");
        assertThat(c.maxPerHour()).isCloseTo(2 * 3600.0 / 110, within(EPS));

        Replications r = Replications.run(threeStations(), 5);
        // throughput ≤ capacity, allowing for CI noise only
        assertThat(r.mean("throughput_per_hour") - r.halfWidth("throughput_per_hour", 0.99))
                .isLessThanOrEqualTo(c.maxPerHour());
        // and equal to each station's rate by the utilisation law X = U × servers / mean cycle
        // (Denning and Buzen 1978; every vehicle passes every station): for the exponential
        // stations 0 must lie in the 99 % interval of the per-replication difference; for s3
        // (constant 48 s) it holds to the partial cycles at the window's edges (≤ 2 × 48 s of
        // work and one vehicle in 200 h: 0.015 per hour)
        double[] thr = r.samples("throughput_per_hour");
        double[][] rates = {{1, 50}, {2, 110}};
        String[] exponential = {"s1", "s2"};
        for (int i = 0; i < exponential.length; i++) {
            double[] u = r.samples("station:" + exponential[i] + ":working_frac");
            double[] d = new double[thr.length];
            for (int k = 0; k < d.length; k++) d[k] = thr[k] - u[k] * rates[i][0] * 3600 / rates[i][1];
            assertThat(Math.abs(Replications.mean(d))).as("utilisation law at %s", exponential[i])
                    .isLessThanOrEqualTo(Replications.halfWidth(d, 0.99));
        }
        double[] u3 = r.samples("station:s3:working_frac");
        for (int k = 0; k < thr.length; k++) {
            assertThat(thr[k]).as("utilisation law at s3, replication %d", k).isCloseTo(u3[k] * 3600 / 48, within(0.015));
        }
        assertThat(r.mean("analytic_max_per_hour")).isCloseTo(c.maxPerHour(), within(EPS));
        r.assertLittle(0.05);
    }

    /**
     * Scrap 0.2 at s1 (50 s): s1 turns out 72/h but only 0.8 × 72 = 57.6/h survive to the end;
     * s2 (55 s) has 65.45/h. The output bottleneck is s1, max 57.6/h.
     */
    @Test
    void capacity_with_scrap() {
        LineSpec spec = LineSpec.of("scrapcap", 1, 3600, 0, new ReleaseSpec.Unlimited(), List.of(
                station("s1", new DistributionSpec.Constant(50), 1, 0, null, 0.2),
                station("s2", new DistributionSpec.Constant(55), 1, 0, null, 0)));
        Capacity.Result c = Capacity.of(spec);
        assertThat(c.bottleneck()).isEqualTo("s1");
        assertThat(c.maxPerHour()).isCloseTo(57.6, within(EPS));
    }

    /**
     * Under a calendar: one 60 s station (60/h), Mon–Fri 06:00–14:00 at the station's pace
     * (release unlimited) and 14:00–22:00 at takt 72 s (50/h). Weekly = 5 × (8 × 60 + 8 × 50)
     * = 4400; per calendar hour 4400/168; the simulation with the same calendar gives exactly
     * 4400 in the first week (no vehicle is cut by a shift end: cycles divide 8 h).
     */
    @Test
    void capacity_under_a_calendar() {
        var days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        CalendarSpec cal = new CalendarSpec(52, List.of(new ShiftSpec(days, 6 * 60, 14 * 60, null),
                new ShiftSpec(days, 14 * 60, 22 * 60, 72.0)));
        LineSpec spec = new LineSpec("calcap", 1, 168 * 3600.0, 0, cal,
                List.of(new ProductSpec(LineSpec.DEFAULT_PRODUCT, 1)), new SequenceSpec.Random(),
                new ReleaseSpec.Unlimited(), List.of(station("s", new DistributionSpec.Constant(60), 1, 0, null, 0)),
                List.of());
        Capacity.Result c = Capacity.of(spec);
        assertThat(c.maxPerWeek()).isCloseTo(4400, within(1e-6));
        assertThat(c.maxPerHour()).isCloseTo(4400.0 / 168, within(EPS));
        assertThat(c.maxPerYear()).isCloseTo(4400 * 52, within(1e-6));
        assertThat(c.weeklyOnHours()).isCloseTo(80, within(EPS));
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        assertThat(line.completedTotal()).isEqualTo(4400);
    }

    /**
     * Active-period method (Roser, Nakano and Tanaka 2002): exponential cycles of mean 1.0,
     * 1.5, 1.0 with buffers of 2: the middle station is slowest by construction and must be
     * the bottleneck of every replication, with the largest share.
     */
    @Test
    void bottleneck_is_the_slowest_station() {
        LineSpec spec = LineSpec.of("bn", 3, 20_000, 500, new ReleaseSpec.Unlimited(), List.of(
                station("a", exp(1.0), 1, 0, null, 0), station("b", exp(1.5), 1, 2, null, 0),
                station("c", exp(1.0), 1, 2, null, 0)));
        Replications r = Replications.run(spec, 5);
        assertThat(r.bottlenecks).containsOnly("b");
        double b = r.mean("station:b:active_period_share");
        assertThat(b).isGreaterThan(r.mean("station:a:active_period_share"))
                .isGreaterThan(r.mean("station:c:active_period_share"));
        r.assertLittle(0.05);
    }

    /**
     * The same line with constant cycles 1.0, 1.5, 1.0 s, by hand: from t = 1 s b always has a
     * vehicle waiting (a is faster) and a place downstream (c is faster), so it never stops; its
     * one active period covers the whole window and is the longest at every instant. b is the
     * sole bottleneck all the time (share 1), with no shifting; a and c (active 1 s at a time)
     * never are.
     */
    @Test
    void a_station_that_never_stops_is_the_sole_bottleneck_all_the_time() {
        LineSpec spec = LineSpec.of("bn-det", 3, 20_000, 500, new ReleaseSpec.Unlimited(), List.of(
                station("a", new DistributionSpec.Constant(1.0), 1, 0, null, 0),
                station("b", new DistributionSpec.Constant(1.5), 1, 2, null, 0),
                station("c", new DistributionSpec.Constant(1.0), 1, 2, null, 0)));
        Map<String, Double> m = HandCalculationTest.run(spec);
        assertThat(m.get("station:b:sole_bottleneck_share")).isCloseTo(1, within(EPS));
        assertThat(m.get("station:b:working_frac")).isCloseTo(1, within(EPS));
        for (String s : List.of("a", "b", "c")) {
            assertThat(m.get("station:" + s + ":shifting_bottleneck_share")).as(s).isCloseTo(0, within(EPS));
        }
        assertThat(m.get("station:a:active_period_share")).isCloseTo(0, within(EPS));
        assertThat(m.get("station:c:active_period_share")).isCloseTo(0, within(EPS));
    }

    /**
     * Two equal exponential stations (mean 1, buffer 2). a stops only when blocked, and then b
     * works; b stops only when starved, and then a works: at every instant at least one is
     * active, so a bottleneck exists all the time and sole a + sole b + shifting = 1 exactly,
     * the shifting time being the same overlap for both. By symmetry (the line reversed in time,
     * vehicles and free places swapped, is the same line with a and b swapped: Yamazaki and
     * Sakasegawa 1975) a and b have the same expected share: 0 lies in the 99 % interval of the
     * per-replication difference.
     */
    @Test
    void equal_stations_share_a_shifting_bottleneck() {
        LineSpec spec = LineSpec.of("bn2", 4, 20_000, 500, new ReleaseSpec.Unlimited(), List.of(
                station("a", exp(1.0), 1, 0, null, 0), station("b", exp(1.0), 1, 2, null, 0)));
        Replications r = Replications.run(spec, 5);
        double[] soleA = r.samples("station:a:sole_bottleneck_share");
        double[] soleB = r.samples("station:b:sole_bottleneck_share");
        double[] shiftA = r.samples("station:a:shifting_bottleneck_share");
        double[] shiftB = r.samples("station:b:shifting_bottleneck_share");
        double[] shareA = r.samples("station:a:active_period_share");
        double[] shareB = r.samples("station:b:active_period_share");
        double[] diff = new double[soleA.length];
        for (int k = 0; k < soleA.length; k++) {
            assertThat(shiftB[k]).isCloseTo(shiftA[k], within(EPS));
            assertThat(soleA[k] + soleB[k] + shiftA[k]).as("replication %d", k).isCloseTo(1, within(EPS));
            diff[k] = shareA[k] - shareB[k];
        }
        assertThat(Math.abs(Replications.mean(diff))).as("symmetry").isLessThanOrEqualTo(Replications.halfWidth(diff, 0.99));
        assertThat(Replications.mean(shiftA)).as("the bottleneck shifts").isGreaterThan(Replications.halfWidth(shiftA, 0.99));
    }

    static List<Table> runTables(LineSpec spec, int rep) {
        Line line = new Line(spec, rep);
        line.run();
        return LineReport.tables(line);
    }

    @Test
    void same_spec_and_replication_give_identical_tables() {
        for (LineSpec spec : List.of(threeStations(), TandemBlockingTest.tandem(1, 2, 1))) {
            LineSpec shorter = LineSpec.of(spec.name(), spec.seed(), 20_000, 100, spec.release(), spec.stations());
            List<Table> x = runTables(shorter, 2);
            List<Table> y = runTables(shorter, 2);
            assertThat(x).hasSameSizeAs(y);
            for (int t = 0; t < x.size(); t++) {
                assertThat(x.get(t).columns()).isEqualTo(y.get(t).columns());
                assertThat(x.get(t).size()).isEqualTo(y.get(t).size());
                for (int row = 0; row < x.get(t).size(); row++) {
                    assertThat(x.get(t).rows().get(row)).as("table %s row %d", x.get(t).name(), row)
                            .containsExactly(y.get(t).rows().get(row));
                }
            }
            // and another replication really differs
            assertThat(runTables(shorter, 3).get(0).rows().get(0)).isNotEqualTo(x.get(0).rows().get(0));
        }
    }

    /**
     * Each random process has its own stream (docs/architecture.md): a station added at the end of the
     * line must not change station a's draws. Release every 120 s into a (exponential, mean
     * 60 s): a is never blocked in [a] nor in [a, b] with a fast b (1 s) behind an unlimited
     * buffer, so a processes the same vehicles with the same cycle times.
     */
    @Test
    void adding_a_station_at_the_end_leaves_the_others_samples_unchanged() {
        StationSpec a = station("a", exp(60), 1, StationSpec.UNLIMITED, null, 0);
        StationSpec b = station("b", new DistributionSpec.Constant(1), 1, StationSpec.UNLIMITED, null, 0);
        for (int rep = 0; rep < 3; rep++) {
            Table one = runTables(LineSpec.of("x", 8, 100 * 3600.0, 0, new ReleaseSpec.Takt(120), List.of(a)), rep).get(1);
            Table two = runTables(LineSpec.of("x", 8, 100 * 3600.0, 0, new ReleaseSpec.Takt(120), List.of(a, b)), rep).get(1);
            for (String col : List.of("processed", "mean_cycle_s", "working_frac", "starved_frac", "blocked_frac")) {
                assertThat(two.get(0, col)).as(col).isEqualTo(one.get(0, col));
            }
            assertThat(two.getDouble(0, "blocked_frac")).isZero();
        }
    }
}
