package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistogramTest {

    @Test
    void bins_total_and_scaling() {
        Histogram h = new Histogram(new double[] {0, 3600, 7200}, new long[] {4, 6});
        assertThat(h.bins()).isEqualTo(2);
        assertThat(h.total()).isEqualTo(10);
        Histogram hours = h.scaled(1.0 / 3600);
        assertThat(hours.edges()).containsExactly(0, 1, 2);
        assertThat(hours.counts()).containsExactly(4, 6);
        assertThat(h.edges()).containsExactly(0, 3600, 7200);
        assertThat(Histogram.EMPTY.bins()).isZero();
        assertThat(Histogram.EMPTY.total()).isZero();
    }

    @Test
    void its_arrays_cannot_be_changed_from_outside() {
        double[] edges = {0, 1};
        long[] counts = {5};
        Histogram h = new Histogram(edges, counts);
        edges[1] = 9;
        counts[0] = 9;
        h.edges()[0] = 9;
        h.counts()[0] = 9;
        assertThat(h.edges()).containsExactly(0, 1);
        assertThat(h.counts()).containsExactly(5);
    }

    @Test
    void edges_must_be_one_more_than_bins() {
        assertThatThrownBy(() -> new Histogram(new double[] {0, 1}, new long[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 bins need 3 edges");
    }
}
