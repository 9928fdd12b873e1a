package io.elsim.experiment;

import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several plants run together ({@code elsim run douai.yaml maubeuge.yaml}): one report whose
 * tables hold every plant's rows, each table led by a {@value #PLANT} column, plus
 * <ul>
 *   <li>a {@value #CLUSTER} row at the end of {@code summary}: counts and rates summed over
 *       the plants ({@link #SUMMED}), {@code labour_hours_per_vehicle}, {@code build_time_mean_h}
 *       and {@code inbound_co2_kg_per_vehicle} averaged weighted by each plant's
 *       {@code output_per_week}; percentiles, bottleneck and the other fields are empty (they
 *       do not add up across plants). With replications, the half-width of a sum is the root of
 *       the sum of the squared half-widths (the plants are simulated independently);</li>
 *   <li>a {@value #CLUSTER} table: the cluster's output per day, per week and per year against
 *       the ElectriCity volume targets ({@link #VOLUME_TARGETS}). These rows inform: they do not
 *       change the exit code, which only the plants' own {@code targets} gate.</li>
 * </ul>
 * Plants run one after the other, each with its own seed and calendar; they do not share parts
 * or suppliers.
 */
public final class Cluster {
    public static final String PLANT = "plant";
    public static final String CLUSTER = "cluster";

    /** ElectriCity volume targets: 400,000 at the start (Renault PR 2021-06-09), 1,000,000 in 2031 (Ampere CMD 2023). */
    public static final Map<String, Double> VOLUME_TARGETS = volumeTargets();

    /** Summary fields that add up across plants. */
    public static final Set<String> SUMMED = Set.of("vehicles_completed", "vehicles_scrapped", "throughput_per_hour",
            "jph_on_shift", "output_per_week", "output_per_day", "annual_output", "wip_mean", "analytic_max_per_hour",
            "events");

    /** Summary fields averaged weighted by output_per_week. */
    public static final Set<String> WEIGHTED = Set.of("labour_hours_per_vehicle", "build_time_mean_h",
            "inbound_co2_kg_per_vehicle", "energy_kwh_per_vehicle", "production_co2_kg_per_vehicle",
            "co2_kg_per_vehicle");

    public static final List<String> CLUSTER_COLUMNS = List.of("target", "target_annual_output", "annual_output",
            "output_per_week", "output_per_day", "share_of_target", "met");

    private Cluster() { }

    private static Map<String, Double> volumeTargets() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("electricity_start_400k", 400_000.0);
        m.put("electricity_2031_1m", 1_000_000.0);
        return Collections.unmodifiableMap(m);
    }

    /** One plant of the cluster: its id (the config file name without .yaml), spec and report tables. */
    public record Plant(String id, LineSpec spec, List<Table> tables) { }

    /** The combined report; the JSON {@code config} is plant id -> resolved config. */
    public static Report report(List<Plant> plants, String version) {
        if (plants.isEmpty()) throw new IllegalArgumentException("a cluster needs at least one plant");
        List<String> order = new ArrayList<>();
        for (Plant p : plants) {
            for (Table t : p.tables()) if (!order.contains(t.name())) order.add(t.name());
        }
        List<Table> tables = new ArrayList<>();
        for (String name : order) {
            Table merged = null;
            for (Plant p : plants) {
                Table t = p.tables().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                if (t == null) continue;
                if (merged == null) {
                    List<String> columns = new ArrayList<>();
                    columns.add(PLANT);
                    columns.addAll(t.columns());
                    merged = new Table(name, columns);
                }
                for (Object[] row : t.rows()) merged.addRow(withPlant(p.id(), row, merged, t));
            }
            if (name.equals("summary")) addClusterRow(merged);
            tables.add(merged);
        }
        tables.add(clusterTable(tables.get(0)));
        Map<String, LineSpec> config = new LinkedHashMap<>();
        for (Plant p : plants) config.put(p.id(), p.spec());
        return new Report(tables, config, version);
    }

    /** A row of {@code source} laid out on {@code merged}'s columns (plants may differ, e.g. supply fields). */
    private static Object[] withPlant(String plant, Object[] row, Table merged, Table source) {
        Object[] out = new Object[merged.columns().size()];
        out[0] = plant;
        for (int c = 0; c < source.columns().size(); c++) {
            int i = merged.columns().indexOf(source.columns().get(c));
            if (i >= 0) out[i] = row[c];
        }
        return out;
    }

    private static void addClusterRow(Table summary) {
        List<String> columns = summary.columns();
        Object[] row = new Object[columns.size()];
        row[0] = CLUSTER;
        row[columns.indexOf("name")] = CLUSTER;
        int plants = summary.size();
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            String base = col.endsWith(Aggregation.CI_SUFFIX)
                    ? col.substring(0, col.length() - Aggregation.CI_SUFFIX.length()) : col;
            boolean ci = !base.equals(col);
            if (SUMMED.contains(base)) {
                double s = 0;
                for (int r = 0; r < plants; r++) {
                    double v = value(summary, r, col);
                    s += ci ? v * v : v;
                }
                if (ci) row[c] = Math.sqrt(s);
                else if (summary.get(0, col) instanceof Long || summary.get(0, col) instanceof Integer) row[c] = Math.round(s);
                else row[c] = s;
            } else if (WEIGHTED.contains(base) && !ci) {
                double s = 0;
                double w = 0;
                for (int r = 0; r < plants; r++) {
                    double v = value(summary, r, col);
                    double wt = value(summary, r, "output_per_week");
                    if (!Double.isNaN(v)) {
                        s += v * wt;
                        w += wt;
                    }
                }
                row[c] = w > 0 ? s / w : null;
            }
        }
        summary.addRow(row);
    }

    private static double value(Table t, int row, String column) {
        double v = t.getDouble(row, column);
        return Double.isNaN(v) ? 0 : v;
    }

    /** The cluster's volume against each ElectriCity target. */
    static Table clusterTable(Table summary) {
        int last = summary.size() - 1;
        double annual = summary.getDouble(last, "annual_output");
        double week = summary.getDouble(last, "output_per_week");
        double day = summary.getDouble(last, "output_per_day");
        Table t = new Table(CLUSTER, CLUSTER_COLUMNS);
        for (Map.Entry<String, Double> e : VOLUME_TARGETS.entrySet()) {
            t.addRow(e.getKey(), e.getValue(), annual, week, day, annual / e.getValue(), annual >= e.getValue());
        }
        return t;
    }
}
