package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue items 1, 2, 8, 9, 10 and 14: every output is written where the user meant, every
 * failed write is exit 1 naming the output, and a destination that cannot be written is
 * refused once, before the first event.
 */
class BatchOutputsTest {
    static final String LINE = """
            name: outputs line
            horizon: 2h
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 50s}
              - {name: b, cycle: {exponential: {mean: 40s}}, buffer: 2}
            """;

    @TempDir Path dir;

    Path config() throws IOException {
        Path p = dir.resolve("line.yaml");
        Files.writeString(p, LINE);
        return p;
    }

    /** Runs elsim in a child JVM whose stdout and stderr are appended to {@code log} (as {@code >> log 2>&1}). */
    static int child(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "io.elsim.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Runs elsim in-process with {@code stdout} as its standard output; returns exit code and stderr. */
    static Cli withStdout(OutputStream stdout, String... args) {
        synchronized (Cli.class) {
            PrintStream oldErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = Main.execute(stdout, StandardCharsets.UTF_8, "stdout", args);
                return new Cli(exit, "", err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setErr(oldErr);
            }
        }
    }

    @Test
    void item1_anOutputThatIsTheProcessesOwnStdoutAppendsToTheLogInsteadOfReplacingIt() throws Exception {
        Path log = dir.resolve("app.log");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1000; i++) lines.append(i).append('\n');
        Files.writeString(log, lines);
        int exit = child(log, "run", config().toString(), "-q", "--format", "csv", "--output", "/dev/stdout");
        String after = Files.readString(log);
        assertThat(exit).as(after).isZero();
        assertThat(after).startsWith(lines.toString());
        assertThat(after.substring(lines.length())).startsWith("name,vehicles_completed,");

        // the same through /dev/stderr and /proc/self/fd/2, and through a link of the user's to /dev/stdout
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), Path.of("/dev/stdout"));
        for (String target : List.of("/dev/stderr", "/proc/self/fd/2", link.toString())) {
            long size = Files.size(log);
            assertThat(child(log, "run", config().toString(), "-q", "--format", "csv", "--output", target)).isZero();
            String now = Files.readString(log);
            assertThat(now).as(target).startsWith(after).hasSizeGreaterThan((int) size);
            after = now;
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void item2_everyCommandWritingToAFullStdoutExits1NamingIt() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        String cfg = config().toString();
        List<String[]> commands = List.of(new String[] {"example", "douai"}, new String[] {"example"},
                new String[] {"schema"}, new String[] {"man"}, new String[] {"completion", "bash"},
                new String[] {"validate", cfg}, new String[] {"capacity", cfg},
                new String[] {"run", cfg, "-q"}, new String[] {"run", cfg, "-q", "--format", "csv"},
                new String[] {"sweep", cfg, "-q", "--no-progress", "--vary", "seed=1,2"},
                new String[] {"run", "--help"}, new String[] {"-V"});
        for (String[] args : commands) {
            try (FileOutputStream full = new FileOutputStream("/dev/full")) {
                Cli r = withStdout(full, args);
                assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.FAILED);
                assertThat(r.err()).as(String.join(" ", args))
                        .contains("elsim: cannot write stdout: No space left on device").doesNotContain("Exception");
            }
        }
        Path shard = dir.resolve("s.csv");
        assertThat(Cli.run("sweep", cfg, "-q", "--no-progress", "--vary", "seed=1,2", "--output", shard.toString()).exit())
                .isZero();
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            assertThat(withStdout(full, "merge", shard.toString()).exit()).isEqualTo(ExitCode.FAILED);
        }
        // and a stdout that takes the report is still exit 0
        assertThat(withStdout(new ByteArrayOutputStream(), "schema").exit()).isZero();
    }

    @Test
    void item8_aChartThatCannotBeWrittenIsExit1NamingTheFile() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Path full = Files.createSymbolicLink(dir.resolve("full.png"), Path.of("/dev/full"));
        Cli run = Cli.run("run", config().toString(), "-q", "--chart", full.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("cannot write " + full + ": No space left on device")
                .doesNotContain("Exception", "I/O error writing PNG file!");
        Cli sweep = Cli.run("sweep", config().toString(), "-q", "--no-progress", "--vary", "seed=1,2", "--chart", full.toString());
        assertThat(sweep.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(sweep.err()).contains("cannot write " + full + ": No space left on device").doesNotContain("Exception");

        // in a process of its own, so that shutdown threads (ImageIO's "StreamCloser") would show their traces too
        Path log = dir.resolve("chart.log");
        assertThat(child(log, "run", config().toString(), "-q", "--format", "csv", "--chart", full.toString()))
                .isEqualTo(ExitCode.FAILED);
        assertThat(Files.readString(log)).contains("elsim: cannot write " + full + ": No space left on device")
                .doesNotContain("Exception", "StreamCloser", "\tat ");
    }

    @Test
    void item9_anUnwritableSweepOutputIsRefusedOnceBeforeAnyScenarioRuns() throws IOException {
        Path missing = dir.resolve("nonexist/s.csv");
        Cli r = Cli.run("sweep", config().toString(), "--no-progress", "--vary", "seed=1,2,3", "--output", missing.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).containsOnlyOnce("cannot write").contains("nothing was run")
                .doesNotContain("scenario 0", "scenarios, ");
    }

    /**
     * A disk that fills up during a sweep, made real by a file-size limit on the child process
     * (ulimit -f: writes past 2 KB fail with EFBIG, which the JVM reports instead of dying): the
     * sweep stops starting scenarios, says so once, exits 1, and the file keeps its last
     * complete content, from which --resume finishes the same file an uninterrupted sweep writes.
     */
    @Test
    void item9_aWriteThatFailsMidSweepStopsTheSweepAndSaysSoOnce() throws Exception {
        Path out = dir.resolve("lim.csv");
        String cfg = config().toString();
        Cli r = sizeLimited(2, "sweep", cfg, "--vary", "seed=1,2,3,4,5,6,7,8,9,10,11,12", "--threads", "1",
                "--no-progress", "-q", "--output", out.toString());
        String err = r.err();
        assertThat(r.exit()).as(err).isEqualTo(ExitCode.FAILED);
        assertThat(err).containsOnlyOnce("cannot write " + out + ": File too large").contains("the sweep stopped")
                .doesNotContain("Exception", ".tmp");
        List<String> lines = Files.readAllLines(out);
        assertThat(err).contains(out + " holds " + (lines.size() - 1) + " finished scenario");
        assertThat(lines.size() - 1).isBetween(1, 11);
        int fields = lines.get(0).split(",", -1).length;
        for (String line : lines) assertThat(line.split(",", -1)).hasSize(fields);

        Cli resumed = Cli.run("sweep", cfg, "--vary", "seed=1,2,3,4,5,6,7,8,9,10,11,12", "--no-progress", "-q",
                "--output", out.toString(), "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        Path whole = dir.resolve("whole.csv");
        assertThat(Cli.run("sweep", cfg, "--vary", "seed=1,2,3,4,5,6,7,8,9,10,11,12", "--no-progress", "-q",
                "--output", whole.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(whole));
    }

    /** elsim in a child JVM whose files may not grow past {@code kb} KB (bash's ulimit -f); stdout is dropped. */
    static Cli sizeLimited(int kb, String... args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f " + kb + "; exec \"$@\"", "elsim",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), "io.elsim.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Cli(p.exitValue(), "", err);
    }

    /** A table that cannot be written leaves every table of --output-dir as it was, not some new and some old. */
    @Test
    void item9_outputDirIsNeverLeftHalfWritten() throws Exception {
        Path tables = Files.createDirectory(dir.resolve("tables"));
        for (String t : List.of("summary", "stations", "buffers", "products")) Files.writeString(tables.resolve(t + ".csv"), "old\n");
        // the built-in Douai example: its stations table is over 1 KB, its summary under
        Cli r = sizeLimited(1, "run", "--horizon", "1d", "-q", "--no-targets", "--output-dir", tables.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("cannot write " + tables.resolve("stations.csv") + ": File too large");
        try (var files = Files.list(tables)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("summary.csv", "stations.csv", "buffers.csv", "products.csv");
        }
        for (String t : List.of("summary", "stations", "buffers", "products")) assertThat(tables.resolve(t + ".csv")).hasContent("old");
    }

    @Test
    void item9_runRefusesABadChartOutputDirOrTableBeforePrintingAnything() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "x");
        Cli r = Cli.run("run", config().toString(), "-q", "--chart", dir.resolve("nonexist/c.png").toString(),
                "--table", "targets", "--output-dir", file.resolve("tables").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("3 problems; nothing was run", "--table targets: the report will have no such table",
                "--chart: cannot write", "--output-dir: cannot create directory");
        assertThat(dir.resolve("a.yaml")).hasContent("x");
        Cli bad = Cli.run("run", config().toString(), "-q", "--chart", dir.resolve("c.gif").toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("must end in .png or .svg");
        Cli same = Cli.run("run", config().toString(), "-q", "--output", dir.resolve("x.svg").toString(), "--format", "csv",
                "--chart", dir.resolve("x.svg").toString());
        assertThat(same.err()).contains("--output and --chart name the same file");
    }

    @Test
    void item10_aSweepToAStreamWritesTheTableOnce() throws IOException {
        Cli r = Cli.run("sweep", config().toString(), "--no-progress", "-q", "--vary", "seed=1,2,3,4",
                "--format", "csv", "--output", "/dev/stdout");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsOnlyOnce("scenario,seed,");
        assertThat(r.out().lines()).hasSize(5);
        Cli resume = Cli.run("sweep", config().toString(), "--no-progress", "-q", "--vary", "seed=1,2",
                "--format", "csv", "--output", "/dev/stdout", "--resume");
        assertThat(resume.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(resume.err()).contains("--resume needs --output to be a file");
    }

    @Test
    void item14_messagesNameTheRealProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "x");
        Cli under = Cli.run("run", config().toString(), "-q", "--output", file.resolve("x.csv").toString());
        assertThat(under.err()).contains(file + " is a file, not a directory").doesNotContain("does not exist");
        Cli empty = Cli.run("run", config().toString(), "-q", "--output", "");
        assertThat(empty.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.err()).contains("--output: the output's name is empty").doesNotContain("it is a directory");
        Cli undecodable = Cli.run("run", config().toString(), "--output", "r\uFFFDsultat.csv");
        assertThat(undecodable.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(undecodable.err()).contains("argument 4 ('r?sultat.csv') holds bytes that are not text")
                .doesNotContain("\uFFFD");
        assertThat(dir.resolve("r\uFFFDsultat.csv")).doesNotExist();
    }

    @Test
    void item14_aReadOnlyTargetIsRefusedWithoutTheTemporaryFilesName() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes read-only files");
        Path ro = Files.writeString(dir.resolve("ro.csv"), "keep\n");
        assertThat(ro.toFile().setWritable(false)).isTrue();
        Cli r = Cli.run("run", config().toString(), "-q", "--output", ro.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("cannot write " + ro + ": the file is read-only").doesNotContain(".tmp");
        assertThat(ro).hasContent("keep");
    }
}
