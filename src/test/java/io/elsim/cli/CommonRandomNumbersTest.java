package io.elsim.cli;

import io.elsim.config.ConfigException;
import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.RunSettings;
import io.elsim.model.LineSpec;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Table;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Common random numbers: replication r of every scenario of a sweep draws the same random
 * numbers (streams keyed by seed, replication and process name only), so a scenario
 * difference is not drowned in sampling noise.
 */
class CommonRandomNumbersTest {
    static final String LINE = """
            name: two exponential stations
            seed: 11
            horizon: 2000s
            warmup: 100s
            release: unlimited
            stations:
              - {name: a, cycle: {exponential: {mean: 1s}}}
              - {name: b, cycle: {exponential: {mean: 1s}}, buffer: 1}
            """;

    @TempDir Path dir;

    /**
     * Identical streams shown directly: the scenarios differ only in b's operators, which change
     * labour_hours_per_vehicle and nothing that moves. With common random numbers every other
     * field of the two rows is equal to the last digit; with a stream per scenario (or
     * replications numbered on from one scenario to the next) they would differ by sampling
     * noise.
     */
    @Test
    void scenarios_that_move_alike_give_identical_rows() throws IOException {
        Path config = dir.resolve("line.yaml");
        Files.writeString(config, LINE);
        Path out = dir.resolve("sweep.csv");
        Cli r = Cli.run("sweep", config.toString(), "--vary", "stations.b.operators=0,5", "--replications", "3",
                "--threads", "2", "--no-progress", "-q", "--output", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Table t = CsvTableReader.read(out, "sweep");
        assertThat(t.size()).isEqualTo(2);
        int compared = 0;
        for (String c : t.columns()) {
            if (c.equals("scenario") || c.equals("stations.b.operators") || c.startsWith("labour_hours_per_vehicle")) continue;
            assertThat(t.get(1, c)).as(c).isEqualTo(t.get(0, c));
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
        assertThat(t.get(0, "throughput_per_hour_ci95")).as("the replications differ among themselves")
                .isNotEqualTo("0").isNotEqualTo("");
        assertThat(Double.parseDouble((String) t.get(1, "labour_hours_per_vehicle"))).isPositive();
    }

    /**
     * The variance of paired differences (replication r of both scenarios) against that of
     * independent pairs (replication r of one, r + n of the other), b's mean cycle 1.0 s against
     * 1.1 s, n = 20. Under independent streams both have the same variance; the ratio of the two
     * sample variances is then F(19, 19), so a ratio above its 99 % quantile (3.03) shows that
     * the pairs share their random numbers (seed 11: 23.3).
     */
    @Test
    void paired_scenario_differences_vary_far_less_than_independent_ones() throws ConfigException {
        int n = 20;
        double[] slow = throughputs(List.of("stations.b.cycle={exponential: {mean: 1.1s}}"), 2 * n);
        double[] base = throughputs(List.of(), n);
        double[] paired = new double[n];
        double[] independent = new double[n];
        for (int r = 0; r < n; r++) {
            paired[r] = slow[r] - base[r];
            independent[r] = slow[r + n] - base[r];
        }
        double ratio = StatUtils.variance(independent) / StatUtils.variance(paired);
        double f99 = new FDistribution(n - 1, n - 1).inverseCumulativeProbability(0.99);
        assertThat(ratio).as("variance ratio independent / paired, F(19,19) 99 %% = %.2f", f99).isGreaterThan(f99);
        // and the difference itself has the sign theory gives: a slower b lowers the throughput
        assertThat(StatUtils.mean(paired)).isNegative();
    }

    private static double[] throughputs(List<String> sets, int replications) throws ConfigException {
        LineSpec spec = ConfigLoader.load("line.yaml", LINE, sets).spec();
        try (Replicator r = new Replicator(1, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            List<List<Table>> runs = r.run(spec, 0, replications);
            return runs.stream().mapToDouble(t -> t.get(0).getDouble(0, "throughput_per_hour")).toArray();
        }
    }
}
