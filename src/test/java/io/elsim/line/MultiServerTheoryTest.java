package io.elsim.line;

import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.elsim.line.QueueingTheoryTest.assertWithinCi;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * M/M/c against the Erlang C formula (Gross and Harris, Fundamentals of Queueing Theory,
 * 4th ed., §2.3; Kleinrock, Queueing Systems vol. 1, §3.5).
 */
class MultiServerTheoryTest {

    /** n! computed as a double (small n only). */
    static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) f *= k;
        return f;
    }

    /**
     * Erlang C, the probability that an arrival waits: with offered load a = λ/μ and
     * ρ = a/c < 1, C(c, a) = [a^c / c! · 1/(1−ρ)] / [Σ_{k=0}^{c−1} a^k/k! + a^c / c! · 1/(1−ρ)].
     */
    static double erlangC(int c, double a) {
        double rho = a / c;
        double sum = 0;
        for (int k = 0; k < c; k++) sum += Math.pow(a, k) / factorial(k);
        double top = Math.pow(a, c) / factorial(c) / (1 - rho);
        return top / (sum + top);
    }

    @Test
    void erlang_c_reference_value() {
        // hand calculation for c = 3, a = 2.4: Σ = 1 + 2.4 + 2.88 = 6.28; a³/3!/(1−0.8) = 11.52
        assertThat(erlangC(3, 2.4)).isCloseTo(11.52 / 17.80, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void mm3_matches_erlang_c() {
        double lambda = 2.4;
        double mu = 1.0;
        int c = 3;
        LineSpec spec = LineSpec.of("mm3", 7, 60_000, 2_000,
                new ReleaseSpec.Interarrival(new DistributionSpec.Exponential(1 / lambda)),
                List.of(StationSpec.simple("s", new DistributionSpec.Exponential(1 / mu), c, StationSpec.UNLIMITED)));
        Replications r = Replications.run(spec, 10);

        double a = lambda / mu;
        double rho = a / c;                      // 0.8
        double pWait = erlangC(c, a);            // 0.647191
        double lq = pWait * rho / (1 - rho);     // 2.588764
        double wq = lq / lambda;                 // 1.078652 s
        double w = wq + 1 / mu;                  // 2.078652 s
        double l = lambda * w;                   // 4.988764

        // P(wait) = P(all c servers busy) by PASTA; the station is "active" (a bottleneck
        // candidate) exactly while all its servers work, and a one-station line is its own
        // bottleneck whenever active, so active_period_share is the time fraction all busy.
        assertWithinCi(r, "station:s:active_period_share", pWait, 0.03);
        assertWithinCi(r, "buffer:s:mean_content", lq, 0.06);
        assertWithinCi(r, "wip_mean", l, 0.04);
        assertWithinCi(r, "build_time_mean_h", w / 3600, 0.04);
        // utilisation of each server = ρ
        assertWithinCi(r, "station:s:working_frac", rho, 0.01);
        // Wq = W − (mean service actually drawn), per replication
        double[] wqSamples = new double[r.n()];
        double[] bt = r.samples("build_time_mean_h");
        double[] cyc = r.samples("station:s:mean_cycle_s");
        for (int i = 0; i < wqSamples.length; i++) wqSamples[i] = bt[i] * 3600 - cyc[i];
        double hw = Replications.halfWidth(wqSamples, 0.99);
        assertThat(Math.abs(Replications.mean(wqSamples) - wq))
                .as("Wq simulated %.5f ± %.5f vs Erlang C %.5f", Replications.mean(wqSamples), hw, wq)
                .isLessThanOrEqualTo(hw);
        assertThat(hw / wq).isLessThan(0.08);
        assertWithinCi(r, "throughput_per_hour", lambda * 3600, 0.01);
        r.assertLittle(0.05);
    }
}
