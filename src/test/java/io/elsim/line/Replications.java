package io.elsim.line;

import io.elsim.experiment.LineReport;
import io.elsim.model.LineSpec;
import io.elsim.report.Table;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper: independent replications of a line and a Student-t interval on a report field.
 * Summary fields are named as in the summary table ("throughput_per_hour"); station fields as
 * "station:NAME:COLUMN"; buffer fields as "buffer:NAME:COLUMN". Every replication is also
 * checked against the invariants of {@link #checkInvariants}.
 */
final class Replications {
    private final double[][] values;
    private final List<String> columns;
    final List<String> bottlenecks;

    private Replications(double[][] values, List<String> columns, List<String> bottlenecks) {
        this.values = values;
        this.columns = columns;
        this.bottlenecks = bottlenecks;
    }

    static Replications run(LineSpec spec, int n) {
        double[][] v = new double[n][];
        List<String> cols = null;
        List<String> bn = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Line line = new Line(spec, r);
            line.run();
            checkInvariants(line);
            Map<String, Double> row = flatten(LineReport.tables(line));
            bn.add((String) LineReport.tables(line).get(0).get(0, "bottleneck"));
            cols = new ArrayList<>(row.keySet());
            v[r] = row.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new Replications(v, cols, bn);
    }

    /** Every numeric cell of the summary, stations and buffers tables, by field name. */
    static Map<String, Double> flatten(List<Table> tables) {
        Map<String, Double> m = new LinkedHashMap<>();
        Table summary = tables.get(0);
        for (String c : summary.columns()) m.put(c, summary.getDouble(0, c));
        for (Table t : List.of(tables.get(1), tables.get(2))) {
            String kind = t.name().equals("stations") ? "station" : "buffer";
            for (int row = 0; row < t.size(); row++) {
                String name = (String) t.get(row, "name");
                for (String c : t.columns()) m.put(kind + ":" + name + ":" + c, t.getDouble(row, c));
            }
        }
        return m;
    }

    /**
     * Cheap invariants of any run: the seven state fractions of each station sum to 1, and
     * released = completed + scrapped + WIP (conservation).
     */
    static void checkInvariants(Line line) {
        Table stations = LineReport.tables(line).get(1);
        for (int row = 0; row < stations.size(); row++) {
            double sum = 0;
            for (String c : List.of("working_frac", "blocked_frac", "starved_frac", "starved_parts_frac",
                    "down_frac", "setup_frac", "off_shift_frac")) {
                sum += stations.getDouble(row, c);
            }
            assertThat(sum).as("state fractions of %s", stations.get(row, "name")).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(line.releasedTotal()).as("conservation released = completed + scrapped + WIP")
                .isEqualTo(line.completedTotal() + line.scrappedTotal() + line.workInProcess());
    }

    int n() { return values.length; }

    double[] samples(String field) {
        int c = columns.indexOf(field);
        if (c < 0) throw new IllegalArgumentException("no field " + field + " in " + columns);
        return Arrays.stream(values).mapToDouble(row -> row[c]).toArray();
    }

    double mean(String field) {
        return Arrays.stream(samples(field)).average().orElseThrow();
    }

    /** Half-width of the two-sided confidence interval at {@code level} (e.g. 0.99). */
    double halfWidth(String field, double level) {
        return halfWidth(samples(field), level);
    }

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElseThrow();
    }

    static double halfWidth(double[] x, double level) {
        int n = x.length;
        double m = mean(x);
        double ss = 0;
        for (double xi : x) ss += (xi - m) * (xi - m);
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return t * sd / Math.sqrt(n);
    }

    /**
     * Little's law L = λ W (Little 1961) on each replication: d = wip_mean − λ·W with λ the
     * observed output rate per second and W the mean build time in seconds. Over a finite
     * window d is a boundary term of zero mean in steady state, so 0 must lie in the 99 %
     * interval of d, and that interval must be narrow relative to L.
     */
    void assertLittle(double maxRelativeHalfWidth) {
        double[] l = samples("wip_mean");
        double[] thr = samples("throughput_per_hour");
        double[] w = samples("build_time_mean_h");
        double[] d = new double[l.length];
        for (int i = 0; i < d.length; i++) d[i] = l[i] - (thr[i] / 3600) * (w[i] * 3600);
        double lMean = mean(l);
        double hw = halfWidth(d, 0.99);
        assertThat(Math.abs(mean(d)))
                .as("Little: wip_mean %.5f vs λW, difference %.5f ± %.5f", lMean, mean(d), hw)
                .isLessThanOrEqualTo(hw + 1e-9 * lMean);
        assertThat(hw / lMean).as("Little interval too wide").isLessThan(maxRelativeHalfWidth);
    }
}
