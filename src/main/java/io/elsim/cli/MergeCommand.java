package io.elsim.cli;

import io.elsim.experiment.Sweep;
import io.elsim.report.AtomicOutput;
import io.elsim.report.CsvReportWriter;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code elsim merge}: join the CSVs of sweep shards into the file the unsharded sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join sweep CSVs written with --shard i/n into one, ordered by scenario: "
                + "byte for byte the CSV of the same sweep run unsharded.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sweep CSV files (one per shard).")
    List<Path> files;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the merged CSV to FILE (atomically) instead of stdout.")
    Path output;

    @picocli.CommandLine.Mixin VerbosityOptions verbosity;

    @Override
    public Integer call() {
        List<String> header = null;
        Map<Long, Object[]> rows = new TreeMap<>();
        Map<Long, Path> origin = new TreeMap<>();
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
            for (Object[] row : t.rows()) {
                long scenario;
                try {
                    scenario = Long.parseLong((String) row[0]);
                } catch (NumberFormatException e) {
                    throw new UserError(file + ": scenario '" + row[0] + "' is not a number");
                }
                Object[] previous = rows.put(scenario, row);
                if (previous != null && !Arrays.equals(previous, row)) {
                    throw new UserError("scenario " + scenario + " appears with different results in "
                            + origin.get(scenario) + " and " + file);
                }
                origin.put(scenario, file);
            }
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
            throw new UserError(e.getMessage());
        }
        return ExitCode.OK;
    }
}
