package io.elsim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's stdout with its write errors kept. {@code System.out} swallows them: a report
 * printed to a full disk or a closed pipe would be lost with exit 0. Every command writes
 * through this stream; {@link Main} asks it at the end whether anything was lost.
 */
final class CheckedStdout extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    CheckedStdout(OutputStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) failure = e;
        return e;
    }

    /** Why writing failed, or null when nothing was lost (a PrintStream below is asked too). */
    synchronized String failure() {
        if (failure != null) return failure.getMessage() != null ? failure.getMessage() : failure.toString();
        if (out instanceof PrintStream ps && ps.checkError()) return "the write failed";
        return null;
    }

    /** "stdout", with the file behind it where the system tells (Linux: /proc/self/fd/1). */
    static String describeFd1() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/1"));
            if (target.isAbsolute()) return "stdout (" + target + ")";
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or /proc is not mounted: the name alone
        }
        return "stdout";
    }
}
