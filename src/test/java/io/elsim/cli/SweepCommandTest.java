package io.elsim.cli;

import io.elsim.report.CsvTableReader;
import io.elsim.report.Table;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** elsim sweep and elsim merge end to end, through Main as a user runs them. */
class SweepCommandTest {
    /**
     * Two exponential stations (rate 1/s each), the first never starved, a buffer of B places
     * between them, blocking after service. The number of vehicles past station 1 (in the
     * buffer, at station 2, or blocked on station 1) is a birth-death chain on 0..B+2 with
     * equal rates, hence uniform: throughput = μ (B+2)/(B+3) (Buzacott & Shanthikumar 1993, §5.2).
     */
    static final String TWO_STATION = """
            name: two-station exponential line
            seed: 7
            horizon: 10000s
            warmup: 1000s
            release: unlimited
            stations:
              - {name: a, cycle: {exponential: {mean: 1s}}}
              - {name: b, cycle: {exponential: {mean: 1s}}, buffer: 0}
            """;

    @TempDir static Path dir;
    static Path config;

    @BeforeAll
    static void writeConfig() throws IOException {
        config = dir.resolve("two.yaml");
        Files.writeString(config, TWO_STATION);
    }

    static Cli sweep(String output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", config.toString(),
                "--vary", "stations.b.buffer=0,1,2,4", "--no-progress", "-q",
                "--output", dir.resolve(output).toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    @Test
    void throughputGrowsWithTheBufferAndMatchesTheExactMarkovChain() throws IOException {
        Cli r = sweep("buffers.csv", "--threads", "2", "--replications", "10");
        assertThat(r.exit()).as(r.err()).isZero();
        Table t = CsvTableReader.read(dir.resolve("buffers.csv"), "sweep");
        assertThat(t.size()).isEqualTo(4);
        // the report's 95 % half-width widened to 99 % (t quantiles, 9 df), decided before running
        double widen = new TDistribution(9).inverseCumulativeProbability(0.995)
                / new TDistribution(9).inverseCumulativeProbability(0.975);
        double previous = 0;
        for (int i = 0; i < t.size(); i++) {
            int b = Integer.parseInt((String) t.get(i, "stations.b.buffer"));
            double exact = 3600.0 * (b + 2) / (b + 3);
            double mean = Double.parseDouble((String) t.get(i, "throughput_per_hour"));
            double hw = Double.parseDouble((String) t.get(i, "throughput_per_hour_ci95"));
            System.out.printf("buffer %d: %.1f ± %.1f per hour, exact %.1f%n", b, mean, hw, exact);
            assertThat(Math.abs(mean - exact)).as("buffer %d", b).isLessThanOrEqualTo(hw * widen);
            assertThat(hw / exact).isLessThan(0.01);
            assertThat(mean).isGreaterThan(previous);
            previous = mean;
            assertThat(t.get(i, "replications")).isEqualTo("10");
        }
    }

    @Test
    void outputIsByteIdenticalWhateverTheThreadCount() throws IOException {
        assertThat(sweep("t1.csv", "--threads", "1", "--replications", "3").exit()).isZero();
        assertThat(sweep("t4.csv", "--threads", "4", "--replications", "3").exit()).isZero();
        assertThat(bytes("t4.csv")).isEqualTo(bytes("t1.csv"));

        Cli one = Cli.run("run", config.toString(), "--replications", "4", "--threads", "1", "--format", "json", "-q");
        Cli four = Cli.run("run", config.toString(), "--replications", "4", "--threads", "4", "--format", "json", "-q");
        assertThat(one.exit()).isZero();
        assertThat(four.out()).isEqualTo(one.out()).contains("\"throughput_per_hour_ci95\"", "\"replications\"");
    }

    @Test
    void threeShardsMergedAreTheUnshardedSweepByteForByte() throws IOException {
        assertThat(sweep("all.csv", "--threads", "2", "--replications", "3").exit()).isZero();
        for (int i = 1; i <= 3; i++) {
            Cli r = sweep("shard" + i + ".csv", "--threads", "1", "--replications", "3", "--shard", i + "/3");
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(CsvTableReader.read(dir.resolve("shard1.csv"), "s").size()).isEqualTo(2); // scenarios 0 and 3
        Cli merged = Cli.run("merge", dir.resolve("shard3.csv").toString(), dir.resolve("shard1.csv").toString(),
                dir.resolve("shard2.csv").toString(), "--output", dir.resolve("merged.csv").toString());
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(bytes("merged.csv")).isEqualTo(bytes("all.csv"));

        // a forgotten shard leaves gaps: refused unless --partial; a byte order mark (a spreadsheet's save) is skipped
        Files.write(dir.resolve("bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("shard1.csv")));
        Cli gap = Cli.run("merge", dir.resolve("bom.csv").toString(), dir.resolve("shard2.csv").toString());
        assertThat(gap.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(gap.err()).isEqualTo("elsim: scenario 2 is in none of the files (scenarios 0..3): merge every shard"
                + " of the sweep (all i/n with the same n), or pass --partial to merge what is there" + System.lineSeparator());
        Cli partial = Cli.run("merge", dir.resolve("bom.csv").toString(), dir.resolve("shard2.csv").toString(), "--partial");
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(partial.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactly("0", "1", "3");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void mergeNamesTheFileAndTheReasonForWhatItCannotRead() throws IOException {
        Files.write(dir.resolve("binary.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        Files.writeString(dir.resolve("quote.csv"), "scenario,a\n\"1\"x,2\n");
        Files.writeString(dir.resolve("negative.csv"), "scenario,a\n-1,2\n");
        String[][] cases = {
                {dir.resolve("nosuch.csv").toString(), "nosuch.csv: no such file"},
                {dir.toString(), ": is a directory, not a CSV file"},
                {dir.resolve("binary.csv").toString(), "binary.csv: not UTF-8 text"},
                {dir.resolve("quote.csv").toString(), "quote.csv: not a readable CSV file: Invalid character"},
                {dir.resolve("negative.csv").toString(), "negative.csv: scenario -1 is negative"}};
        for (String[] c : cases) {
            Cli r = Cli.run("merge", c[0]);
            assertThat(r.exit()).as(c[0]).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(c[0]).startsWith("elsim: ").contains(c[1]).doesNotContain("Exception");
        }
    }

    @Test
    void resumeRunsOnlyTheMissingScenariosAndGivesTheSameFile() throws IOException {
        assertThat(sweep("full.csv", "--threads", "2", "--replications", "3").exit()).isZero();
        // an interrupted sweep: only the rows of scenarios 0 and 2 made it to the file
        List<String> lines = Files.readAllLines(dir.resolve("full.csv"));
        Files.writeString(dir.resolve("partial.csv"), lines.get(0) + "\r\n" + lines.get(1) + "\r\n" + lines.get(3) + "\r\n");
        Cli r = sweep("partial.csv", "--threads", "2", "--replications", "3", "--resume");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(bytes("partial.csv")).isEqualTo(bytes("full.csv"));

        Cli wrong = Cli.run("sweep", config.toString(), "--vary", "stations.a.servers=1,2", "--no-progress",
                "--output", dir.resolve("full.csv").toString(), "--resume");
        assertThat(wrong.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("cannot resume").doesNotContain("Exception");
    }

    @Test
    void anInvalidScenarioIsAConfigErrorBeforeAnythingRuns() throws IOException {
        Path out = Files.writeString(dir.resolve("kept.csv"), "a file the user wrote\n");
        Cli r = Cli.run("sweep", config.toString(), "--vary", "stations.a.servers=1,0,2", "--replications", "2",
                "--no-progress", "--threads", "2", "--output", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("scenario 1 (stations.a.servers=0)").contains("servers")
                .contains("nothing was run").doesNotContain("Exception").doesNotContain("INFO");
        assertThat(Files.readString(out)).isEqualTo("a file the user wrote\n");

        Cli unknown = Cli.run("sweep", config.toString(), "--vary", "nosuch=1,2", "--no-progress", "-q");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("nosuch").doesNotContain("Exception");
    }

    @Test
    void aRunawayScenarioIsTheModelsFaultAndTheOthersKeepTheirRows() throws IOException {
        // about 4 events a second: 2000 s stay far below the guard, 10^6 s pass it; it stops that scenario only
        Cli r = Cli.run("sweep", config.toString(), "--vary", "horizon=2000s,1000000s", "--no-progress", "-q",
                "--max-events", "200000", "--output", dir.resolve("runaway.csv").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("scenario 1 (horizon=1000000s) stopped").doesNotContain("Exception");
        Table t = CsvTableReader.read(dir.resolve("runaway.csv"), "sweep");
        assertThat(t.rows()).extracting(row -> row[0]).containsExactly("0");
    }

    @Test
    void aKeyVariedTwiceOrAnUnboundedProductIsRefused() {
        Cli twice = Cli.run("sweep", config.toString(), "--vary", "horizon=1d,2d", "--vary", "horizon=3d", "--no-progress");
        assertThat(twice.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("--vary horizon is given twice").doesNotContain("Exception");

        String values = String.join(",", java.util.stream.IntStream.range(0, 20_000).mapToObj(i -> i + "s").toList());
        Cli huge = Cli.run("sweep", config.toString(), "--vary", "warmup=" + values, "--vary", "horizon=" + values,
                "--no-progress");
        assertThat(huge.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.err()).contains("20000 x 20000").contains("exceeds 100000 scenarios")
                .doesNotContain("Exception").doesNotContain("Error");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("sweep", config.toString(), "--vary", "nokey").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("sweep", config.toString(), "--vary", "seed=1,2", "--shard", "4/3").exit())
                .isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("run", config.toString(), "--precision", "abc").exit()).isEqualTo(ExitCode.USAGE);
        Cli merge = Cli.run("merge", config.toString());
        assertThat(merge.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(merge.err()).doesNotContain("Exception");
    }
}
