package io.elsim.line;

import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single stations against closed-form queueing results. Each figure is the mean of
 * independent replications, and the theoretical value must lie in its 99 % Student-t
 * interval; the interval must also be narrow, so that the test could fail.
 */
class QueueingTheoryTest {
    static final DistributionSpec.Exponential EXP1 = new DistributionSpec.Exponential(1);

    @Test
    void mm1_matches_rho_over_one_minus_rho_and_one_over_mu_minus_lambda() {
        double lambda = 0.8;
        double mu = 1.0;
        LineSpec spec = LineSpec.of("mm1", 42, 200_000, 5_000,
                new ReleaseSpec.Interarrival(new DistributionSpec.Exponential(1 / lambda)),
                List.of(StationSpec.simple("s", new DistributionSpec.Exponential(1 / mu), 1, StationSpec.UNLIMITED)));
        Replications r = Replications.run(spec, 10);
        double rho = lambda / mu;
        double l = rho / (1 - rho);            // 4 vehicles
        double w = 1 / (mu - lambda) / 3600;   // 5 s, in hours
        assertWithinCi(r, "wip_mean", l, 0.05);
        assertWithinCi(r, "build_time_mean_h", w, 0.05);
        assertWithinCi(r, "throughput_per_hour", lambda * 3600, 0.01);
        r.assertLittle(0.05);
    }

    static void assertWithinCi(Replications r, String field, double theory, double maxRelativeHalfWidth) {
        double mean = r.mean(field);
        double hw = r.halfWidth(field, 0.99);
        assertThat(Math.abs(mean - theory))
                .as("%s: simulated %.5f ± %.5f vs theory %.5f", field, mean, hw, theory)
                .isLessThanOrEqualTo(hw);
        assertThat(hw / theory).as("%s half-width is too wide to test anything", field)
                .isLessThan(maxRelativeHalfWidth);
    }
}
