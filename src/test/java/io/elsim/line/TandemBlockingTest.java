package io.elsim.line;

import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.elsim.line.QueueingTheoryTest.assertWithinCi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two exponential stations in tandem with a finite buffer, blocking after service, and an
 * unlimited source: the exact throughput from the continuous-time Markov chain (Buzacott and
 * Shanthikumar, Stochastic Models of Manufacturing Systems, §4.2; Gershwin, Manufacturing
 * Systems Engineering, ch. 3).
 *
 * <p>State n = vehicles held by station 2 and the places in front of it, plus one more when
 * station 1 holds a finished, blocked vehicle: n ∈ {0, …, B+2}. Station 1 never starves (the
 * source is unlimited) and works in every state but B+2: n → n+1 at rate μ1 for n ≤ B+1.
 * Station 2 works for n ≥ 1: n → n−1 at rate μ2 (from B+2 the blocked vehicle moves into the
 * freed place and station 1 restarts). Throughput = μ2 · P(n ≥ 1). For μ1 = μ2 = μ the chain
 * is uniform, π_n = 1/(B+3), so throughput = μ (B+2)/(B+3).
 */
class TandemBlockingTest {

    /** Stationary distribution of the chain above, solving π Q = 0, Σ π = 1 numerically. */
    static double[] stationary(double mu1, double mu2, int b) {
        int states = b + 3;
        double[][] q = new double[states][states];
        for (int n = 0; n < states; n++) {
            if (n <= b + 1) q[n][n + 1] += mu1;  // station 1 finishes (into buffer/server 2, or blocks)
            if (n >= 1) q[n][n - 1] += mu2;      // station 2 finishes
        }
        for (int n = 0; n < states; n++) {
            double out = 0;
            for (int m = 0; m < states; m++) if (m != n) out += q[n][m];
            q[n][n] = -out;
        }
        // π Q = 0  ⇔  Qᵀ πᵀ = 0; replace the last equation by the normalisation Σ π = 1
        RealMatrix a = new Array2DRowRealMatrix(q).transpose();
        for (int m = 0; m < states; m++) a.setEntry(states - 1, m, 1.0);
        RealVector rhs = new ArrayRealVector(states);
        rhs.setEntry(states - 1, 1.0);
        return new LUDecomposition(a).getSolver().solve(rhs).toArray();
    }

    static LineSpec tandem(double mu1, double mu2, int b) {
        return LineSpec.of("tandem", 11, 40_000, 1_000, new ReleaseSpec.Unlimited(), List.of(
                StationSpec.simple("s1", new DistributionSpec.Exponential(1 / mu1), 1, 0),
                StationSpec.simple("s2", new DistributionSpec.Exponential(1 / mu2), 1, b)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3})
    void equal_rates_give_mu_times_b_plus_2_over_b_plus_3(int b) {
        double mu = 1.0;
        double closedForm = mu * (b + 2) / (b + 3);   // B=0: 2/3, B=1: 3/4, B=3: 5/6
        double[] pi = stationary(mu, mu, b);
        assertThat(mu * (1 - pi[0])).isCloseTo(closedForm, within(1e-12));

        Replications r = Replications.run(tandem(mu, mu, b), 10);
        assertWithinCi(r, "throughput_per_hour", closedForm * 3600, 0.02);
        // station 1 is blocked in state B+2, station 2 starved in state 0
        assertWithinCi(r, "station:s1:blocked_frac", pi[b + 2], 0.06);
        assertWithinCi(r, "station:s2:starved_frac", pi[0], 0.06);
        r.assertLittle(0.05);
    }

    @Test
    void unequal_rates_match_the_numerical_markov_chain() {
        double mu1 = 1.0;
        double mu2 = 2.0;
        int b = 1;
        double[] pi = stationary(mu1, mu2, b);
        // cross-check by hand: birth-death with ratio μ1/μ2 = 1/2 over 4 states,
        // π_n ∝ (1/2)^n → π_0 = 8/15, throughput = μ2 (1 − 8/15) = 14/15
        assertThat(pi[0]).isCloseTo(8.0 / 15, within(1e-12));
        double throughput = mu2 * (1 - pi[0]);

        Replications r = Replications.run(tandem(mu1, mu2, b), 10);
        assertWithinCi(r, "throughput_per_hour", throughput * 3600, 0.02);
        assertWithinCi(r, "station:s1:blocked_frac", pi[b + 2], 0.1);
        assertWithinCi(r, "station:s2:starved_frac", pi[0], 0.03);
        r.assertLittle(0.05);
    }
}
