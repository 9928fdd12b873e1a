package io.elsim.experiment;

import io.elsim.report.Table;
import io.elsim.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AggregationTest {
    /** "count" and "late" stand for measured integer columns (failures, late deliveries). */
    static Table stations(String bottleneck, double frac, long count, Long late) {
        return new Table("t", List.of("name", "count", "frac", "late", "bottleneck"))
                .addRow("paint", count, frac, late, bottleneck);
    }

    @Test
    void numericColumnsGetMeanAndStudentTHalfWidthTextTheMostFrequentValue() {
        Table t = Aggregation.aggregateTable(List.of(
                stations("b", 1.0, 2, null), stations("a", 2.0, 2, null), stations("a", 3.0, 2, null)));
        assertThat(t.columns()).containsExactly("name", "count", "count_ci95", "frac", "frac_ci95",
                "late", "late_ci95", "bottleneck", "replications");
        assertThat(t.get(0, "name")).isEqualTo("paint");
        assertThat(t.get(0, "count")).isEqualTo(2L);          // equal integers stay integers
        assertThat(t.get(0, "count_ci95")).isEqualTo(0.0);
        assertThat(t.getDouble(0, "frac")).isEqualTo(2.0);
        // s = 1, n = 3: t(2, 0.975) = 4.302653 -> 4.302653 / sqrt(3)
        assertThat(t.getDouble(0, "frac_ci95")).isCloseTo(4.302653 / Math.sqrt(3), within(1e-6));
        assertThat(t.get(0, "late")).isNull();
        assertThat(t.get(0, "late_ci95")).isNull();
        assertThat(t.get(0, "bottleneck")).isEqualTo("a");
        assertThat(t.get(0, "replications")).isEqualTo(3L);
    }

    @Test
    void columnsTheConfigFixesGetNoInterval() {
        Table a = new Table("stations", List.of("name", "servers", "working_frac")).addRow("paint", 3L, 0.5);
        Table b = new Table("stations", List.of("name", "servers", "working_frac")).addRow("paint", 3L, 0.7);
        Table t = Aggregation.aggregateTable(List.of(a, b));
        assertThat(t.columns()).containsExactly("name", "servers", "working_frac", "working_frac_ci95", "replications");
        assertThat(t.get(0, "servers")).isEqualTo(3L);
        assertThat(t.getDouble(0, "working_frac")).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void tiesGoToTheFirstReplicationAndOneReplicationHasNoInterval() {
        Table tie = Aggregation.aggregateTable(List.of(stations("x", 1, 1, 5L), stations("y", 1, 1, 5L)));
        assertThat(tie.get(0, "bottleneck")).isEqualTo("x");
        Table one = Aggregation.aggregateTable(List.of(stations("x", 1.5, 1, 5L)));
        assertThat(one.get(0, "frac")).isEqualTo(1.5);
        assertThat(one.get(0, "frac_ci95")).isNull();
        assertThat(ConfidenceInterval.halfWidth95(new double[] {1})).isNaN();
    }

    @Test
    void theSweepHeaderDoesNotDependOnTheData() {
        assertThat(Sweep.columns(List.of("stations.paint.servers")))
                .startsWith("scenario", "stations.paint.servers", "vehicles_completed", "vehicles_completed_ci95")
                .contains("bottleneck", "throughput_per_hour_ci95")
                .doesNotContain("bottleneck_ci95", "name")
                .endsWith("replications");
    }

    @Test
    void scenariosAreTheCartesianProductLastFactorFastest() {
        List<Sweep.Scenario> s = Sweep.scenarios(List.of(Sweep.Factor.parse("a=1,2"),
                Sweep.Factor.parse("b={exponential: {mean: 1s}}, 3s")));
        assertThat(s).hasSize(4);
        assertThat(s.get(1).sets()).containsExactly("a=1", "b=3s");
        assertThat(s.get(2).sets()).containsExactly("a=2", "b={exponential: {mean: 1s}}");
        Sweep.Shard shard = Sweep.Shard.parse("2/3");
        assertThat(List.of(0, 1, 2, 3, 4).stream().filter(shard::contains)).containsExactly(1, 4);
    }
}
