package io.elsim.cli;

import io.elsim.experiment.SweepIdentity;
import io.elsim.report.CsvTableReader;
import io.elsim.report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue items 3, 4 and 5: rows of one sweep never pass for rows of another. Every row carries
 * the sweep's identity; --resume and merge refuse rows of another sweep and say what differs;
 * --resume refuses rows this sweep cannot have; two spellings of one --vary key are refused.
 */
class SweepIdentityTest {
    /** Deterministic stations: with a takt of 60 s the line makes exactly one vehicle a minute. */
    static final String LINE = """
            name: identity line
            seed: 1
            horizon: 2h
            release: {takt: 60s}
            stations:
              - {name: body, cycle: 30s}
              - {name: paint, cycle: {exponential: {mean: 40s}}, buffer: 2}
            """;

    @TempDir static Path dir;
    static Path config;

    @BeforeAll
    static void writeConfig() throws IOException {
        config = dir.resolve("line.yaml");
        Files.writeString(config, LINE);
    }

    static Cli sweep(String output, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", config.toString(), "--no-progress", "-q",
                "--output", dir.resolve(output).toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    static List<String> lines(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name));
    }

    @Test
    void item3_everyRowCarriesTheSweepIdentityAsItsLastColumn() throws IOException {
        assertThat(sweep("id.csv", "--vary", "seed=1,2,3", "--replications", "2").exit()).isZero();
        Table t = CsvTableReader.read(dir.resolve("id.csv"), "sweep");
        assertThat(t.columns()).endsWith("replications", SweepIdentity.COLUMN);
        String id = (String) t.get(0, SweepIdentity.COLUMN);
        for (int r = 0; r < t.size(); r++) assertThat(t.get(r, SweepIdentity.COLUMN)).isEqualTo(id);
        // readable words, no comma or semicolon a spreadsheet could split on
        assertThat(id).contains("seed=1", "horizon=2h", "warmup=0s", "replications=2").doesNotContain(",", ";");
        assertThat(SweepIdentity.parse(id).parts()).containsKeys("elsim", "config", "vary");
    }

    @Test
    void item3_resumeRefusesTheRowsOfASweepOverOtherSeeds() throws IOException {
        assertThat(sweep("r1.csv", "--vary", "seed=1,2,3,4,5").exit()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("r1.csv"));
        Cli r = sweep("r1.csv", "--vary", "seed=6,7,8,9,10", "--resume");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("cannot resume", "another sweep", "--vary keys or values").doesNotContain("Exception");
        assertThat(Files.readAllBytes(dir.resolve("r1.csv"))).isEqualTo(before);
    }

    @Test
    void item3_resumeRefusesAChangedHorizonNamingIt() throws IOException {
        assertThat(sweep("h.csv", "--vary", "seed=1,2").exit()).isZero();
        Cli r = sweep("h.csv", "--vary", "seed=1,2", "--horizon", "3h", "--resume");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("horizon 2h in", "3h in this sweep");
        Cli reps = sweep("h.csv", "--vary", "seed=1,2", "--replications", "3", "--resume");
        assertThat(reps.err()).contains("replications 1 in", "3 in this sweep");
    }

    @Test
    void item3_resumeRefusesOutOfRangeNegativeDuplicateAndNonNumericScenarios() throws IOException {
        assertThat(sweep("rows.csv", "--vary", "seed=1,2,3").exit()).isZero();
        List<String> lines = lines("rows.csv");
        String header = lines.get(0);
        String row0 = lines.get(1);
        String tail = row0.substring(row0.indexOf(','));
        record Case(String row, String message) { }
        for (Case c : List.of(new Case("7" + tail, "scenario 7 is not one of this sweep's (0..2)"),
                new Case("-1" + tail, "scenario -1 is not one of this sweep's"),
                new Case(row0 + "\n" + row0, "scenario 0 appears twice"),
                new Case("abc" + tail, "scenario 'abc' is not a number"),
                new Case("1" + tail, "scenario 1 has seed=1 there, 2 in this sweep"))) {
            Files.writeString(dir.resolve("bad.csv"), header + "\n" + c.row() + "\n");
            Cli r = sweep("bad.csv", "--vary", "seed=1,2,3", "--resume");
            assertThat(r.exit()).as(c.row()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(c.row()).contains("cannot resume", c.message()).doesNotContain("Exception");
        }
    }

    @Test
    void item3_resumeOfAShardRefusesScenariosOfAnotherShard() throws IOException {
        assertThat(sweep("all.csv", "--vary", "seed=1,2,3,4").exit()).isZero();
        Files.copy(dir.resolve("all.csv"), dir.resolve("s1.csv"));
        Cli r = sweep("s1.csv", "--vary", "seed=1,2,3,4", "--shard", "1/2", "--resume");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("scenario 1 is not in shard 1/2");
    }

    /** A sweep killed (SIGTERM) before any scenario finished must not claim the old file as its rows. */
    @Test
    void item3_interruptedBeforeAnyScenarioFinishedSaysTheFileWasNotWritten() throws Exception {
        Path old = dir.resolve("old.csv");
        String previous = "scenario,x\n0,1\n";
        Files.writeString(old, previous);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "io.elsim.cli.Main", "sweep", config.toString(), "--vary", "seed=1,2", "--horizon", "5200w",
                "--threads", "1", "--no-progress", "--output", old.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder err = new StringBuilder();
        try (var in = p.getErrorStream()) {
            // the "N scenarios, M to run" line comes after every check, just before the first event
            for (int c; (c = in.read()) >= 0; ) {
                err.append((char) c);
                if (err.indexOf("to run") >= 0 && c == '\n') break;
            }
            p.toHandle().destroy(); // SIGTERM, as kill does; Process.destroy would also close our end of stderr
            err.append(new String(in.readAllBytes()));
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(err).contains("interrupted before any scenario finished; " + old + " was not written and holds "
                + "what it held before").doesNotContain("0 finished scenarios kept");
        assertThat(Files.readString(old)).isEqualTo(previous);
    }

    @Test
    void item4_mergeRefusesShardsOfDifferentSweepsNamingWhatDiffers() throws IOException {
        assertThat(sweep("a1.csv", "--vary", "seed=1,2,3,4,5", "--shard", "1/3").exit()).isZero();
        assertThat(sweep("b2.csv", "--vary", "seed=6,7,8,9,10", "--shard", "2/3").exit()).isZero();
        assertThat(sweep("b3.csv", "--vary", "seed=6,7,8,9,10", "--shard", "3/3").exit()).isZero();
        Cli m = Cli.run("merge", dir.resolve("a1.csv").toString(), dir.resolve("b2.csv").toString(),
                dir.resolve("b3.csv").toString());
        assertThat(m.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(m.out()).isEmpty();
        assertThat(m.err()).contains("a1.csv and ", "b2.csv are not shards of one sweep", "--vary keys or values");

        assertThat(sweep("c2.csv", "--vary", "seed=1,2,3,4,5", "--shard", "2/3", "--warmup", "1h").exit()).isZero();
        Cli w = Cli.run("merge", dir.resolve("a1.csv").toString(), dir.resolve("c2.csv").toString(), "--partial");
        assertThat(w.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(w.err()).contains("warmup 0s in", "1h in");
    }

    @Test
    void item4_mergeRefusesAFileThatMixesSweeps() throws IOException {
        assertThat(sweep("m1.csv", "--vary", "seed=1,2").exit()).isZero();
        assertThat(sweep("m2.csv", "--vary", "seed=1,2", "--horizon", "3h").exit()).isZero();
        List<String> a = lines("m1.csv");
        List<String> b = lines("m2.csv");
        Files.writeString(dir.resolve("mixed.csv"), a.get(0) + "\n" + a.get(1) + "\n" + b.get(2) + "\n");
        Cli m = Cli.run("merge", dir.resolve("mixed.csv").toString());
        assertThat(m.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(m.err()).contains("mixes rows of different sweeps", "horizon 2h", "3h");
    }

    @Test
    void item5_oneKeyByNameAndByIndexIsRefusedNotMislabelled() {
        Cli r = Cli.run("sweep", config.toString(), "--no-progress", "-q",
                "--vary", "stations.paint.cycle=30s,120s", "--vary", "stations.1.cycle=40s,50s");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--vary stations.paint.cycle and --vary stations.1.cycle are the same key "
                + "(stations.paint.cycle)");
        assertThat(r.out()).isEmpty();

        Cli spaced = Cli.run("sweep", config.toString(), "--no-progress", "-q",
                "--vary", "stations.paint.cycle=30s,120s", "--vary", "stations. paint .cycle=40s");
        assertThat(spaced.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(spaced.err()).contains("are the same key (stations.paint.cycle)");

        // different stations by index are different keys
        Cli two = Cli.run("sweep", config.toString(), "--no-progress", "-q", "--format", "csv",
                "--vary", "stations.0.cycle=30s", "--vary", "stations.paint.cycle=40s,50s");
        assertThat(two.exit()).as(two.err()).isZero();
    }
}
