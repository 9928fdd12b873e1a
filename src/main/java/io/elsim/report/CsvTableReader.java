package io.elsim.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a CSV file elsim wrote back into a {@link Table} whose cells are the strings of the
 * file. Written again with {@link CsvReportWriter}, such a table gives back the same bytes,
 * which is what lets shards be merged and sweeps resumed exactly.
 */
public final class CsvTableReader {
    private CsvTableReader() { }

    /** @throws IOException naming the file when it cannot be read or is not a table of equal-length records */
    public static Table read(Path file, String tableName) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) throw new IOException(file + ": empty file, no CSV header");
            Table table = new Table(tableName, header);
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    throw new IOException(file + ":" + parser.getCurrentLineNumber() + ": " + record.size()
                            + " fields where the header has " + header.size());
                }
                table.addRow((Object[]) record.values());
            }
            return table;
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }
}
