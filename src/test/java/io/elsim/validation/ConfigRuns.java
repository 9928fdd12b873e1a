package io.elsim.validation;

import io.elsim.config.ConfigException;
import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.RunSettings;
import io.elsim.model.LineSpec;
import io.elsim.report.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: runs a YAML config as a user's {@code elsim run} would (the config loader, then
 * replication r of the run) and reads the report tables back, so the tests here depend on the
 * config keys and report fields only, never on how the runtime is built inside.
 *
 * <p>{@link #flatten} names the numbers of a report: summary fields as in the summary table
 * ({@code throughput_per_hour}); rows of the other tables as {@code TABLE:ROW:COLUMN}
 * ({@code stations:s1:working_frac}, {@code buffers:s2:full_frac}, {@code products:A:share}).
 */
final class ConfigRuns {
    private ConfigRuns() { }

    static LineSpec spec(String yaml) {
        try {
            return ConfigLoader.load("test.yaml", yaml, List.of()).spec();
        } catch (ConfigException e) {
            throw new AssertionError("the test's config is invalid: " + e.getMessage(), e);
        }
    }

    /** The report tables of replication {@code replication} of {@code yaml}. */
    static List<Table> tables(String yaml, int replication) {
        return tables(spec(yaml), replication);
    }

    static List<Table> tables(LineSpec spec, int replication) {
        try (Replicator r = new Replicator(1, RunSettings.DEFAULT_MAX_EVENTS, null)) {
            return r.run(spec, replication, replication + 1).get(0);
        }
    }

    /** Replication 0 of {@code yaml}, flattened. */
    static Map<String, Double> run(String yaml) {
        return flatten(tables(yaml, 0));
    }

    static Map<String, Double> flatten(List<Table> tables) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Table t : tables) {
            boolean summary = t.name().equals("summary");
            for (int row = 0; row < t.size(); row++) {
                String prefix = summary ? "" : t.name() + ":" + t.get(row, "name") + ":";
                for (String c : t.columns()) {
                    double v = t.getDouble(row, c);
                    if (!Double.isNaN(v)) m.put(prefix + c, v);
                }
            }
        }
        return m;
    }

    /** A field that must be in the report (a missing one fails the test, instead of a NullPointerException). */
    static double field(Map<String, Double> report, String name) {
        Double v = report.get(name);
        if (v == null) throw new AssertionError("no numeric field " + name + " in the report; it has " + report.keySet());
        return v;
    }
}
