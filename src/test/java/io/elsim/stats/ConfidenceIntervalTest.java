package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Mean, sample variance and Student-t half-widths worked out by hand from a t table. */
class ConfidenceIntervalTest {

    @Test
    void five_values_by_hand() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(ConfidenceInterval.mean(x)).isEqualTo(3.0);
        // squared deviations 4 + 1 + 0 + 1 + 4 = 10, divisor n - 1 = 4
        assertThat(ConfidenceInterval.variance(x)).isCloseTo(2.5, within(1e-15));
        // t(4, 0.975) = 2.776445 (tables: 2.776); s / sqrt(n) = sqrt(2.5 / 5) = 0.7071068
        assertThat(ConfidenceInterval.halfWidth95(x)).isCloseTo(2.776445 * 0.7071068, within(1e-5));
        // t(4, 0.95) = 2.131847 (tables: 2.132) for a 90 % interval
        assertThat(ConfidenceInterval.halfWidth(x, 0.90)).isCloseTo(2.131847 * 0.7071068, within(1e-5));
    }

    @Test
    void two_values_use_one_degree_of_freedom() {
        double[] x = {3, 5};
        assertThat(ConfidenceInterval.variance(x)).isCloseTo(2.0, within(1e-15));
        // s = sqrt(2), s / sqrt(2) = 1, so the half-width is t(1, 0.975) = 12.7062
        assertThat(ConfidenceInterval.halfWidth95(x)).isCloseTo(12.7062, within(1e-4));
    }

    @Test
    void one_value_has_no_variance_and_no_interval() {
        double[] x = {7};
        assertThat(ConfidenceInterval.mean(x)).isEqualTo(7.0);
        assertThat(ConfidenceInterval.variance(x)).isNaN();
        assertThat(ConfidenceInterval.halfWidth95(x)).isNaN();
    }
}
