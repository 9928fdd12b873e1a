package io.elsim.cli;

import io.elsim.chart.ChartFile;
import io.elsim.report.OutputTarget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place a command will write (--output, --output-dir, --chart, ...), checked together
 * before the first simulated event: a missing folder, a read-only file, an input config or a
 * bad chart extension is reported once, all problems at once, before hours of simulation
 * are spent on a report that could not be saved.
 */
final class Destinations {
    private final Collection<Path> inputs;
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, Path> folders = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Destinations(Collection<Path> inputs) {
        this.inputs = inputs;
    }

    /** A file written by {@code option}; null when the option was not given. */
    Destinations file(String option, Path path) {
        if (path != null) files.put(option, path);
        return this;
    }

    /** A chart image: its extension decides PNG or SVG. */
    Destinations chart(String option, Path path) {
        if (path == null) return this;
        try {
            ChartFile.type(path);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return file(option, path);
    }

    /** A folder that receives one file per table (created when missing). */
    Destinations folder(String option, Path path) {
        if (path != null) folders.put(option, path);
        return this;
    }

    /** A problem found by the command itself (e.g. a --table the report will not have). */
    Destinations problem(String message) {
        problems.add(message);
        return this;
    }

    /**
     * @param consequence what the refusal means, e.g. "nothing was run"
     * @throws UserError listing every problem found, when there is one
     */
    void check(String consequence) {
        List<String> all = new ArrayList<>(problems);
        Map<Path, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            try {
                OutputTarget.checkWritable(e.getValue(), inputs);
                if (!OutputTarget.isStream(e.getValue())) {
                    String other = seen.put(e.getValue().toAbsolutePath().normalize(), e.getKey());
                    if (other != null) all.add(other + " and " + e.getKey() + " name the same file " + e.getValue());
                }
            } catch (IOException ex) {
                all.add(e.getKey() + ": " + ex.getMessage());
            }
        }
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            try {
                OutputTarget.checkWritableDirectory(e.getValue());
            } catch (IOException ex) {
                all.add(e.getKey() + ": " + ex.getMessage());
            }
        }
        if (all.size() == 1) throw new UserError(all.get(0) + "; " + consequence);
        if (!all.isEmpty()) {
            throw new UserError(all.size() + " problems; " + consequence + ":\n  " + String.join("\n  ", all));
        }
    }
}
