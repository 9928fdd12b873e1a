package io.elsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table as RFC 4180 CSV: a header row of the column names, then one record per row,
 * CRLF line ends. Numbers carry every digit needed to read back the same double but no
 * more ({@link Cells#exact}), with {@code .} as decimal point and no grouping; NaN,
 * infinities and null become empty cells; booleans are {@code true}/{@code false}. A text
 * cell (or column name) that a spreadsheet would run as a formula starts with a quote
 * ({@link SpreadsheetText}); {@link CsvTableReader} takes it off again.
 * The caller chooses the byte encoding of {@code out} (UTF-8 for files and stdout).
 */
public final class CsvReportWriter {

    public void write(Table table, Writer out) throws IOException {
        String[] header = table.columns().stream().map(SpreadsheetText::neutralise).toArray(String[]::new);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        // not closed: closing the printer would close the caller's stream (stdout)
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Object[] row : table.rows()) {
            List<String> record = new ArrayList<>(row.length);
            for (Object v : row) record.add(Cells.csv(v));
            printer.printRecord(record);
        }
        printer.flush();
    }
}
