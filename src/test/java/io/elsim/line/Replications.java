package io.elsim.line;

import io.elsim.model.LineSpec;
import io.elsim.report.Table;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;
import java.util.List;

/** Test helper: independent replications of a line and a Student-t interval on a summary field. */
final class Replications {
    private final double[][] values;
    private final List<String> columns;

    private Replications(double[][] values, List<String> columns) {
        this.values = values;
        this.columns = columns;
    }

    static Replications run(LineSpec spec, int n) {
        double[][] v = new double[n][];
        List<String> cols = null;
        for (int r = 0; r < n; r++) {
            Line line = new Line(spec, r);
            line.run();
            Table summary = LineReport.tables(line).get(0);
            cols = summary.columns();
            v[r] = new double[cols.size()];
            for (int c = 0; c < cols.size(); c++) v[r][c] = summary.getDouble(0, cols.get(c));
        }
        return new Replications(v, cols);
    }

    double[] samples(String field) {
        int c = columns.indexOf(field);
        return Arrays.stream(values).mapToDouble(row -> row[c]).toArray();
    }

    double mean(String field) {
        return Arrays.stream(samples(field)).average().orElseThrow();
    }

    /** Half-width of the two-sided confidence interval at {@code level} (e.g. 0.99). */
    double halfWidth(String field, double level) {
        double[] x = samples(field);
        int n = x.length;
        double m = mean(field);
        double ss = 0;
        for (double xi : x) ss += (xi - m) * (xi - m);
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return t * sd / Math.sqrt(n);
    }
}
