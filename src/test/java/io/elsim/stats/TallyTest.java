package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Welford's running moments against the textbook formulas on a small sample. */
class TallyTest {

    @Test
    void count_mean_sample_variance_and_max_by_hand() {
        Tally t = new Tally();
        for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) t.add(x);
        assertThat(t.count()).isEqualTo(8);
        assertThat(t.mean()).isCloseTo(5.0, within(1e-15));
        // squared deviations from 5: 9+1+1+1+0+0+4+16 = 32, divisor 7
        assertThat(t.variance()).isCloseTo(32.0 / 7, within(1e-14));
        assertThat(t.max()).isEqualTo(9.0);
    }

    @Test
    void empty_and_single_observations() {
        Tally t = new Tally();
        assertThat(t.count()).isZero();
        assertThat(t.mean()).isNaN();
        assertThat(t.variance()).isNaN();
        assertThat(t.max()).isNaN();
        t.add(-3);
        assertThat(t.mean()).isEqualTo(-3.0);
        assertThat(t.max()).isEqualTo(-3.0);
        assertThat(t.variance()).isNaN();
        t.add(-1);
        assertThat(t.variance()).isCloseTo(2.0, within(1e-15));
        assertThat(t.max()).isEqualTo(-1.0);
    }

    @Test
    void reset_forgets_everything_including_the_maximum() {
        Tally t = new Tally();
        t.add(100);
        t.add(50);
        t.reset();
        assertThat(t.count()).isZero();
        assertThat(t.mean()).isNaN();
        t.add(1);
        t.add(3);
        assertThat(t.count()).isEqualTo(2);
        assertThat(t.mean()).isCloseTo(2.0, within(1e-15));
        assertThat(t.variance()).isCloseTo(2.0, within(1e-15));
        assertThat(t.max()).isEqualTo(3.0);
    }
}
