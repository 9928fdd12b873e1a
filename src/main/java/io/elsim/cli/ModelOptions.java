package io.elsim.cli;

import io.elsim.model.Units;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * Checked here, not as the --set it becomes, so that a message names the option the user
     * typed (--horizon 1e400w, not --set:1:9) and a bare number gets a unit suggested.
     */
    private static String checkedDuration(String option, String text) {
        String clean = text.strip().replace("_", "");
        double seconds;
        try {
            seconds = Units.parseDuration(clean);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + text + ": " + e.getMessage());
        }
        String why = Units.missingUnit(clean);
        if (why != null) throw new UserError(option + " " + text + ": " + why);
        if (!(seconds <= Units.MAX_DURATION)) {
            throw new UserError(option + " " + text + ": longer than " + Math.round(Units.MAX_DURATION / (365 * Units.DAY))
                    + " years, the longest duration elsim accepts");
        }
        if (seconds < 0) throw new UserError(option + " " + text + ": a duration cannot be negative");
        if (seconds == 0 && option.equals("--horizon")) throw new UserError(option + " " + text + ": must be greater than 0");
        return text;
    }

    /**
     * A unit typed apart from its number ({@code --horizon 4 weeks}) reaches the command as a
     * CONFIG named "weeks"; say what to write instead of "weeks: no such file".
     */
    void checkNoStrayUnit(List<Path> configs) {
        for (Path p : configs) {
            String word = p.toString();
            if (!Units.DURATION_UNITS.containsKey(word.toLowerCase(Locale.ROOT)) || word.isEmpty() || Files.exists(p)) continue;
            boolean warmupBare = warmup != null && Units.missingUnit(warmup.strip()) != null;
            boolean horizonBare = horizon != null && Units.missingUnit(horizon.strip()) != null;
            String option = warmupBare && !horizonBare ? "--warmup" : "--horizon";
            String number = option.equals("--warmup") ? warmup : horizonBare ? horizon : null;
            String example = number == null ? "4" : number.strip();
            throw new UserError("'" + word + "' is not a config file: a time unit goes with its number, without a space:"
                    + " " + option + " " + example + word.toLowerCase(Locale.ROOT)
                    + " (or in quotes: " + option + " '" + example + " " + word.toLowerCase(Locale.ROOT) + "')");
        }
    }
}
