package io.elsim.cli;

import io.elsim.experiment.Cluster;
import io.elsim.line.LineReport;
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

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Write every table as DIR/<table>.csv.")
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
            throw new UserError(e.getMessage());
        }
    }
}
