package io.elsim.cli;

import io.elsim.report.Format;
import io.elsim.report.Report;
import io.elsim.report.Table;
import io.elsim.report.TableView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which columns the terminal table shows: the essential ones, --columns, or --wide. */
final class ColumnOptions {
    private static final Logger LOG = LoggerFactory.getLogger(ColumnOptions.class);

    @Option(names = "--columns", paramLabel = "A,B,C", split = ",",
            description = "Table format: show these columns, in this order, in every table that has them "
                    + "(e.g. name,state,working_frac,working_frac_ci95). CSV and JSON keep every field.")
    List<String> columns;

    @Option(names = "--wide", description = "Table format: show every column (by default the essential ones, "
            + "to fit 120 characters).")
    boolean wide;

    /** Refuses --columns/--wide where they mean nothing, before any simulation time is spent. */
    void check(Format format) {
        if (columns != null && wide) throw new UserError("--columns and --wide exclude each other");
        if (format != Format.TABLE && (columns != null || wide)) {
            throw new UserError((wide ? "--wide" : "--columns") + " chooses the columns of the table format;"
                    + " CSV and JSON keep every field");
        }
    }

    /**
     * The view for {@code report}. A --columns name that no table has is a warning with the names
     * there are, not an error: it is known only once the run is done, and failing then would
     * throw the finished report away.
     */
    TableView view(Report report) {
        if (columns == null) return wide ? TableView.WIDE : TableView.DEFAULT;
        Set<String> known = new LinkedHashSet<>();
        known.add(TableView.STATE);
        for (Table t : report.tables()) known.addAll(t.columns());
        List<String> unknown = new ArrayList<>();
        for (String c : columns) if (!known.contains(c.strip())) unknown.add(c.strip());
        if (!unknown.isEmpty()) {
            LOG.warn("--columns: no column {} in this report (columns: {})", String.join(", ", unknown),
                    String.join(", ", known));
        }
        return TableView.of(columns.stream().map(String::strip).toList(), false);
    }
}
