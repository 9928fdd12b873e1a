package io.elsim.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a reader, or a crash, never sees half a report: the content
 * goes to a temporary file in the target's directory (same file system, so the rename is
 * atomic), is forced to disk, then renamed over the target. The temporary file is removed
 * when anything fails.
 *
 * <p>A symbolic link is followed: the file it points to is replaced and the link stays.
 * A target that exists and is not a regular file (a FIFO, {@code /dev/null}) cannot be
 * renamed over without destroying it, so it is written through, as a shell redirection would;
 * atomicity means nothing for a stream. One of the process's own descriptors
 * ({@code /dev/stdout}, {@code /dev/fd/N}) is written through the open stream even when a
 * regular file is behind it (see {@link OwnDescriptor}).
 *
 * <p>Every failure is an {@link IOException} whose message names the target as given (never
 * the temporary file) and the reason, ready for the CLI to print as is.
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
        writeBytes(target, inputs, text(content));
    }

    /** Produces a binary file's content (an image); may throw, in which case the target is left untouched. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes atomically, with the same guarantees and checks as {@link #write}. */
    public static void writeBytes(Path target, Collection<Path> inputs, BinaryContent content) throws IOException {
        OutputTarget.checkName(target);
        OptionalInt fd = OwnDescriptor.reached(target);
        if (fd.isPresent()) {
            OwnDescriptor.write(target, fd.getAsInt(), named(target, content));
            return;
        }
        if (OutputTarget.isStream(target)) {
            // the original path: /dev/stdout's links end in names like "pipe:[123]" that only the kernel resolves
            writeThrough(target, target, content);
            return;
        }
        Path destination = OutputTarget.followLinks(target);
        Path dir = OutputTarget.directoryFor(target, destination, inputs);
        Path tmp = createTemp(target, destination.getFileName(), dir);
        try {
            fill(target, tmp, content);
            move(target, tmp, destination);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(tmp, e);
            throw e;
        }
        syncDirectory(dir);
    }

    /**
     * Every table as {@code dir/<table>.csv}; creates {@code dir} if missing. All tables are
     * written to temporary files first and renamed into place only when every one is
     * complete, so a full disk cannot leave the folder with some new tables and some old.
     */
    public static void writeDirectory(Path dir, Report report) throws IOException {
        writeDirectory(dir, report, List.of());
    }

    public static void writeDirectory(Path dir, Report report, Collection<Path> inputs) throws IOException {
        OutputTarget.checkName(dir);
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write to " + dir + ": it exists and is not a directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot create directory " + dir + ": permission denied", e);
        }
        CsvReportWriter csv = new CsvReportWriter();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Table table : report.tables()) {
                Path target = dir.resolve(table.name() + "." + Format.CSV.extension());
                Path destination = OutputTarget.followLinks(target);
                Path tmp = createTemp(target, destination.getFileName(), OutputTarget.directoryFor(target, destination, inputs));
                staged.put(tmp, target);
                fill(target, tmp, text(out -> csv.write(table, out)));
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getValue(), e.getKey(), OutputTarget.followLinks(e.getValue()));
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Path tmp : staged.keySet()) deleteQuietly(tmp, e);
            throw e;
        }
        syncDirectory(dir.toAbsolutePath());
    }

    private static BinaryContent text(Content content) {
        return stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()));
            content.writeTo(out);
            out.flush();
        };
    }

    /** The content, forced to disk in {@code tmp}; a failure names the target, never the temporary file. */
    private static void fill(Path target, Path tmp, BinaryContent content) throws IOException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            named(target, content).writeTo(new BufferedOutputStream(Channels.newOutputStream(channel)));
            try {
                channel.force(true);
            } catch (IOException e) {
                throw failed(target, e);
            }
        }
    }

    /** The content, flushed, with the failures of the stream it writes to (a full disk) naming {@code target}. */
    private static BinaryContent named(Path target, BinaryContent content) {
        return out -> {
            OutputStream guarded = new FilterOutputStream(out) {
                @Override public void write(byte[] b, int off, int len) throws IOException {
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        throw failed(target, e);
                    }
                }

                @Override public void flush() throws IOException {
                    try {
                        out.flush();
                    } catch (IOException e) {
                        throw failed(target, e);
                    }
                }
            };
            content.writeTo(guarded);
            guarded.flush();
        };
    }

    private static IOException failed(Path target, IOException e) {
        if (e instanceof WriteFailed) return e;
        String reason = e instanceof FileSystemException fs ? reason(fs, "the system refused the write") : e.getMessage();
        return new WriteFailed("cannot write " + target + ": " + reason, e);
    }

    /** An I/O error while writing, already named after the target. */
    private static final class WriteFailed extends IOException {
        WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static void deleteQuietly(Path tmp, Throwable failure) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
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
                throw OutputTarget.denied(target, dir, e);
            } catch (FileSystemException e) {
                throw new IOException("cannot write " + target + ": " + reason(e, "cannot create a file in its directory"), e);
            }
        }
    }

    /** The system's reason without the temporary file's name, which means nothing to the user. */
    private static String reason(FileSystemException e, String otherwise) {
        return e.getReason() != null ? e.getReason() : otherwise;
    }

    /** A failed rename names the target and the reason, never the temporary file ({@code .x.csv.1a2b.tmp -> x.csv}). */
    private static void move(Path target, Path tmp, Path destination) throws IOException {
        try {
            try {
                Files.move(tmp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some network/FUSE file systems cannot rename atomically; a plain replace beats no output
                Files.move(tmp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw OutputTarget.denied(target, tmp.getParent(), e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write " + target + ": " + reason(e, "the file could not be replaced"), e);
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
}
