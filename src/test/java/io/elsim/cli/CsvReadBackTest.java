package io.elsim.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of CSV elsim writes (run tables, with and without replications, capacity, sweep,
 * merge) read back with a real CSV reader: a header of unique names, records as long as the
 * header, and each column of one type a spreadsheet recognises: numbers with '.' decimals and
 * no grouping (exponent form allowed), true/false, or text; missing values are empty cells.
 */
class CsvReadBackTest {
    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9_]*");

    @TempDir Path dir;

    @Test
    void everyCsvElsimWritesReadsBackWithTypedColumns() throws IOException {
        String minimal = "minimal.yaml";
        Path config = dir.resolve(minimal);
        Files.writeString(config, io.elsim.experiment.Examples.text("minimal").orElseThrow()
                + "targets: {throughput_per_hour: \">= 1\"}\n");
        run("run", config.toString(), "--horizon", "1d", "--output-dir", dir.resolve("single").toString());
        run("run", config.toString(), "--horizon", "1d", "--replications", "3", "--threads", "2",
                "--output-dir", dir.resolve("replicated").toString());
        run("capacity", config.toString(), "--output-dir", dir.resolve("capacity").toString());
        Files.createDirectories(dir.resolve("sweep"));
        run("sweep", config.toString(), "--horizon", "1d", "--vary", "stations.paint.buffer=1,3", "--replications", "2",
                "--threads", "2", "--output", dir.resolve("sweep/sweep.csv").toString());
        run("merge", dir.resolve("sweep/sweep.csv").toString(), "--output", dir.resolve("sweep/merged.csv").toString());

        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(13);
        for (Path f : files) check(f);

        List<String> replicated = header(dir.resolve("replicated/stations.csv"));
        assertThat(replicated).contains("working_frac", "working_frac_ci95").endsWith("replications");
        assertThat(header(dir.resolve("replicated/targets.csv"))).containsExactly("name", "target", "value", "met");
        assertThat(header(dir.resolve("sweep/sweep.csv"))).startsWith("scenario", "stations.paint.buffer");
    }

    private static void run(String... args) {
        Cli r = Cli.run(Stream.concat(Stream.of(args), Stream.of("-q", "--no-progress"))
                .filter(a -> !(a.equals("--no-progress") && (args[0].equals("capacity") || args[0].equals("merge"))))
                .toArray(String[]::new));
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }

    private static List<String> header(Path f) throws IOException {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }

    static void check(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes.length).as("%s empty", f).isPositive();
        assertThat(bytes[0]).as("%s starts with a BOM", f).isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("%s: RFC 4180 CRLF line ends", f).endsWith("\r\n");
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = p.getHeaderNames();
            assertThat(new HashSet<>(header)).as("%s: duplicate columns", f).hasSize(header.size());
            boolean sweep = !header.isEmpty() && header.get(0).equals("scenario");
            for (String h : header) {
                if (!sweep || !h.contains(".")) assertThat(h).as("%s: column name", f).matches(SNAKE);
            }
            List<CSVRecord> records = new ArrayList<>(p.getRecords());
            assertThat(records).as("%s: no rows", f).isNotEmpty();
            for (int c = 0; c < header.size(); c++) {
                String col = header.get(c);
                boolean numeric = true;
                boolean bool = true;
                for (CSVRecord r : records) {
                    assertThat(r.size()).as("%s line %d", f, r.getRecordNumber()).isEqualTo(header.size());
                    String v = r.get(c);
                    if (v.isEmpty()) continue;
                    numeric &= NUMBER.matcher(v).matches();
                    bool &= v.equals("true") || v.equals("false");
                }
                if (col.endsWith("_ci95") || col.equals("replications") || col.endsWith("_frac")
                        || col.endsWith("_per_hour") || col.equals("scenario")) {
                    assertThat(numeric).as("%s: column %s must be numeric", f, col).isTrue();
                }
                if (col.equals("replications") || col.equals("scenario")) {
                    for (CSVRecord r : records) assertThat(r.get(c)).matches("\\d+");
                }
                if (col.equals("met")) assertThat(bool).as("%s: met is boolean", f).isTrue();
                if (col.equals("name") || col.equals("bottleneck")) {
                    for (CSVRecord r : records) {
                        if (!r.get(c).isEmpty()) assertThat(NUMBER.matcher(r.get(c)).matches()).isFalse();
                    }
                }
            }
        }
    }
}
