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
 * infinities and null become empty cells; booleans are {@code true}/{@code false}.
 * The caller chooses the byte encoding of {@code out} (UTF-8 for files and stdout).
 */
public final class CsvReportWriter {

    public void write(Table table, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
        // not closed: closing the printer would close the caller's stream (stdout)
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Object[] row : table.rows()) {
            List<String> record = new ArrayList<>(row.length);
            for (Object v : row) record.add(Cells.machine(v));
            printer.printRecord(record);
        }
        printer.flush();
    }
}
