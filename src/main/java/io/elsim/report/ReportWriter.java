package io.elsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a report in one format: the single entry point for the CLI.
 * <ul>
 *   <li>{@link Format#TABLE}: all tables, or only {@code tableName} when given.</li>
 *   <li>{@link Format#CSV}: one table per file by design (RFC 4180 has no notion of
 *       several), so {@code tableName} defaults to {@value #DEFAULT_CSV_TABLE}; use
 *       {@link AtomicOutput#writeDirectory} for all of them.</li>
 *   <li>{@link Format#JSON}: the complete report (version, config, all tables); with a
 *       {@code tableName}, only {@code elsim_version} and that table, since asking for one
 *       table means wanting it without the config around it.</li>
 * </ul>
 */
public final class ReportWriter {
    public static final String DEFAULT_CSV_TABLE = "summary";

    private ReportWriter() { }

    /**
     * @param tableName a table of the report, or null for the format's default
     * @throws IllegalArgumentException for an unknown table name; the message lists the valid ones
     */
    public static void write(Report report, Format format, String tableName, Writer out) throws IOException {
        write(report, format, tableName, null, out);
    }

    /** As {@link #write(Report, Format, String, Writer)}; {@code bars} draws state bars in the table format (null: none). */
    public static void write(Report report, Format format, String tableName, StateBar bars, Writer out)
            throws IOException {
        write(report, format, tableName, bars, TableView.WIDE, out);
    }

    /** As {@link #write(Report, Format, String, StateBar, Writer)}; {@code view} chooses the table format's columns. */
    public static void write(Report report, Format format, String tableName, StateBar bars, TableView view, Writer out)
            throws IOException {
        switch (format) {
            case TABLE -> new TextReportWriter(bars, view).write(
                    tableName == null ? report.tables() : List.of(table(report, tableName)), out);
            case CSV -> new CsvReportWriter().write(
                    table(report, tableName == null ? DEFAULT_CSV_TABLE : tableName), out);
            case JSON -> {
                if (tableName == null) new JsonReportWriter().write(report, out);
                else new JsonReportWriter().write(report, List.of(table(report, tableName)), false, out);
            }
        }
        out.flush();
    }

    /** The named table, or an IllegalArgumentException naming the tables there are. */
    public static Table table(Report report, String name) {
        return report.table(name).orElseThrow(() -> new IllegalArgumentException(
                "no table '" + name + "' in the report (tables: "
                        + report.tables().stream().map(Table::name).collect(Collectors.joining(", ")) + ")"));
    }
}
