package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Order statistics of small samples worked out by hand. The recording keeps 3 significant
 * digits, so each value is exact to 0.1 %: the tolerance of every comparison.
 */
class PercentilesTest {

    private static Percentiles oneToHundred() {
        Percentiles p = new Percentiles();
        for (int v = 1; v <= 100; v++) p.add(v);
        return p;
    }

    @Test
    void order_statistics_of_one_to_a_hundred() {
        Percentiles p = oneToHundred();
        assertThat(p.count()).isEqualTo(100);
        // the p-th percentile is the smallest value with at least p % of the values at or below it
        assertThat(p.at(50)).isCloseTo(50, withinPercentage(0.1));
        assertThat(p.at(90)).isCloseTo(90, withinPercentage(0.1));
        assertThat(p.at(99)).isCloseTo(99, withinPercentage(0.1));
        assertThat(p.at(100)).isCloseTo(100, withinPercentage(0.1));
        assertThat(p.min()).isCloseTo(1, withinPercentage(0.1));
        assertThat(p.max()).isCloseTo(100, withinPercentage(0.1));
    }

    @Test
    void empty_zero_and_reset() {
        Percentiles p = new Percentiles();
        assertThat(p.count()).isZero();
        assertThat(p.at(50)).isNaN();
        assertThat(p.min()).isNaN();
        assertThat(p.max()).isNaN();
        assertThat(p.histogram(5)).isSameAs(Histogram.EMPTY);
        p.add(0);
        p.add(-1);
        // recorded at the resolution floor, 1 ms
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.max()).isCloseTo(1e-3, withinPercentage(0.1));
        p.reset();
        assertThat(p.count()).isZero();
        assertThat(p.at(50)).isNaN();
    }

    @Test
    void pooling_adds_the_values_of_both() {
        Percentiles low = new Percentiles();
        Percentiles high = new Percentiles();
        for (int v = 1; v <= 50; v++) low.add(v);
        for (int v = 51; v <= 100; v++) high.add(v);
        low.addAll(high);
        assertThat(low.count()).isEqualTo(100);
        assertThat(low.at(75)).isCloseTo(75, withinPercentage(0.1));
        assertThat(low.max()).isCloseTo(100, withinPercentage(0.1));
        assertThat(high.count()).isEqualTo(50);
    }

    /** Values at bin centres, so that the 0.1 % of the recording cannot move one across an edge. */
    private static Percentiles binCentres() {
        Percentiles p = new Percentiles();
        for (double v : new double[] {5, 15, 15, 25, 25, 25, 95}) p.add(v);
        return p;
    }

    @Test
    void histogram_in_round_bins_up_to_the_maximum() {
        // 95 / 10 bins = 9.5 → width 10, ceil(95 / 10) = 10 bins
        Histogram h = binCentres().histogram(10);
        assertThat(h.edges()).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
        assertThat(h.counts()).containsExactly(1, 2, 3, 0, 0, 0, 0, 0, 0, 1);
        // 95 / 2 = 47.5 → width 50: two bins
        Histogram two = binCentres().histogram(2, 0);
        assertThat(two.edges()).containsExactly(0, 50, 100);
        assertThat(two.counts()).containsExactly(6, 1);
        // 95 / 3 = 31.7 → width 50, ceil(95 / 50) = 2 bins although 3 were allowed
        assertThat(binCentres().histogram(3).counts()).containsExactly(6, 1);
        Percentiles single = new Percentiles();
        single.add(5);
        assertThat(single.histogram(1).counts()).containsExactly(1);
    }

    @Test
    void a_capped_histogram_puts_the_tail_in_its_last_bin() {
        // up to 40 in 4 bins: width 10, 95 falls in the last bin
        Histogram h = binCentres().histogram(4, 40);
        assertThat(h.edges()).containsExactly(0, 10, 20, 30, 40);
        assertThat(h.counts()).containsExactly(1, 2, 3, 1);
        assertThat(h.total()).isEqualTo(7);
        assertThatThrownBy(() -> binCentres().histogram(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bins must be at least 1, not 0");
    }

    @Test
    void nice_widths_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        assertThat(Percentiles.niceWidth(0.3)).isCloseTo(0.5, within(1e-15));
        assertThat(Percentiles.niceWidth(1)).isEqualTo(1.0);
        assertThat(Percentiles.niceWidth(1.5)).isEqualTo(2.0);
        assertThat(Percentiles.niceWidth(2)).isEqualTo(2.0);
        assertThat(Percentiles.niceWidth(2.2)).isEqualTo(2.5);
        assertThat(Percentiles.niceWidth(3)).isEqualTo(5.0);
        assertThat(Percentiles.niceWidth(7)).isEqualTo(10.0);
        assertThat(Percentiles.niceWidth(10)).isEqualTo(10.0);
        assertThat(Percentiles.niceWidth(420)).isEqualTo(500.0);
        // a width a rounding error above a nice one is that one: 1.000000000001 · (1 - 1e-12) is 1.0 exactly
        assertThat(1.000000000001 * (1 - 1e-12)).isEqualTo(1.0);
        assertThat(Percentiles.niceWidth(1.000000000001)).isEqualTo(1.0);
        assertThat(Percentiles.niceWidth(0)).isEqualTo(1.0);
        assertThat(Percentiles.niceWidth(-4)).isEqualTo(1.0);
        assertThat(Percentiles.niceWidth(Double.NaN)).isEqualTo(1.0);
    }
}
