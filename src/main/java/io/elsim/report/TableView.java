package io.elsim.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns the terminal format shows. CSV and JSON always carry every field; a terminal
 * is about 120 characters wide, and the full stations table is 300. The default view shows
 * each table's essential columns ({@link #ESSENTIAL}; a table not listed there shows all its
 * columns) without the {@code _ci95} half-widths and the {@code replications} count of
 * multi-row tables; {@link #WIDE} shows everything; {@code --columns} names the columns to
 * show, in its order, in every table that has them.
 *
 * @param chosen the columns asked for with --columns, or null
 * @param wide   every column (--wide)
 * @param always columns the default view keeps in any table (a sweep's varied keys)
 */
public record TableView(List<String> chosen, boolean wide, Set<String> always) {
    public static final TableView DEFAULT = new TableView(null, false, Set.of());
    public static final TableView WIDE = new TableView(null, true, Set.of());

    /** The pseudo-column of the stations' state bars (terminal only). */
    public static final String STATE = TextReportWriter.STATE_COLUMN;
    private static final String CI_SUFFIX = "_ci95";
    private static final String REPLICATIONS = "replications";

    /**
     * The columns of the default view, per table, in display order. The state bar already
     * draws every state fraction, so the stations table shows the main four as numbers.
     */
    public static final Map<String, List<String>> ESSENTIAL = Map.of(
            "stations", List.of("name", STATE, "servers", "processed", "working_frac", "blocked_frac",
                    "starved_frac", "down_frac"),
            "parts", List.of("name", "station", "supplier", "stock_mean", "stock_min", "stockout_hours",
                    "late_deliveries"),
            "sweep", List.of("scenario", "throughput_per_hour", "jph_on_shift", "build_time_p90_h", "wip_mean",
                    "bottleneck"));

    /**
     * The default view of {@code elsim capacity}'s stations table, which shares its name with the
     * run's: the analytic figures instead of the run's states. The bottleneck is in the summary.
     */
    public static final List<String> ESSENTIAL_CAPACITY_STATIONS = List.of("name", "servers", "mean_process_s",
            "capacity_per_hour", "visits_per_vehicle", "output_capacity_per_hour");

    public TableView {
        chosen = chosen == null ? null : List.copyOf(chosen);
        always = Set.copyOf(always);
    }

    public static TableView of(List<String> columns, boolean wide) {
        return new TableView(columns, wide, Set.of());
    }

    /** This view, with {@code columns} kept in the default view of every table that has them. */
    public TableView keeping(Collection<String> columns) {
        Set<String> all = new LinkedHashSet<>(always);
        all.addAll(columns);
        return new TableView(chosen, wide, all);
    }

    /**
     * The columns to show of {@code columns} (those of a table, plus {@link #STATE} after the
     * name when the table has bars), in display order.
     */
    public List<String> shown(String table, List<String> columns, boolean multiRow) {
        if (wide) return columns;
        if (chosen != null) {
            List<String> picked = chosen.stream().filter(columns::contains).toList();
            if (!picked.isEmpty()) return picked;
        }
        List<String> out = new ArrayList<>();
        List<String> essential = essential(table, columns);
        for (String c : essential != null ? essential : columns) {
            if (!columns.contains(c)) continue;
            if (multiRow && (c.endsWith(CI_SUFFIX) || c.equals(REPLICATIONS))) continue;
            out.add(c);
        }
        // the keys a sweep varies go right after the scenario number
        int at = Math.min(1, out.size());
        for (String c : columns) {
            if (always.contains(c) && !out.contains(c)) out.add(at++, c);
        }
        return out;
    }

    /**
     * The default columns of a table, chosen by its name and, where two commands' tables share a
     * name, by its columns; null when every column is shown.
     */
    private static List<String> essential(String table, List<String> columns) {
        List<String> run = ESSENTIAL.get(table);
        if (run == null || columns.containsAll(run.stream().filter(c -> !c.equals(STATE)).toList())) return run;
        if (table.equals("stations") && columns.containsAll(ESSENTIAL_CAPACITY_STATIONS)) {
            return ESSENTIAL_CAPACITY_STATIONS;
        }
        return null;
    }
}
