package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<String> listing(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesContentAsUtf8() throws IOException {
        Path out = dir.resolve("report.txt");
        AtomicOutput.writeString(out, "Mégane ✓\n", List.of());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("Mégane ✓\n");
        assertThat(listing(dir)).containsExactly("report.txt");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path out = dir.resolve("report.csv");
        Files.writeString(out, "a much longer old content that must not survive in any part\n");
        AtomicOutput.writeString(out, "new\n", List.of());
        assertThat(Files.readString(out)).isEqualTo("new\n");
        assertThat(listing(dir)).containsExactly("report.csv");
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path config = dir.resolve("line.yaml");
        Files.writeString(config, "name: x\n");
        Path sameViaOtherSpelling = dir.resolve("sub/../line.yaml");
        Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> AtomicOutput.writeString(sameViaOtherSpelling, "oops", List.of(config)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("refusing")
                .hasMessageContaining("line.yaml");
        assertThat(Files.readString(config)).isEqualTo("name: x\n");
        assertThat(listing(dir)).containsExactly("line.yaml", "sub");
    }

    @Test
    void refusesToOverwriteAnInputThroughASymlink() throws IOException {
        Path config = Files.writeString(dir.resolve("line.yaml"), "name: x\n");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("out.json"), config);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symlinks here");
            return;
        }
        assertThatThrownBy(() -> AtomicOutput.writeString(link, "oops", List.of(config)))
                .hasMessageContaining("refusing");
    }

    @Test
    void symlinkIsFollowedAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = symlink(dir.resolve("latest.csv"), real);
        AtomicOutput.writeString(link, "new\n", List.of());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(listing(dir)).containsExactly("latest.csv", "real.csv");
    }

    @Test
    void danglingSymlinkCreatesTheFileItNames() throws IOException {
        Path link = symlink(dir.resolve("latest.csv"), dir.resolve("real.csv"));
        AtomicOutput.writeString(link, "new\n", List.of());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("real.csv"))).isEqualTo("new\n");
    }

    @Test
    void deviceIsWrittenThroughNotReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
        // through a link in a writable directory: a rename there would replace the link with a file
        Path link = symlink(dir.resolve("sink.txt"), devNull);
        AtomicOutput.writeString(link, "discarded\n", List.of());
        AtomicOutput.writeString(devNull, "discarded\n", List.of());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(listing(dir)).containsExactly("sink.txt");
        Files.delete(link); // JUnit warns when it cleans up a link that leaves the temp dir
    }

    @Test
    void fifoIsWrittenThrough() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicOutput.writeString(fifo, "through\n", List.of());
        assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(listing(dir)).containsExactly("pipe");
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symlinks here");
            return link;
        }
    }

    @Test
    void missingDirectoryIsAClearError() {
        Path out = dir.resolve("no-such-dir/report.csv");
        assertThatThrownBy(() -> AtomicOutput.writeString(out, "x", List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("report.csv")
                .hasMessageContaining("does not exist");
    }

    @Test
    void targetThatIsADirectoryIsAClearError() {
        assertThatThrownBy(() -> AtomicOutput.writeString(dir, "x", List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("is a directory");
    }

    @Test
    void readOnlyDirectoryIsAClearError() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "running as root: permissions are not enforced");
            assertThatThrownBy(() -> AtomicOutput.writeString(ro.resolve("r.csv"), "x", List.of()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failingContentLeavesTargetAndDirectoryUntouched() throws IOException {
        Path out = Files.writeString(dir.resolve("report.csv"), "old\n");
        assertThatThrownBy(() -> AtomicOutput.write(out, List.of(), w -> {
            w.write("partial");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> AtomicOutput.write(out, List.of(), w -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(out)).isEqualTo("old\n");
        assertThat(listing(dir)).containsExactly("report.csv");
    }

    @Test
    void writeDirectoryWritesEveryTableAsCsv() throws IOException {
        Path outDir = dir.resolve("results/run1");
        Report report = SampleReports.report();
        AtomicOutput.writeDirectory(outDir, report);
        assertThat(listing(outDir)).containsExactly("stations.csv", "summary.csv");
        for (Table table : report.tables()) {
            StringWriter expected = new StringWriter();
            new CsvReportWriter().write(table, expected);
            assertThat(Files.readString(outDir.resolve(table.name() + ".csv"))).isEqualTo(expected.toString());
        }
        AtomicOutput.writeDirectory(outDir, report);
        assertThat(listing(outDir)).containsExactly("stations.csv", "summary.csv");
    }

    @Test
    void writeDirectoryOverAFileIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> AtomicOutput.writeDirectory(file, SampleReports.report()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a directory");
    }

    @Test
    void writeReportIsByteIdenticalTwice() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        AtomicOutput.writeReport(a, SampleReports.report(), Format.JSON, null, List.of());
        AtomicOutput.writeReport(b, SampleReports.report(), Format.JSON, null, List.of());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
}
