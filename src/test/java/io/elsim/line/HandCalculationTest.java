package io.elsim.line;

import io.elsim.experiment.LineReport;
import io.elsim.model.CalendarSpec;
import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.SetupSpec;
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

/**
 * Deterministic lines whose every event can be worked out by hand: exact counts, exact
 * state fractions, exact build times. Times in seconds; windows are chosen so that no
 * completion coincides with the warm-up or the horizon.
 */
class HandCalculationTest {
    static final double EPS = 1e-9;

    static DistributionSpec.Constant c(double s) { return new DistributionSpec.Constant(s); }

    static Map<String, Double> run(LineSpec spec) {
        Line line = new Line(spec, 0);
        line.run();
        Replications.checkInvariants(line);
        return Replications.flatten(LineReport.tables(line));
    }

    /**
     * Cycles 10, 30, 20 s, no buffers, unlimited source. By hand: v1 is at s1 0–10, s2 10–40,
     * s3 40–60 (build time 60). v2 enters at 10, is done at 20 and blocked until 40; from then
     * s2 works without a break, so one vehicle leaves every 30 s (at 60 + 30k). Per 30 s
     * period s1 works 10 and is blocked 20 (2/3); s3 works 20 and starves 10 (1/3). Vehicle k
     * ≥ 2 enters s1 when s1 unblocks (30k − 50 for k≥2) and completes 80 s later: build 80 s,
     * WIP = 1 + 1 + 2/3 = 8/3 (= λW = 80/30, Little).
     */
    @Test
    void deterministic_line_with_blocking() {
        List<StationSpec> st = List.of(StationSpec.simple("s1", c(10), 1, 0),
                StationSpec.simple("s2", c(30), 1, 0), StationSpec.simple("s3", c(20), 1, 0));
        // start-up: the first vehicle's build time is 60 s
        Map<String, Double> first = run(LineSpec.of("det", 1, 61, 0, new ReleaseSpec.Unlimited(), st));
        assertThat(first.get("vehicles_completed")).isEqualTo(1.0);
        assertThat(first.get("build_time_mean_h") * 3600).isCloseTo(60, within(EPS));

        // window (3010, 33010]: completions at 60 + 30k for k = 99 … 1098, i.e. 1000
        Map<String, Double> m = run(LineSpec.of("det", 1, 30_000, 3_010, new ReleaseSpec.Unlimited(), st));
        assertThat(m.get("vehicles_completed")).isEqualTo(1000.0);
        assertThat(m.get("throughput_per_hour")).isCloseTo(3600.0 / 30, within(EPS));
        assertThat(m.get("build_time_mean_h") * 3600).isCloseTo(80, within(EPS));
        assertThat(m.get("wip_mean")).isCloseTo(8.0 / 3, within(EPS));
        assertThat(m.get("station:s1:working_frac")).isCloseTo(1.0 / 3, within(EPS));
        assertThat(m.get("station:s1:blocked_frac")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.get("station:s2:working_frac")).isCloseTo(1.0, within(EPS));
        assertThat(m.get("station:s3:working_frac")).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.get("station:s3:starved_frac")).isCloseTo(1.0 / 3, within(EPS));
        // Little's law holds exactly over a whole number of periods
        assertThat(m.get("wip_mean")).isCloseTo(m.get("throughput_per_hour") * m.get("build_time_mean_h"), within(EPS));
    }

    /**
     * Release takt 60 s into two stations of 50 s, no buffers, horizon 3630 s, no warm-up.
     * Vehicle k is released at 60k (k = 0 … 60 by 3600: 61 releases), works at s1 over
     * [60k, 60k+50) and s2 over [60k+50, 60k+100) and completes at 60k+100 ≤ 3630 for
     * k ≤ 58: 59 completions, WIP 2 at the end; build time 100 s; never blocked (50 < 60).
     */
    @Test
    void takt_released_deterministic_line() {
        Line line = new Line(LineSpec.of("takt", 1, 3630, 0, new ReleaseSpec.Takt(60), List.of(
                StationSpec.simple("s1", c(50), 1, 0), StationSpec.simple("s2", c(50), 1, 0))), 0);
        line.run();
        Replications.checkInvariants(line);
        Map<String, Double> m = Replications.flatten(LineReport.tables(line));
        assertThat(line.releasedTotal()).isEqualTo(61);
        assertThat(line.completedTotal()).isEqualTo(59);
        assertThat(line.workInProcess()).isEqualTo(2);
        assertThat(m.get("build_time_mean_h") * 3600).isCloseTo(100, within(EPS));
        // s1: 60 full cycles (k = 0 … 59) + 30 s of k = 60 → 3030 s
        assertThat(m.get("station:s1:working_frac")).isCloseTo(3030.0 / 3630, within(EPS));
        // s2: k = 0 … 58 full (59·50 = 2950) + 40 s of k = 59 ([3590, 3630)) → 2990 s
        assertThat(m.get("station:s2:working_frac")).isCloseTo(2990.0 / 3630, within(EPS));
        assertThat(m.get("station:s1:blocked_frac")).isCloseTo(0, within(EPS));
        assertThat(m.get("station:s2:blocked_frac")).isCloseTo(0, within(EPS));
    }

    static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Mon–Fri 05:30–13:30 and 13:30–21:30 at the line takt, 21:30–05:30 at 120 s. */
    static LineSpec shifted(double horizon, double warmup) {
        CalendarSpec cal = new CalendarSpec(52, List.of(
                new ShiftSpec(MON_FRI, 5 * 60 + 30, 13 * 60 + 30, null),
                new ShiftSpec(MON_FRI, 13 * 60 + 30, 21 * 60 + 30, null),
                new ShiftSpec(MON_FRI, 21 * 60 + 30, 5 * 60 + 30, 120.0)));
        return new LineSpec("shifts", 1, horizon, warmup, cal,
                List.of(new ProductSpec(LineSpec.DEFAULT_PRODUCT, 1)), new SequenceSpec.Random(),
                new ReleaseSpec.Takt(60), List.of(StationSpec.simple("a", c(50), 1, 0),
                StationSpec.simple("b", c(40), 1, 0)), List.of());
    }

    /**
     * By hand (time 0 = Monday 00:00; Mon 05:30 = 19 800 s). The line is off until Mon 05:30;
     * the release then fires at 19 800 + 60k. Day shifts (16 h) give 960 releases; the release
     * due at 21:30 runs after the calendar change (scheduled earlier, FIFO), which sets the takt
     * to 120 s, so the night gives 240 releases at 77 400 + 120j, j = 0 … 239; the one due at
     * 05:30 again runs after the change back to 60 s. Per working day 960 + 240 = 1200, per week
     * 5 × 1200 = 6000 (the release due at Sat 05:30 is frozen by the shift end). A vehicle is
     * done 90 s after release, always within a shift, so completions per week = 6000 too.
     * Completions per shift, window (start, end]: early shift 19 890 + 60k ≤ 48 600 → 479;
     * late shift 480; night: the late shift's last vehicle (done 77 430) + 240 = 241.
     * Off hours: Mon 00:00–05:30 and Sat 05:30–Mon 00:00 = 5.5 + 42.5 = 48 of 168.
     */
    @Test
    void shift_calendar_counts_by_hand() {
        double h = 3600;
        Line week = new Line(shifted(168 * h, 0), 0);
        week.run();
        Replications.checkInvariants(week);
        assertThat(week.releasedTotal()).isEqualTo(6000);
        assertThat(week.completedTotal()).isEqualTo(6000);
        Map<String, Double> m = Replications.flatten(LineReport.tables(week));
        assertThat(m.get("vehicles_completed")).isEqualTo(6000.0);
        assertThat(m.get("output_per_week")).isCloseTo(6000, within(1e-6));
        assertThat(m.get("jph_on_shift")).isCloseTo(6000.0 / 120, within(EPS));
        for (String s : List.of("a", "b")) {
            assertThat(m.get("station:" + s + ":off_shift_frac")).isCloseTo(48.0 / 168, within(EPS));
        }
        // working: a 6000 × 50 s, b 6000 × 40 s
        assertThat(m.get("station:a:working_frac")).isCloseTo(6000 * 50 / (168 * h), within(EPS));
        assertThat(m.get("station:b:working_frac")).isCloseTo(6000 * 40 / (168 * h), within(EPS));

        // releases per shift, from the cumulative count 1 s before each shift ends
        double mon0530 = 5.5 * h;
        long[] cumulative = new long[4];
        double[] cuts = {mon0530 + 8 * h - 1, mon0530 + 16 * h - 1, mon0530 + 24 * h - 1, mon0530 + 32 * h - 1};
        for (int i = 0; i < cuts.length; i++) {
            Line l = new Line(shifted(cuts[i], 0), 0);
            l.run();
            cumulative[i] = l.releasedTotal();
        }
        assertThat(cumulative).containsExactly(480, 960, 1200, 1680);

        // completions per shift: warm-up = shift start, horizon = 8 h
        double[] starts = {mon0530, mon0530 + 8 * h, mon0530 + 16 * h, mon0530 + 24 * h, mon0530 + 4 * 24 * h + 16 * h};
        double[] expected = {479, 480, 241, 479, 241};
        for (int i = 0; i < starts.length; i++) {
            Map<String, Double> s = run(shifted(8 * h, starts[i]));
            assertThat(s.get("vehicles_completed")).as("completions in shift %d", i).isEqualTo(expected[i]);
        }
    }

    static LineSpec mixed(SetupSpec setup, double horizon, double warmup) {
        StationSpec s = new StationSpec("s", c(60), Map.of("A", c(40), "B", c(80)), 1, 0, 0,
                null, setup, null, 0);
        return new LineSpec("mix", 1, horizon, warmup, null,
                List.of(new ProductSpec("A", 0.5), new ProductSpec("B", 0.5)),
                new SequenceSpec.Repeat(List.of("A", "B")), new ReleaseSpec.Unlimited(), List.of(s), List.of());
    }

    /**
     * One station, A (40 s) and B (80 s) alternating, unlimited source. Rate = 1 / Σ shareᵢ·cᵢ
     * = 1 / (0.5·40 + 0.5·80) = 1/60 per s = 60/h. A completes at 40 + 120m, B at 120 + 120m:
     * in (1210, 121 210] m = 10 … 1009 for each, 2000 in 120 000 s.
     */
    @Test
    void mixed_products_alternating() {
        Map<String, Double> m = run(mixed(null, 120_000, 1_210));
        assertThat(m.get("vehicles_completed")).isEqualTo(2000.0);
        assertThat(m.get("throughput_per_hour")).isCloseTo(3600.0 / (0.5 * 40 + 0.5 * 80), within(EPS));
        assertThat(m.get("station:s:working_frac")).isCloseTo(1.0, within(EPS));
        assertThat(m.get("station:s:mean_cycle_s")).isCloseTo(60, within(EPS));
    }

    /**
     * The same with a 10 s changeover on every product change: in a strict alternation every
     * vehicle but the first needs one, so a pair takes 40 + 10 + 80 + 10 = 140 s and the rate
     * is 1/(60 + 10) per s. A completes at 40 + 140m, B at 130 + 140m: in (1410, 141 410]
     * m = 10 … 1009 for each, 2000 in 140 000 s; setup 20 s of every 140.
     */
    @Test
    void mixed_products_with_setup_on_every_change() {
        Map<String, Double> m = run(mixed(new SetupSpec(c(10), SetupSpec.When.PRODUCT_CHANGE), 140_000, 1_410));
        assertThat(m.get("vehicles_completed")).isEqualTo(2000.0);
        assertThat(m.get("throughput_per_hour")).isCloseTo(3600.0 / 70, within(EPS));
        assertThat(m.get("station:s:setup_frac")).isCloseTo(20.0 / 140, within(EPS));
        assertThat(m.get("station:s:working_frac")).isCloseTo(120.0 / 140, within(EPS));
        // Capacity: effective process time = 60 + P(change) · 10 = 70 s
        assertThat(Capacity.of(mixed(new SetupSpec(c(10), SetupSpec.When.PRODUCT_CHANGE), 1, 0)).maxPerHourOnShift())
                .isCloseTo(3600.0 / 70, within(EPS));
    }
}
