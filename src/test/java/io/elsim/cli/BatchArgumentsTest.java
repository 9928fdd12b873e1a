package io.elsim.cli;

import io.elsim.experiment.Sweep;
import io.elsim.report.CsvTableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue items 6, 7, 11, 12, 13, 15 and 16: arguments are never ignored or misread, and inputs
 * that would exhaust time or memory are refused with a message.
 */
class BatchArgumentsTest {
    static final String LINE = """
            name: arguments line
            horizon: 2h
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 50s}
              - {name: b, cycle: 40s, buffer: 2}
            """;

    @TempDir Path dir;

    Path config(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, LINE);
        return p;
    }

    @Test
    void item6_setHasTheLimitsOfAFile() throws IOException {
        String cfg = config("line.yaml").toString();
        Cli deep = Cli.run("validate", cfg, "--set", "a.".repeat(65_000) + "b=1");
        assertThat(deep.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(deep.err()).contains("--set:1:1: a key of 130001 characters; at most 1000 are accepted");
        Cli parts = Cli.run("validate", cfg, "--set", "a.".repeat(64) + "b=1");
        assertThat(parts.err()).contains("a key path of 65 parts; a config nests at most 64 levels");
        Cli longName = Cli.run("run", cfg, "-q", "--set", "name=" + "x".repeat(100_000));
        assertThat(longName.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(longName.err()).contains("--set:1:6: a value of 100000 characters; at most 10000 are accepted");
        Cli escape = Cli.run("run", cfg, "-q", "--set", "name=a\u001b[31mb");
        assertThat(escape.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(escape.err()).contains("--set:1:7: the control character U+001B is not allowed").doesNotContain("\u001b");
        // a value at the limit is still fine
        assertThat(Cli.run("validate", cfg, "--set", "name=" + "x".repeat(10_000)).exit()).isZero();
    }

    @Test
    void item7_csvInputsHaveLimitsAndAClearMessage() throws IOException {
        Cli zero = Cli.run("merge", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("/dev/zero:1: a line longer than 1048576 characters").doesNotContain("Exception");

        Path blank = dir.resolve("blank.csv");
        Files.writeString(blank, "scenario\n" + "\n".repeat(CsvTableReader.MAX_ROWS + 1));
        Cli rows = Cli.run("merge", blank.toString());
        assertThat(rows.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(rows.err()).contains("more than 100000 rows");

        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(CsvTableReader.MAX_CHARS + 1); // sparse: no disk used, refused before reading
        }
        Cli size = Cli.run("merge", huge.toString());
        assertThat(size.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(size.err()).contains("huge.csv: the file is 256.0 MB; a CSV elsim reads may be at most 256 MB");

        Cli resumeZero = Cli.run("sweep", config("line.yaml").toString(), "--vary", "seed=1,2", "--format", "csv",
                "--output", "/dev/zero", "--resume");
        assertThat(resumeZero.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(resumeZero.err()).doesNotContain("Exception", "OutOfMemory");
        assertThat(Sweep.MAX_SCENARIOS).isEqualTo(CsvTableReader.MAX_ROWS);
    }

    @Test
    void item11_extraConfigArgumentsAreRefused() throws IOException {
        String cfg = config("line.yaml").toString();
        Cli capacity = Cli.run("capacity", cfg, "/nonexist.yaml");
        assertThat(capacity.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(capacity.err()).contains("capacity takes one CONFIG, got 2: " + cfg + " /nonexist.yaml");
        Cli sweep = Cli.run("sweep", cfg, "/nonexist.yaml", "--vary", "seed=1,2");
        assertThat(sweep.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(sweep.err()).contains("sweep takes one CONFIG, got 2");
        assertThat(sweep.out()).isEmpty();
    }

    /** A FIFO can be read once, like a pipe on /dev/stdin: every scenario loads from the one reading. */
    @Test
    void item12_aSweepReadsAPipedConfigOnce() throws Exception {
        Path fifo = dir.resolve("config.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "needs mkfifo");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(LINE.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Cli r = Cli.run("sweep", fifo.toString(), "--no-progress", "-q", "--vary", "seed=1,2,3", "--format", "csv");
        writer.join(10_000);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("empty");
        assertThat(r.out().lines()).hasSize(4);
    }

    @Test
    void item13_everyLongIsASeed() throws IOException {
        String cfg = config("line.yaml").toString();
        for (String seed : new String[] {"9223372036854775807", "-9223372036854775808", "1000000000000000000"}) {
            Cli r = Cli.run("run", cfg, "-q", "--format", "csv", "--seed", seed);
            assertThat(r.exit()).as(seed + ": " + r.err()).isZero();
        }
        Path file = Files.writeString(dir.resolve("big-seed.yaml"), LINE + "seed: 9223372036854775808\n");
        Cli over = Cli.run("validate", file.toString());
        assertThat(over.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(over.err()).contains("seed: 9223372036854775808 is out of range (whole numbers from "
                + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")");
    }

    @Test
    void item15_plantNamesNeverClashWithTheClusterRowOrEachOther() throws IOException {
        Path a = config("a/minimal.yaml");
        Path b = config("b/minimal.yaml");
        Path cluster = config("site/cluster.yaml");
        Cli r = Cli.run("run", a.toString(), b.toString(), cluster.toString(), a.toString(), "-q", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactly("a/minimal", "b/minimal", "site/cluster", "a/minimal (2)", "cluster");
        assertThat(PlantIds.of(java.util.Arrays.asList(null, a))).containsExactly("douai", "minimal");
    }

    @Test
    void item16_clusteredVerbosityVersionShardAndEmptyOutputDir() throws IOException {
        try {
            Logging.configure(new String[] {"run", "-qv"});
            assertThat(Logging.level()).isEqualTo("debug");
            Logging.configure(new String[] {"run", "-vq"});
            assertThat(Logging.level()).isEqualTo("warn");
            Logging.configure(new String[] {"run", "--verbose", "-q"});
            assertThat(Logging.level()).isEqualTo("warn");
            Logging.configure(new String[] {"run", "--set", "name=-v"});
            assertThat(Logging.level()).isEqualTo("info");
        } finally {
            Logging.configure(new String[] {"-q"});
        }

        Cli version = Cli.run("run", "-V");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("elsim ");
        assertThat(Cli.run("sweep", "-V").out()).isEqualTo(version.out());

        String cfg = config("line.yaml").toString();
        for (String shard : new String[] {"1/2/", "/2", "1//2"}) {
            Cli r = Cli.run("sweep", cfg, "--vary", "seed=1,2", "--shard", shard);
            assertThat(r.exit()).as(shard).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--shard '" + shard + "' is not i/n");
        }
        Cli dirEmpty = Cli.run("run", cfg, "-q", "--output-dir", "");
        assertThat(dirEmpty.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(dirEmpty.err()).contains("--output-dir: the output's name is empty");
    }
}
