package io.elsim.cli;

import io.elsim.report.CsvReportWriter;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet would run as a formula — --vary values, names taken from file
 * paths — never reaches a CSV cell that starts a formula, and merge and --resume read the
 * quoted cells back so that sharded sweeps still join byte for byte.
 */
class FormulaCellsTest {
    @TempDir Path dir;

    private static final String SMALL = """
            seed: 5
            horizon: 2h
            release: {takt: 60s}
            stations:
              - {name: a, cycle: {exponential: {mean: 40s}}}
              - {name: b, cycle: 50s, buffer: 2}
            """;

    /** Every cell of a CSV file (header included), as the file holds it. */
    private static List<String> cells(Path csv) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180)) {
            for (CSVRecord r : p) r.forEach(out::add);
        }
        return out;
    }

    /** A cell a spreadsheet would run: starts with = + - @ tab or CR and is not a plain number. */
    private static boolean runnable(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    @Test
    void shardedSweepWithSignedTextValuesMergesAndResumesByteForByte() throws IOException {
        Path cfg = dir.resolve("small.yaml");
        Files.writeString(cfg, SMALL);
        // "+2h" and "-0s" are valid durations and text cells that start like a formula
        String[] vary = {"--vary", "horizon=+2h,3h", "--vary", "warmup=-0s,+0s,10min", "--no-progress", "-q",
                "--replications", "2"};
        List<String> base = List.of("sweep", cfg.toString());
        Cli all = run(base, vary, "--output", dir.resolve("all.csv").toString());
        assertThat(all.exit()).as(all.err()).isZero();
        for (int i = 1; i <= 3; i++) {
            Cli shard = run(base, vary, "--shard", i + "/3", "--output", dir.resolve("s" + i + ".csv").toString());
            assertThat(shard.exit()).as(shard.err()).isZero();
        }
        Cli merge = Cli.run("merge", dir.resolve("s2.csv").toString(), dir.resolve("s1.csv").toString(),
                dir.resolve("s3.csv").toString(), "--output", dir.resolve("merged.csv").toString());
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("merged.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("all.csv")));

        List<String> cells = cells(dir.resolve("all.csv"));
        assertThat(cells).contains("'+2h", "'-0s", "'+0s", "3h");
        assertThat(cells).noneMatch(FormulaCellsTest::runnable);
        Table back = CsvTableReader.read(dir.resolve("all.csv"), "sweep");
        assertThat(back.get(0, "horizon")).isEqualTo("+2h");
        assertThat(back.get(0, "warmup")).isEqualTo("-0s");

        // --resume reads the quoted cells of a shard back and rewrites them unchanged
        Files.copy(dir.resolve("s1.csv"), dir.resolve("resumed.csv"));
        Cli resume = run(base, vary, "--resume", "--output", dir.resolve("resumed.csv").toString());
        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("resumed.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("all.csv")));
    }

    /**
     * Shards holding a --vary value and a file path that begin with '=' (as a future free-text
     * key would give): merged, they are the unsharded bytes, and every such cell reads back unchanged.
     */
    @Test
    void mergeReadsQuotedCellsBackToTheSameValues() throws IOException {
        List<String> columns = List.of("scenario", "label", "config", "throughput_per_hour");
        Object[][] rows = {
                {0L, "=1+2", "=/tmp/plant.yaml", 41.5},
                {1L, "=HYPERLINK(\"http://x\",\"click\")", "@plants/douai.yaml", -1.5},
                {2L, "'=quoted by the user", "+x.yaml", 0.25},
                {3L, "-2+3", "\t=tab.yaml", 12.0},
        };
        write(dir.resolve("unsharded.csv"), columns, rows, 0, 1, 2, 3);
        write(dir.resolve("even.csv"), columns, rows, 0, 2);
        write(dir.resolve("odd.csv"), columns, rows, 1, 3);
        Cli merge = Cli.run("merge", dir.resolve("odd.csv").toString(), dir.resolve("even.csv").toString(),
                "--output", dir.resolve("merged.csv").toString());
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("merged.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("unsharded.csv")));
        assertThat(cells(dir.resolve("merged.csv"))).noneMatch(FormulaCellsTest::runnable)
                .contains("'=1+2", "'=/tmp/plant.yaml", "''=quoted by the user", "-1.5");
        Table back = CsvTableReader.read(dir.resolve("merged.csv"), "sweep");
        for (int r = 0; r < rows.length; r++) {
            assertThat(back.get(r, "label")).isEqualTo(rows[r][1]);
            assertThat(back.get(r, "config")).isEqualTo(rows[r][2]);
        }
        // merge to stdout quotes the same way
        Cli stdout = Cli.run("merge", dir.resolve("odd.csv").toString(), dir.resolve("even.csv").toString());
        assertThat(stdout.out()).isEqualTo(Files.readString(dir.resolve("unsharded.csv"), StandardCharsets.UTF_8));
    }

    /** A config file named like a formula, without a name: key, gives the line its name; the CSV quotes it. */
    @Test
    void aFilePathBeginningWithEqualsIsQuotedInTheCsvAndReadsBack() throws IOException {
        Path cfg = dir.resolve("=SUM(A1).yaml");
        Files.writeString(cfg, SMALL);
        Path out = dir.resolve("summary.csv");
        Cli r = Cli.run("run", cfg.toString(), "--format", "csv", "--table", "summary", "--output", out.toString(), "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(cells(out)).contains("'=SUM(A1)").noneMatch(FormulaCellsTest::runnable);
        assertThat(CsvTableReader.read(out, "summary").get(0, "name")).isEqualTo("=SUM(A1)");

        // two plants side by side: the plant column holds the file names
        Path other = dir.resolve("+douai.yaml");
        Files.writeString(other, "name: douai\n" + SMALL);
        Cli cluster = Cli.run("run", cfg.toString(), other.toString(), "--format", "csv", "--table", "stations", "-q");
        assertThat(cluster.exit()).as(cluster.err()).isZero();
        Path stations = dir.resolve("stations.csv");
        Files.writeString(stations, cluster.out(), StandardCharsets.UTF_8);
        assertThat(cells(stations)).contains("'=SUM(A1)", "'+douai").noneMatch(FormulaCellsTest::runnable);
    }

    private static Cli run(List<String> base, String[] vary, String... extra) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(vary));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void write(Path file, List<String> columns, Object[][] rows, int... which) throws IOException {
        Table t = new Table("sweep", columns);
        for (int r : which) t.addRow(rows[r]);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new CsvReportWriter().write(t, w);
        }
    }
}
