package io.elsim.cli;

import io.elsim.model.Units;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Options that change the model being run; each becomes a config override. */
final class ModelOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Master random seed (overrides the config's seed).")
    Long seed;

    @Option(names = "--horizon", paramLabel = "DUR", description = "Measured period after warm-up, e.g. 4w.")
    String horizon;

    @Option(names = "--warmup", paramLabel = "DUR", description = "Warm-up period whose statistics are discarded, e.g. 1d.")
    String warmup;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any config key by its dotted path, e.g. --set stations.paint.servers=3 (repeatable).")
    List<String> sets = new ArrayList<>();

    /** All overrides as --set strings, the explicit options last so that they win. */
    List<String> overrides() {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) all.add("seed=" + seed);
        if (horizon != null) all.add("horizon=" + checkedDuration("--horizon", horizon));
        if (warmup != null) all.add("warmup=" + checkedDuration("--warmup", warmup));
        return all;
    }

    /** A unit typo is reported against the option the user typed, not the --set it becomes. */
    private static String checkedDuration(String option, String text) {
        try {
            Units.parseDuration(text.strip().replace("_", ""));
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + text + ": " + e.getMessage());
        }
        return text;
    }
}
