package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Output files: inputs are never overwritten, bad folders are exit 2, a killed run never leaves half a file. */
class OutputSafetyTest {
    @TempDir Path dir;

    private static final String SMALL = """
            name: small
            horizon: 2h
            release: {takt: 60s}
            stations:
              - {name: a, cycle: {exponential: {mean: 40s}}}
              - {name: b, cycle: 50s, buffer: 2}
            """;

    private Path config() throws IOException {
        Path p = dir.resolve("small.yaml");
        Files.writeString(p, SMALL, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void sweepAndMergeRefuseToOverwriteTheirInputs() throws IOException {
        Path cfg = config();
        Cli sweep = Cli.run("sweep", cfg.toString(), "--vary", "stations.b.buffer=0,1", "--no-progress", "-q",
                "--output", cfg.toString());
        assertThat(sweep.exit()).isEqualTo(2);
        assertThat(sweep.err()).contains("refusing to write").doesNotContain("Exception");
        assertThat(Files.readString(cfg)).isEqualTo(SMALL);

        Path shard = dir.resolve("shard.csv");
        assertThat(Cli.run("sweep", cfg.toString(), "--vary", "stations.b.buffer=0,1", "--no-progress", "-q",
                "--output", shard.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(shard);
        Cli merge = Cli.run("merge", shard.toString(), "--output", shard.toString());
        assertThat(merge.exit()).isEqualTo(2);
        assertThat(merge.err()).contains("refusing to write").doesNotContain("Exception");
        assertThat(Files.readAllBytes(shard)).isEqualTo(before);
    }

    @Test
    void aMissingOutputFolderIsExit2() throws IOException {
        Path missing = dir.resolve("no/such/dir/report.csv");
        Cli r = Cli.run("run", config().toString(), "--format", "csv", "--output", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write " + missing).contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void aReadOnlyOutputFolderIsExit2() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path cfg = config();
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assertThat(ro.toFile().setWritable(false)).isTrue();
        try {
            Cli r = Cli.run("run", cfg.toString(), "--format", "csv", "--output", ro.resolve("report.csv").toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("permission denied").doesNotContain("Exception");
            Cli d = Cli.run("run", cfg.toString(), "--output-dir", ro.resolve("tables").toString());
            assertThat(d.exit()).isEqualTo(2);
            assertThat(d.err()).contains("permission denied").doesNotContain("Exception");
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    /**
     * A sweep in a child JVM rewrites its --output after every scenario; it is killed (SIGKILL,
     * harsher than SIGINT/SIGTERM: no shutdown hook runs) as soon as it has created its 1st, 4th
     * and 12th temporary file, that is while or just after it writes one: moments set by the
     * child's own progress, not by a clock. Each time the file is either the previous complete
     * content or a complete new one, never a truncated one.
     */
    @Test
    void aKilledSweepLeavesTheOldFileOrACompleteNewOne() throws Exception {
        Path cfg = config();
        Path out = dir.resolve("sweep.csv");
        String old = "marker,old\n1,2\n";
        Files.writeString(out, old);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int writes : new int[] {1, 4, 12}) {
            try (WatchService watcher = dir.getFileSystem().newWatchService()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
                Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                        "io.elsim.cli.Main", "sweep", cfg.toString(), "--vary", "stations.b.buffer=0,1,2,3,4,5,6,7,8,9",
                        "--vary", "stations.a.servers=1,2,3", "--replications", "2", "--threads", "1",
                        "--no-progress", "-q", "--output", out.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                int seen = 0;
                while (seen < writes) {
                    // the timeout only ends a failing test: a passing one is woken by the file system
                    WatchKey key = watcher.poll(60, TimeUnit.SECONDS);
                    assertThat(key).as("temporary file %d of the sweep", seen + 1).isNotNull();
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.context() != null && e.context().toString().endsWith(".tmp")) seen++;
                    }
                    key.reset();
                }
                p.destroyForcibly();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            String text = Files.readString(out);
            // a temporary file is created only once the one before it was renamed into place
            if (writes > 1) assertThat(text).isNotEqualTo(old);
            if (!text.equals(old)) {
                List<String> lines = text.lines().toList();
                assertThat(text).endsWith("\n");
                assertThat(lines.get(0)).startsWith("scenario,stations.b.buffer,stations.a.servers,");
                int fields = lines.get(0).split(",", -1).length;
                for (String line : lines) assertThat(line.split(",", -1)).hasSize(fields);
            }
            File[] leftovers = dir.toFile().listFiles((d, name) -> name.endsWith(".tmp"));
            // a killed writer may leave its temporary file behind, never a damaged target
            assertThat(leftovers == null ? 0 : leftovers.length).isLessThanOrEqualTo(1);
            for (File f : leftovers == null ? new File[0] : leftovers) f.delete();
        }
    }
}
