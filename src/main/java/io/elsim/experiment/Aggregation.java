package io.elsim.experiment;

import io.elsim.report.Table;
import io.elsim.stats.ConfidenceInterval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Combines the tables of independent replications into one table each, row by row (rows are
 * matched by position: every replication of a config has the same stations, buffers and
 * products in the same order).
 * <ul>
 *   <li>a numeric column {@code c} becomes its mean across replications, followed by
 *       {@code c_ci95}, the half-width of the 95 % Student-t interval (empty for one replication),
 *       unless it is one of the {@link #FIXED_COLUMNS}, which the config alone determines;</li>
 *   <li>a text column (names, the bottleneck) takes its most frequent value, ties going to
 *       the value seen in the lowest replication;</li>
 *   <li>the table gains a last column {@code replications}.</li>
 * </ul>
 * The column layout depends only on the column names and value types, never on the numbers,
 * so every scenario of a sweep has the same header.
 */
public final class Aggregation {
    /** Columns that hold text even when every value is missing (null). */
    public static final Set<String> TEXT_COLUMNS = Set.of("name", "bottleneck", "target", "met", "station");
    /**
     * Numeric columns the config determines, the same in every replication: an interval on
     * them would always be 0 and only widen the tables. Declared, not detected from the
     * values, so that every scenario of a sweep has the same header.
     */
    public static final Set<String> FIXED_COLUMNS = Set.of("servers", "operators", "capacity", "analytic_max_per_hour",
            "sim_seconds", "suppliers_within_radius_share", "suppliers_within_radius_volume_share", "road_km",
            "transit_h");
    public static final String CI_SUFFIX = "_ci95";
    public static final String REPLICATIONS = "replications";

    private Aggregation() { }

    /** Columns of an aggregated table whose source has {@code columns}; {@code text} tells which are text. */
    public static List<String> columns(List<String> columns, Set<String> text) {
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            out.add(c);
            if (!text.contains(c) && !FIXED_COLUMNS.contains(c)) out.add(c + CI_SUFFIX);
        }
        out.add(REPLICATIONS);
        return out;
    }

    /** @param replications one list of tables per replication, all in the same order */
    public static List<Table> aggregate(List<List<Table>> replications) {
        List<Table> first = replications.get(0);
        List<Table> out = new ArrayList<>();
        for (int t = 0; t < first.size(); t++) {
            List<Table> same = new ArrayList<>();
            for (List<Table> rep : replications) same.add(rep.get(t));
            out.add(aggregateTable(same));
        }
        return out;
    }

    public static Table aggregateTable(List<Table> tables) {
        Table first = tables.get(0);
        List<String> columns = first.columns();
        Set<String> text = textColumns(tables);
        Table out = new Table(first.name(), columns(columns, text));
        int rows = 0;
        for (Table t : tables) rows = Math.max(rows, t.size());
        for (int r = 0; r < rows; r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<Object> values = new ArrayList<>();
                for (Table t : tables) if (r < t.size()) values.add(t.rows().get(r)[c]);
                if (text.contains(columns.get(c))) {
                    row.add(mostFrequent(values));
                } else {
                    Object[] meanAndCi = meanAndHalfWidth(values);
                    row.add(meanAndCi[0]);
                    if (!FIXED_COLUMNS.contains(columns.get(c))) row.add(meanAndCi[1]);
                }
            }
            row.add((long) tables.size());
            out.addRow(row.toArray());
        }
        return out;
    }

    static Set<String> textColumns(List<Table> tables) {
        Set<String> text = new HashSet<>();
        List<String> columns = tables.get(0).columns();
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            if (TEXT_COLUMNS.contains(name)) {
                text.add(name);
                continue;
            }
            for (Table t : tables) {
                for (Object[] row : t.rows()) {
                    if (row[c] != null && !(row[c] instanceof Number)) text.add(name);
                }
            }
        }
        return text;
    }

    /**
     * Mean and 95 % half-width of the non-null values. Integers that agree in every
     * replication (servers, capacities) stay integers with a zero half-width, so they read
     * as before. All null → null, null.
     */
    static Object[] meanAndHalfWidth(List<Object> values) {
        List<Number> numbers = new ArrayList<>();
        for (Object v : values) if (v instanceof Number n) numbers.add(n);
        if (numbers.isEmpty()) return new Object[] {null, null};
        double[] x = new double[numbers.size()];
        boolean integers = true;
        for (int i = 0; i < x.length; i++) {
            Number n = numbers.get(i);
            x[i] = n.doubleValue();
            integers &= n instanceof Long || n instanceof Integer;
        }
        boolean allEqual = true;
        for (Number n : numbers) allEqual &= n.equals(numbers.get(0));
        double hw = ConfidenceInterval.halfWidth95(x);
        if (integers && allEqual) {
            return new Object[] {numbers.get(0).longValue(), x.length > 1 ? (Object) 0.0 : null};
        }
        return new Object[] {ConfidenceInterval.mean(x), x.length > 1 ? (Object) hw : null};
    }

    static Object mostFrequent(List<Object> values) {
        Map<Object, Integer> counts = new LinkedHashMap<>();
        for (Object v : values) if (v != null) counts.merge(v, 1, Integer::sum);
        Object best = null;
        int bestCount = 0;
        for (Map.Entry<Object, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
