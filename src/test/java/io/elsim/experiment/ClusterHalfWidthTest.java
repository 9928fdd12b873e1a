package io.elsim.experiment;

import io.elsim.config.ConfigException;
import io.elsim.config.ConfigLoader;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cluster row of a replicated several-plant run, worked by hand from per-replication values.
 * The plants are simulated independently, so the variance of the sum of their means is the sum
 * of the variances, and with the same number of replications (the same t quantile) the 95 %
 * half-width of a summed field is the root of the sum of the plants' squared half-widths.
 * Averaged fields (labour hours, weighted by output) and fields that do not add up
 * (percentiles) get no cluster half-width.
 */
class ClusterHalfWidthTest {
    static final List<String> COLUMNS = List.of("name", "vehicles_completed", "throughput_per_hour",
            "output_per_week", "output_per_day", "annual_output", "labour_hours_per_vehicle", "build_time_p50_h");

    /** Three replications of one plant's summary: throughput x per hour, labour h, p50 1 h. */
    static List<List<Table>> replications(String name, long[] completed, double[] x, double labour) {
        List<List<Table>> runs = new ArrayList<>();
        for (int r = 0; r < x.length; r++) {
            Table t = new Table("summary", COLUMNS);
            t.addRow(name, completed[r], x[r], x[r] * 168, x[r] * 168 / 5, x[r] * 168 * 50, labour, 1.0);
            runs.add(List.of(t));
        }
        return runs;
    }

    static LineSpec spec() throws ConfigException {
        return ConfigLoader.load("p.yaml", "stations: [{name: a, cycle: 1s}]\n", List.of()).spec();
    }

    @Test
    void summed_fields_add_half_widths_in_quadrature_and_averages_get_none() throws ConfigException {
        List<Table> north = Aggregation.aggregate(replications("north", new long[] {100, 100, 100},
                new double[] {10, 12, 14}, 10));
        List<Table> south = Aggregation.aggregate(replications("south", new long[] {200, 210, 220},
                new double[] {30, 33, 36}, 8));
        Report report = Cluster.report(List.of(new Cluster.Plant("north", spec(), north),
                new Cluster.Plant("south", spec(), south)), "test");
        Table summary = report.tables().get(0);
        assertThat(summary.get(2, "plant")).isEqualTo("cluster");

        // by hand: sd 2 and 3 per hour over n = 3, t(2) 97.5 % = 4.3027
        double t = new TDistribution(2).inverseCumulativeProbability(0.975);
        double hwNorth = t * 2 / Math.sqrt(3);
        double hwSouth = t * 3 / Math.sqrt(3);
        assertThat(summary.getDouble(0, "throughput_per_hour_ci95")).isCloseTo(hwNorth, within(1e-9));
        assertThat(summary.getDouble(1, "throughput_per_hour_ci95")).isCloseTo(hwSouth, within(1e-9));
        assertThat(summary.getDouble(2, "throughput_per_hour")).isCloseTo(45, within(1e-9));
        assertThat(summary.getDouble(2, "throughput_per_hour_ci95")).isCloseTo(t * Math.sqrt(13.0 / 3), within(1e-9));
        assertThat(summary.getDouble(2, "output_per_week_ci95")).isCloseTo(168 * t * Math.sqrt(13.0 / 3), within(1e-6));
        // a count that did not vary in one plant: only the other plant's spread is left (sd 10)
        assertThat(summary.getDouble(2, "vehicles_completed")).isCloseTo(310, within(1e-9));
        assertThat(summary.getDouble(2, "vehicles_completed_ci95")).isCloseTo(t * 10 / Math.sqrt(3), within(1e-9));
        // labour weighted by output: (10 × 12 + 8 × 33) / 45; no half-width for a weighted mean
        assertThat(summary.getDouble(2, "labour_hours_per_vehicle")).isCloseTo((10.0 * 12 + 8 * 33) / 45, within(1e-9));
        assertThat(summary.get(2, "labour_hours_per_vehicle_ci95")).isNull();
        assertThat(summary.get(2, "build_time_p50_h")).isNull();
        assertThat(summary.get(2, "build_time_p50_h_ci95")).isNull();
    }
}
