package io.elsim.cli;

import io.elsim.experiment.Sweep;
import io.elsim.experiment.SweepIdentity;
import io.elsim.report.AtomicOutput;
import io.elsim.report.CsvReportWriter;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Format;
import io.elsim.report.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code elsim merge}: join the CSVs of sweep shards into the file the unsharded sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join sweep CSVs written with --shard i/n into one, ordered by scenario: "
                + "byte for byte the CSV of the same sweep run unsharded. Refuses files of different sweeps "
                + "(their sweep_id differs), saying what differs.")
final class MergeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(MergeCommand.class);

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sweep CSV files (one per shard).")
    List<Path> files;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the merged CSV to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--partial", description = "Accept missing scenarios (shards not run yet, an interrupted sweep) "
            + "instead of refusing them.")
    boolean partial;

    @picocli.CommandLine.Mixin VerbosityOptions verbosity;

    @Override
    public Integer call() {
        Format named = Format.ofFileName(output);
        if (named != null && named != Format.CSV) {
            throw new UserError("--output " + output + ": merge writes CSV only; name the file .csv");
        }
        new Destinations(files).file("--output", output).check("nothing was merged");
        List<String> header = null;
        TreeMap<Long, Object[]> rows = new TreeMap<>();
        Map<Long, Path> origin = new TreeMap<>();
        SweepIdentity identity = null;
        Path identityFrom = null;
        for (Path file : files) {
            Table t;
            try {
                t = CsvTableReader.read(file, SweepCommand.TABLE);
            } catch (IOException e) {
                throw new UserError(e.getMessage());
            }
            if (t.columns().isEmpty() || !t.columns().get(0).equals(Sweep.SCENARIO)) {
                throw new UserError(file + ": not a sweep CSV (its first column is not '" + Sweep.SCENARIO + "')");
            }
            if (header == null) {
                header = t.columns();
            } else if (!header.equals(t.columns())) {
                throw new UserError(file + ": its columns differ from those of " + files.get(0) + " (not the same sweep)");
            }
            boolean identified = header.contains(SweepIdentity.COLUMN);
            for (int r = 0; r < t.size(); r++) {
                Object[] row = t.rows().get(r);
                if (identified) {
                    SweepIdentity id = SweepRows.identity("", file, r, t);
                    if (identity == null) {
                        identity = id;
                        identityFrom = file;
                    }
                    List<String> differs = identity.differences(identityFrom.toString(), id, file.toString());
                    if (!differs.isEmpty()) {
                        throw new UserError((identityFrom.equals(file) ? file + " mixes rows of different sweeps: "
                                : identityFrom + " and " + file + " are not shards of one sweep: ") + String.join("; ", differs));
                    }
                }
                long scenario = SweepRows.scenario("", file, r, row[0]);
                if (scenario < 0) throw new UserError(file + ": scenario " + scenario + " is negative; sweeps number them from 0");
                if (scenario >= Sweep.MAX_SCENARIOS) {
                    throw new UserError(file + ": scenario " + scenario + " is beyond the " + Sweep.MAX_SCENARIOS
                            + " scenarios a sweep may have");
                }
                Object[] previous = rows.put(scenario, row);
                if (previous != null && !Arrays.equals(previous, row)) {
                    throw new UserError("scenario " + scenario + " appears with different results in "
                            + origin.get(scenario) + " and " + file);
                }
                origin.put(scenario, file);
            }
        }
        if (!header.contains(SweepIdentity.COLUMN)) {
            LOG.warn("the files have no {} column (written by an older elsim): merge cannot check that they are shards "
                    + "of one sweep", SweepIdentity.COLUMN);
        }
        String missing = rows.isEmpty() ? null : missing(rows.keySet());
        if (missing != null && !partial) {
            // shards interleave scenarios (k mod n), so a forgotten shard or a mix of n leaves gaps below the last
            throw new UserError(missing + " in none of the files (scenarios 0.." + rows.lastKey() + "): merge every shard"
                    + " of the sweep (all i/n with the same n), or pass --partial to merge what is there");
        }
        Table merged = new Table(SweepCommand.TABLE, header);
        rows.values().forEach(merged::addRow);
        try {
            if (output != null) {
                AtomicOutput.write(output, files, out -> new CsvReportWriter().write(merged, out));
            } else {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                new CsvReportWriter().write(merged, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new WriteFailure(e.getMessage());
        }
        return ExitCode.OK;
    }

    /** The scenario numbers below the highest one that no file has, in words (the first ten); null if none. */
    private static String missing(Set<Long> present) {
        List<String> shown = new ArrayList<>();
        long count = 0;
        long expected = 0;
        for (long k : present) {
            count += k - expected;
            for (long m = expected; m < k && shown.size() < 10; m++) shown.add(String.valueOf(m));
            expected = k + 1;
        }
        if (count == 0) return null;
        return (count == 1 ? "scenario " : "scenarios ") + String.join(", ", shown)
                + (count > shown.size() ? ", ... (" + count + " in all)" : "") + (count == 1 ? " is" : " are");
    }
}
