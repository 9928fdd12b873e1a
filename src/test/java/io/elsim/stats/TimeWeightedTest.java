package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Time averages of step functions, integrated by hand. */
class TimeWeightedTest {

    @Test
    void area_under_a_step_function() {
        TimeWeighted w = new TimeWeighted(0);
        w.set(2, 3);   // 0 on [0,2)
        w.set(5, 1);   // 3 on [2,5)
        // 1 on [5,10): (0·2 + 3·3 + 1·5) / 10
        assertThat(w.mean(10)).isCloseTo(1.4, within(1e-15));
        assertThat(w.max()).isEqualTo(3.0);
        w.add(6, 2);   // 1 on [5,6), then 3
        assertThat(w.value()).isEqualTo(3.0);
        // (0 + 9 + 1 + 3·2) / 8
        assertThat(w.mean(8)).isCloseTo(2.0, within(1e-15));
        w.add(8, -3);
        assertThat(w.value()).isZero();
        assertThat(w.max()).isEqualTo(3.0);
    }

    @Test
    void a_late_start_counts_from_its_own_time() {
        TimeWeighted w = new TimeWeighted(100);
        assertThat(w.mean(100)).isZero();
        w.set(104, 2);
        // 0 on [100,104), 2 on [104,108)
        assertThat(w.mean(108)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void reset_restarts_the_average_and_the_maximum_from_the_current_value() {
        TimeWeighted w = new TimeWeighted(0);
        w.set(1, 5);
        w.set(2, 1);
        w.reset(10);
        assertThat(w.max()).isEqualTo(1.0);
        // no time has passed since the reset: the mean is the current value
        assertThat(w.mean(10)).isEqualTo(1.0);
        w.set(12, 4);  // 1 on [10,12), 4 on [12,14)
        assertThat(w.mean(14)).isCloseTo(2.5, within(1e-15));
        assertThat(w.max()).isEqualTo(4.0);
    }
}
