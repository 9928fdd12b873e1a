package io.elsim.line;

import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.ReworkSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static io.elsim.line.QueueingTheoryTest.assertWithinCi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Breakdowns, scrap and rework against renewal-reward and binomial results. */
class FailureAndYieldTest {
    static final double MTBF = 3600;
    static final double MTTR = 360;

    static LineSpec failing(FailureSpec.Basis basis) {
        StationSpec s = new StationSpec("s", new DistributionSpec.Constant(60), Map.of(), 1, 0,
                0, new FailureSpec(new DistributionSpec.Exponential(MTBF),
                new DistributionSpec.Exponential(MTTR), basis), null, null, 0);
        return LineSpec.of("fail", 5, 600 * 3600.0, 10 * 3600.0, new ReleaseSpec.Unlimited(), List.of(s));
    }

    /**
     * One station, constant 60 s cycle, always busy (unlimited source, nothing downstream), so
     * it alternates between up (working) and down. Busy basis: each up period lasts an MTBF of
     * busy time and is followed by one repair of mean MTTR; by the renewal-reward theorem
     * (Ross, Stochastic Processes, §3.6) down_frac = MTTR/(MTBF+MTTR) = 1/11 and the output
     * rate is 60/h × MTBF/(MTBF+MTTR) = 54.545/h (preempt-resume: no work is lost). Calendar
     * basis: the clock runs all the time, but the station is never idle, so the up periods
     * are again MTBF long and the same figures follow.
     */
    @ParameterizedTest
    @EnumSource(FailureSpec.Basis.class)
    void availability_mtbf_over_mtbf_plus_mttr(FailureSpec.Basis basis) {
        Replications r = Replications.run(failing(basis), 10);
        double a = MTBF / (MTBF + MTTR);
        assertWithinCi(r, "throughput_per_hour", 60 * a, 0.01);
        // ~600 repairs per run: a 99 % interval of ±8 % of 1/11 still separates it from the
        // common mistake MTTR/MTBF = 0.1 (10 % away)
        assertWithinCi(r, "station:s:down_frac", MTTR / (MTBF + MTTR), 0.08);
        assertWithinCi(r, "station:s:working_frac", a, 0.01);
        // one failure per MTBF + MTTR of time on average
        assertWithinCi(r, "station:s:failures", 600 * 3600 / (MTBF + MTTR), 0.07);
        assertThat(r.mean("analytic_max_per_hour")).isCloseTo(60 * a, org.assertj.core.data.Offset.offset(1e-9));
    }

    /**
     * Scrap 0.1 at a constant 60 s station: in a window of H hours the station processes
     * exactly 60 H vehicles (never blocked, never starved), each scrapped independently with
     * p = 0.1, so completed ~ Binomial(60 H, 0.9): mean 54 H, sd √(60 H · 0.09). The total over
     * 10 replications must lie within the 99 % normal interval (z = 2.576).
     */
    @Test
    void scrap_is_binomial() {
        StationSpec s = new StationSpec("s", new DistributionSpec.Constant(60), Map.of(), 1, 0,
                0, null, null, null, 0.1);
        double hours = 1000;
        LineSpec spec = LineSpec.of("scrap", 3, hours * 3600, 30, new ReleaseSpec.Unlimited(), List.of(s));
        Replications r = Replications.run(spec, 10);
        double processed = 60 * hours;   // per replication: completions at 60k in (30, 30 + 3 600 000]
        assertThat(r.samples("station:s:processed")).containsOnly(processed);
        double n = processed * r.n();
        double completed = r.mean("vehicles_completed") * r.n();
        double sd = Math.sqrt(n * 0.9 * 0.1);
        assertThat(Math.abs(completed - 0.9 * n)).as("completed %f vs %f ± %f", completed, 0.9 * n, 2.576 * sd)
                .isLessThanOrEqualTo(2.576 * sd);
        double scrapped = r.mean("vehicles_scrapped") * r.n();
        assertThat(completed + scrapped).isEqualTo(n);
        // Little on the whole plant counts every departure, scrapped ones included: each
        // vehicle, completed or scrapped, spends exactly 60 s, so L = (60/h) · 60 s = 1
        for (double l : r.samples("wip_mean")) assertThat(l).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        for (double w : r.samples("build_time_mean_h")) {
            assertThat(w * 3600).isCloseTo(60, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /**
     * Rework rate 0.2, exponential rework time of mean 10 min, at a constant 60 s station r,
     * followed by a 1 s station f with an unlimited buffer: r is never blocked, and every
     * vehicle, reworked or not, reaches f, so the output rate stays 60/h. WIP = 1 at r +
     * 0.2 × 60/h × 10 min = 2 in rework on average (Little) + a little at f; vehicles are still
     * in rework at the end of the run and conservation must count them.
     */
    @Test
    void rework_keeps_the_output_rate_and_conserves_vehicles() {
        StationSpec r = new StationSpec("r", new DistributionSpec.Constant(60), Map.of(), 1, 0,
                0, null, null,
                new ReworkSpec(0.2, new DistributionSpec.Exponential(600)), 0);
        StationSpec f = StationSpec.simple("f", new DistributionSpec.Constant(1), 1, StationSpec.UNLIMITED);
        LineSpec spec = LineSpec.of("rework", 9, 200 * 3600.0, 3600, new ReleaseSpec.Unlimited(), List.of(r, f));
        Replications reps = Replications.run(spec, 10);
        assertWithinCi(reps, "throughput_per_hour", 60, 0.01);
        // vehicles in rework at the end, by subtraction
        long inReworkTotal = 0;
        for (int rep = 0; rep < 10; rep++) {
            Line line = new Line(spec, rep);
            line.run();
            Replications.checkInvariants(line);
            long onLine = 0;
            for (Station s : line.stations) {
                onLine += s.buffer.size();
                for (Server sv : s.servers) if (sv.vehicle != null) onLine++;
            }
            long inRework = line.workInProcess() - onLine;
            assertThat(inRework).isGreaterThanOrEqualTo(0);
            inReworkTotal += inRework;
        }
        assertThat(inReworkTotal).as("vehicles in rework at the end over 10 runs").isPositive();
        // mean WIP: 1 at r (never starved, never blocked: f's buffer is unlimited); in rework,
        // an infinite-server queue, 0.2 · (1/60 per s) · 600 s = 2; at f its utilisation 1/60
        // plus a queue of arrivals within 1 s of each other, below the M/D/1 figure at that load
        // ρ²/(2(1 − ρ)) = 1.4e-4 (the returns are spread out): 3.0167, to within 0.001
        double wipTheory = 1 + 2 + 1.0 / 60;
        assertThat(reps.mean("wip_mean")).isCloseTo(wipTheory, within(reps.halfWidth("wip_mean", 0.99) + 0.001));
        reps.assertLittle(0.02);
    }
}
