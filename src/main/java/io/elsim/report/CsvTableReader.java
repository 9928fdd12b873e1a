package io.elsim.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.FilterReader;
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
import java.util.Locale;

/**
 * Reads a CSV file elsim wrote back into a {@link Table} whose cells are the strings of the
 * file, each as elsim had it before writing (the quote {@link SpreadsheetText} puts in front of
 * a would-be formula taken off). Written again with {@link CsvReportWriter}, such a table gives back the same bytes,
 * which is what lets shards be merged and sweeps resumed exactly.
 */
public final class CsvTableReader {
    /**
     * Largest CSV read: a sweep of the most scenarios elsim runs (100,000) writes about 100 MB.
     * Checked before reading a regular file, and while reading a stream ({@code /dev/zero}).
     */
    public static final long MAX_CHARS = 256L * 1024 * 1024;
    /** Longest line: a sweep row is about 1,000 characters. */
    public static final int MAX_LINE_CHARS = 1024 * 1024;
    /** Most records (rows after the header): the most scenarios a sweep has. */
    public static final int MAX_ROWS = 100_000;

    private CsvTableReader() { }

    /** @throws IOException naming the file when it cannot be read, is too large, or is not a table of equal-length records */
    public static Table read(Path file, String tableName) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        if (Files.isDirectory(file)) throw new IOException(file + ": is a directory, not a CSV file");
        if (Files.isRegularFile(file) && Files.size(file) > MAX_CHARS) {
            throw new IOException(String.format(Locale.ROOT, "%s: the file is %.1f MB; a CSV elsim reads may be at most %d MB "
                    + "(see docs/limits.md)", file, Files.size(file) / (1024.0 * 1024), MAX_CHARS / (1024 * 1024)));
        }
        try (Reader in = new Bounded(file, withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames().stream().map(SpreadsheetText::restore).toList();
            if (header.isEmpty()) throw new IOException(file + ": empty file, no CSV header");
            Table table = new Table(tableName, header);
            for (CSVRecord record : parser) {
                if (table.size() >= MAX_ROWS) {
                    throw new IOException(file + ": more than " + MAX_ROWS + " rows; a sweep has at most "
                            + MAX_ROWS + " scenarios (see docs/limits.md)");
                }
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
            if (reason instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith(file.toString())) {
                throw io;
            }
            throw new IOException(file + ": not a readable CSV file: " + reason.getMessage(), e);
        }
    }

    /**
     * Stops reading past {@link #MAX_CHARS} characters or a line of {@link #MAX_LINE_CHARS}:
     * the parser would otherwise hold an endless line ({@code /dev/zero}) until memory runs out.
     */
    private static final class Bounded extends FilterReader {
        private final Path file;
        private long total;
        private long line = 1;
        private int lineLength;

        Bounded(Path file, Reader in) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count((char) c);
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) count(buf[off + i]);
            return n;
        }

        private void count(char c) throws IOException {
            if (++total > MAX_CHARS) {
                throw new IOException(file + ": more than " + MAX_CHARS / (1024 * 1024)
                        + " MB; a CSV elsim reads may be at most that (see docs/limits.md)");
            }
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (++lineLength > MAX_LINE_CHARS) {
                throw new IOException(file + ":" + line + ": a line longer than " + MAX_LINE_CHARS
                        + " characters; is it a CSV file elsim wrote?");
            }
        }
    }

    /** Spreadsheets save UTF-8 CSV with a byte order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
        return in;
    }
}
