package io.elsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * What may be written where: the checks {@link AtomicOutput} makes before it writes, also
 * offered on their own so that a command can refuse an unwritable destination before its first
 * simulated event instead of after hours of simulation. Messages name the destination as the
 * user wrote it and the reason, ready to print as they are.
 */
public final class OutputTarget {
    private OutputTarget() { }

    /**
     * Whether {@code target} is a stream rather than a file: one of the process's own
     * descriptors ({@code /dev/stdout}), a device or a FIFO. A stream is written once, through;
     * a sweep does not rewrite it after each scenario (each rewrite would append the table again).
     */
    public static boolean isStream(Path target) throws IOException {
        if (OwnDescriptor.reached(target).isPresent()) return true;
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /** Checks, without writing anything, that {@link AtomicOutput#writeBytes} may write {@code target}. */
    public static void checkWritable(Path target, Collection<Path> inputs) throws IOException {
        checkName(target);
        OptionalInt fd = OwnDescriptor.reached(target);
        if (fd.isPresent()) {
            OwnDescriptor.check(target, fd.getAsInt());
            return;
        }
        if (isStream(target)) {
            if (!Files.isWritable(target)) throw new IOException("cannot write " + target + ": permission denied");
            return;
        }
        Path dir = directoryFor(target, followLinks(target), inputs);
        if (!Files.isWritable(dir)) throw denied(target, dir, null);
    }

    /** Like {@link #checkWritable} for {@link AtomicOutput#writeDirectory}: {@code dir} is or can become a writable folder. */
    public static void checkWritableDirectory(Path dir) throws IOException {
        checkName(dir);
        Path absolute = dir.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) throw new IOException("cannot create directory " + dir + ": no part of its path exists");
        if (!Files.isDirectory(existing)) {
            throw new IOException(existing.equals(absolute) ? "cannot write to " + dir + ": it exists and is not a directory"
                    : "cannot create directory " + dir + ": " + existing + " is a file, not a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new IOException(existing.equals(absolute) ? "cannot write to " + dir + ": permission denied"
                    : "cannot create directory " + dir + ": permission denied in " + existing);
        }
    }

    static void checkName(Path target) throws IOException {
        if (target.toString().isEmpty()) throw new IOException("the output's name is empty");
    }

    /**
     * The path a shell redirection would end up writing: links resolved one by one, so a
     * dangling link still names the file it will create.
     */
    static Path followLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops >= 40) throw new IOException("cannot write " + target + ": too many levels of symbolic links");
            Path parent = path.getParent();
            Path link = Files.readSymbolicLink(path);
            path = parent == null ? link : parent.resolve(link);
        }
        return path;
    }

    /**
     * Refuses what would fail late, destroy an input, or replace a file the user made read-only
     * (a shell's {@code >} refuses it too); returns the directory to write in.
     */
    static Path directoryFor(Path target, Path destination, Collection<Path> inputs) throws IOException {
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
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            if (existing != null && !Files.isDirectory(existing)) {
                throw new IOException("cannot write " + target + ": " + existing + " is a file, not a directory");
            }
            throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (Files.isRegularFile(absolute) && !Files.isWritable(absolute)) {
            throw new IOException("cannot write " + target + ": the file is read-only");
        }
        return dir;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        return a.equals(b);
    }

    static IOException denied(Path target, Path dir, Throwable cause) {
        return new IOException("cannot write " + target + ": permission denied in directory " + dir, cause);
    }
}
