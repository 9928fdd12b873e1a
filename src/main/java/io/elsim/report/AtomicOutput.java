package io.elsim.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a reader, or a crash, never sees half a report: the content
 * goes to a temporary file in the target's directory (same file system, so the rename is
 * atomic), is forced to disk, then renamed over the target. The temporary file is removed
 * when anything fails.
 *
 * <p>A symbolic link is followed: the file it points to is replaced and the link stays.
 * A target that exists and is not a regular file (a FIFO, {@code /dev/null},
 * {@code /dev/stdout}) cannot be renamed over without destroying it, so it is written
 * through, as a shell redirection would; atomicity means nothing for a stream.
 *
 * <p>Every failure is an {@link IOException} whose message names the file and the reason,
 * ready for the CLI to print as is.
 */
public final class AtomicOutput {
    private AtomicOutput() { }

    /** Produces the file's content; may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    public static void writeString(Path target, String content, Collection<Path> inputs) throws IOException {
        write(target, inputs, out -> out.write(content));
    }

    /** Writes {@code report} in {@code format} to {@code target}; see {@link ReportWriter#write}. */
    public static void writeReport(Path target, Report report, Format format, String tableName,
                                   Collection<Path> inputs) throws IOException {
        write(target, inputs, out -> ReportWriter.write(report, format, tableName, out));
    }

    /**
     * Writes UTF-8 text atomically.
     *
     * @param inputs files that must never be overwritten (the config files of the run),
     *               so that a slip like {@code --output line.yaml} cannot destroy one
     */
    public static void write(Path target, Collection<Path> inputs, Content content) throws IOException {
        writeBytes(target, inputs, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()));
            content.writeTo(out);
            out.flush();
        });
    }

    /** Produces a binary file's content (an image); may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes atomically, with the same guarantees and checks as {@link #write}. */
    public static void writeBytes(Path target, Collection<Path> inputs, BinaryContent content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // the original path: /dev/stdout's links end in names like "pipe:[123]" that only the kernel resolves
            writeThrough(target, target, content);
            return;
        }
        Path destination = followLinks(target);
        Path dir = checkTarget(target, destination, inputs);
        Path tmp = createTemp(target, destination.getFileName(), dir);
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, destination);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof AccessDeniedException) throw denied(target, dir, e);
            throw e;
        }
        syncDirectory(dir);
    }

    /** Every table as {@code dir/<table>.csv} (each written atomically); creates {@code dir} if missing. */
    public static void writeDirectory(Path dir, Report report) throws IOException {
        writeDirectory(dir, report, List.of());
    }

    public static void writeDirectory(Path dir, Report report, Collection<Path> inputs) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write to " + dir + ": it exists and is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create directory " + dir + ": permission denied", e);
        }
        CsvReportWriter csv = new CsvReportWriter();
        for (Table table : report.tables()) {
            write(dir.resolve(table.name() + "." + Format.CSV.extension()), inputs, out -> csv.write(table, out));
        }
    }

    /**
     * The path a shell redirection would end up writing: links resolved one by one, so a
     * dangling link still names the file it will create.
     */
    private static Path followLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops >= 40) throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            Path parent = path.getParent();
            Path link = Files.readSymbolicLink(path);
            path = parent == null ? link : parent.resolve(link);
        }
        return path;
    }

    /** For streams and devices; fails with the reason when the device refuses (e.g. {@code /proc} files). */
    private static void writeThrough(Path target, Path destination, BinaryContent content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(destination, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(raw)) {
            content.writeTo(out);
            out.flush();
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + target + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + reason(e, "the system refused the write"), e);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Refuses what would fail late or destroy an input; returns the directory to write in. */
    private static Path checkTarget(Path target, Path destination, Collection<Path> inputs) throws IOException {
        Path absolute = destination.normalize();
        for (Path input : inputs) {
            if (sameFile(absolute, input.toAbsolutePath().normalize())) {
                throw new IOException("refusing to write " + target + ": it is the input file " + input);
            }
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        return dir;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        return a.equals(b);
    }

    /**
     * Created with default permissions (umask applies), unlike {@link Files#createTempFile},
     * whose owner-only mode would carry over to the report after the rename.
     */
    private static Path createTemp(Path target, Path fileName, Path dir) throws IOException {
        String base = "." + fileName + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(base + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            } catch (AccessDeniedException e) {
                throw denied(target, dir, e);
            } catch (FileSystemException e) {
                throw new IOException("cannot write " + target + ": " + reason(e, "cannot create a file in its directory"), e);
            }
        }
    }

    /** The system's reason without the temporary file's name, which means nothing to the user. */
    private static String reason(FileSystemException e, String otherwise) {
        return e.getReason() != null ? e.getReason() : otherwise;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network/FUSE file systems cannot rename atomically; a plain replace beats no output
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not possible on every platform, hence best effort. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open directories; the file content itself is already synced
        }
    }

    private static IOException denied(Path target, Path dir, Throwable cause) {
        return new IOException("cannot write " + target + ": permission denied in directory " + dir, cause);
    }
}
