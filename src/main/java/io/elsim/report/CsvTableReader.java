package io.elsim.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a CSV file elsim wrote back into a {@link Table} whose cells are the strings of the
 * file, each as elsim had it before writing (the quote {@link SpreadsheetText} puts in front of
 * a would-be formula taken off). Written again with {@link CsvReportWriter}, such a table gives back the same bytes,
 * which is what lets shards be merged and sweeps resumed exactly.
 */
public final class CsvTableReader {
    private CsvTableReader() { }

    /** @throws IOException naming the file when it cannot be read or is not a table of equal-length records */
    public static Table read(Path file, String tableName) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        if (Files.isDirectory(file)) throw new IOException(file + ": is a directory, not a CSV file");
        try (Reader in = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream().map(SpreadsheetText::restore).toList();
            if (header.isEmpty()) throw new IOException(file + ": empty file, no CSV header");
            Table table = new Table(tableName, header);
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    throw new IOException(file + ":" + parser.getCurrentLineNumber() + ": " + record.size()
                            + " fields where the header has " + header.size());
                }
                String[] cells = record.values();
                for (int i = 0; i < cells.length; i++) cells[i] = SpreadsheetText.restore(cells[i]);
                table.addRow((Object[]) cells);
            }
            return table;
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (is it a CSV file elsim wrote?)", e);
        } catch (FileSystemException e) {
            throw new IOException(file + ": " + (e.getReason() != null ? e.getReason() : "cannot be read"), e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) throw e;
            throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // the parser's iterator wraps its IOException (e.g. a stray quote) in an unchecked one
            Throwable reason = e.getCause() instanceof IOException io ? io : e;
            throw new IOException(file + ": not a readable CSV file: " + reason.getMessage(), e);
        }
    }

    /** Spreadsheets save UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
        return in;
    }
}
