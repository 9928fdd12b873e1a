package io.elsim.cli;

import io.elsim.experiment.Cluster;
import io.elsim.experiment.LineReport;
import io.elsim.model.LineSpec;
import io.elsim.report.AtomicOutput;
import io.elsim.report.Format;
import io.elsim.report.Report;
import io.elsim.report.ReportWriter;
import io.elsim.report.TableView;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Where and how a report is written. */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json (default: from the --output extension .txt, .csv or .json, else table).")
    String format;

    @Option(names = "--table", paramLabel = "NAME",
            description = "Which table to print (summary, stations, buffers, products, parts, suppliers, targets, cluster); CSV default: summary.")
    String table;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
    Path output;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write every table as DIR/<table>.csv (created if missing).")
    Path outputDir;

    @Mixin ColumnOptions columns;

    @Option(names = "--ascii",
            description = "Draw the stations' state bars with ASCII characters instead of Unicode blocks.")
    boolean ascii;

    Format parsedFormat() {
        Format f;
        try {
            f = Format.choose(format, output);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        columns.check(outputDir != null && output == null ? Format.CSV : f);
        return f;
    }

    /** Refuses an unknown --table before any simulation time is spent; see {@link #write} for absent ones. */
    void checkTableName() {
        if (table == null) return;
        List<String> known = new ArrayList<>(LineReport.TABLES);
        known.add(Cluster.CLUSTER);
        if (!known.contains(table)) {
            throw new UserError("--table " + table + ": no such table (tables: " + String.join(", ", known) + ")");
        }
    }

    /** The destinations of these options (--output, --output-dir), to check before the run. */
    Destinations destinations(Collection<Path> inputs) {
        return new Destinations(inputs).file("--output", output).folder("--output-dir", outputDir);
    }

    /**
     * Why --table names a table the report of these configs will not have (targets without
     * targets, parts without supply, cluster with one plant), or null. Known before the run,
     * so that the run is not spent first; tables this check does not know are checked when
     * the report is written.
     */
    String absentTable(List<LineSpec> specs) {
        if (table == null) return null;
        boolean present = switch (table) {
            case "targets" -> specs.stream().anyMatch(s -> !s.targets().isEmpty());
            case "parts", "suppliers" -> specs.stream().anyMatch(s -> !s.parts().isEmpty() || !s.suppliers().isEmpty());
            case Cluster.CLUSTER -> specs.size() > 1;
            default -> true;
        };
        if (present) return null;
        String why = switch (table) {
            case "targets" -> "the config has no targets";
            case Cluster.CLUSTER -> "it comes with several CONFIG files (a cluster)";
            default -> "the config has no parts or suppliers";
        };
        return "--table " + table + ": the report will have no such table (" + why + ")";
    }

    /** Writes the report where asked; {@code inputs} are never overwritten. */
    void write(Report report, Collection<Path> inputs, PrintStream stdout) {
        Format f = parsedFormat();
        if (table != null) {
            try {
                ReportWriter.table(report, table);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        TableView view = columns.view(report);
        try {
            if (outputDir != null) {
                AtomicOutput.writeDirectory(outputDir, report, inputs);
            }
            if (output != null) {
                AtomicOutput.write(output, inputs, out -> ReportWriter.write(report, f, table, null, view, out));
            }
            if (output == null && outputDir == null) {
                Writer w = new OutputStreamWriter(stdout, StandardCharsets.UTF_8);
                ReportWriter.write(report, f, table, Terminal.bars(ascii), view, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new WriteFailure(e.getMessage());
        }
    }
}
