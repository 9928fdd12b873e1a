package io.elsim.line;

import io.elsim.energy.PowerSeries;
import io.elsim.stats.Percentiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Replications pooled for the run chart: each hour's output is the mean over all runs, a
 * series that already pools k runs counting k times; build times are pooled as one sample.
 */
class RunSeriesPoolTest {

    private static Percentiles times(double... seconds) {
        Percentiles p = new Percentiles();
        for (double s : seconds) p.add(s);
        return p;
    }

    @Test
    void pools_hourly_output_weighted_by_replications_and_build_times_as_one_sample() {
        PowerSeries p1 = new PowerSeries(List.of("paint", PowerSeries.BASE_LOAD), new double[][] {{10, 20}, {1, 1}}, 1);
        PowerSeries p3 = new PowerSeries(List.of("paint", PowerSeries.BASE_LOAD), new double[][] {{30, 40}, {1, 5}}, 3);
        RunSeries one = new RunSeries(3600, 3600, new double[] {1, 2}, times(100, 200), 1, p1);
        RunSeries three = new RunSeries(3600, 3600, new double[] {3, 4}, times(300), 3, p3);

        RunSeries pooled = RunSeries.pool(List.of(one, three));

        // (1·1 + 3·3) / 4 = 2.5 and (1·2 + 3·4) / 4 = 3.5
        assertThat(pooled.output()).containsExactly(2.5, 3.5);
        assertThat(pooled.replications()).isEqualTo(4);
        assertThat(pooled.startSeconds()).isEqualTo(3600);
        assertThat(pooled.bucketSeconds()).isEqualTo(3600);
        assertThat(pooled.buildTimes().count()).isEqualTo(3);
        assertThat(pooled.buildTimes().at(100)).isCloseTo(300, within(0.3));
        // power: (10 + 90) / 4 = 25, (20 + 120) / 4 = 35; base load (1 + 3) / 4 = 1, (1 + 15) / 4 = 4
        assertThat(pooled.power().kw()[0]).containsExactly(25.0, 35.0);
        assertThat(pooled.power().kw()[1]).containsExactly(1.0, 4.0);
        assertThat(pooled.power().replications()).isEqualTo(4);
        assertThat(pooled.power().total()).containsExactly(26.0, 39.0);
    }

    @Test
    void series_without_power_pool_without_power() {
        RunSeries a = new RunSeries(0, 7200, new double[] {4}, times(1), 2);
        RunSeries b = new RunSeries(0, 7200, new double[] {1}, times(2), 1);
        RunSeries pooled = RunSeries.pool(List.of(a, b));
        assertThat(pooled.output()).containsExactly(3.0);
        assertThat(pooled.power()).isNull();
        assertThat(pooled.bucketSeconds()).isEqualTo(7200);
    }
}
