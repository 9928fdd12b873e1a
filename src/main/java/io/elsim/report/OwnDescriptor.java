package io.elsim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A destination that names one of the process's own open files: {@code /dev/stdout},
 * {@code /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N} (or a link to one of them).
 * Such a path leads, through the kernel's links, to whatever the shell opened — a terminal, a
 * pipe or a regular file such as {@code app.log} in {@code >> app.log}. It must be written
 * through the descriptor that is already open: renaming a temporary file over the file behind
 * it would replace a log the user is appending to, and opening it anew would write from its
 * first byte.
 */
final class OwnDescriptor {
    private static final Pattern DEV = Pattern.compile("/dev/(stdin|stdout|stderr)");
    private static final Pattern FD = Pattern.compile("/(?:dev/fd|proc/(?:self|thread-self|(\\d+))/fd)/(\\d{1,9})");

    private OwnDescriptor() { }

    /** The descriptor number {@code path} (taken literally, links not followed) names, if it names one. */
    static OptionalInt of(Path path) {
        String text = path.toAbsolutePath().normalize().toString();
        Matcher dev = DEV.matcher(text);
        if (dev.matches()) {
            return OptionalInt.of(switch (dev.group(1)) {
                case "stdin" -> 0;
                case "stdout" -> 1;
                default -> 2;
            });
        }
        Matcher fd = FD.matcher(text);
        if (fd.matches() && (fd.group(1) == null || fd.group(1).equals(Long.toString(ProcessHandle.current().pid())))) {
            return OptionalInt.of(Integer.parseInt(fd.group(2)));
        }
        return OptionalInt.empty();
    }

    /**
     * The descriptor named by {@code target} or by any link on the way to the file it ends
     * at ({@code out.csv -> /dev/stdout}), so that a link cannot lead around the check.
     */
    static OptionalInt reached(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int hops = 0; hops < 40; hops++) {
            OptionalInt fd = of(path);
            if (fd.isPresent() || !Files.isSymbolicLink(path)) return fd;
            Path link = Files.readSymbolicLink(path);
            Path parent = path.getParent();
            path = parent == null ? link : parent.resolve(link);
        }
        return OptionalInt.empty();
    }

    /**
     * Refuses the process's input (writing {@code /dev/stdin} would append to the file it was
     * redirected from, a config perhaps) and a descriptor that is not open.
     */
    static void check(Path target, int fd) throws IOException {
        if (fd == 0) throw new IOException("cannot write " + target + ": it is the process's input");
        if (fd > 2 && !Files.exists(target)) throw new IOException("cannot write " + target + ": no such open descriptor");
    }

    /**
     * Writes through descriptor {@code fd}: stdout and stderr through the process's streams
     * (where the report and the messages already go, in order); any other descriptor by
     * appending to what it leads to, since its own position cannot be reached from Java.
     */
    static void write(Path target, int fd, AtomicOutput.BinaryContent content) throws IOException {
        check(target, fd);
        if (fd == 1 || fd == 2) {
            PrintStream stream = fd == 1 ? System.out : System.err;
            stream.flush();
            OutputStream guarded = new OutputStream() {
                // the stream is the process's: the content may flush it, never close it
                @Override public void write(int b) { stream.write(b); }
                @Override public void write(byte[] b, int off, int len) { stream.write(b, off, len); }
                @Override public void flush() { stream.flush(); }
            };
            content.writeTo(guarded);
            if (stream.checkError()) {
                throw new IOException("cannot write " + target + ": the write to " + (fd == 1 ? "stdout" : "stderr")
                        + " failed (a full disk or a closed pipe?)");
            }
            return;
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            content.writeTo(out);
        }
    }
}
