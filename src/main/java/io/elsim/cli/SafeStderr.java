package io.elsim.cli;

import io.elsim.model.Printable;

import java.io.PrintStream;
import java.io.Writer;
import java.util.Locale;

/**
 * stderr as elsim writes it: every message, log line and picocli error passes through here,
 * and any control character in it (from a file name, a --set value, an exception message)
 * is shown escaped ({@code \x1b}) instead of acting on the terminal. Line feeds stay, so
 * messages keep their lines. Installed for one {@link Main#execute} call; the progress bar,
 * which draws with carriage returns on purpose, writes to the stream underneath
 * ({@link #raw()}).
 * <p>
 * Text arrives as characters (print, println, format, append, and {@link #writer()} for
 * picocli) and is escaped in full, C1 and bidirectional controls included. Bytes written
 * directly are already encoded; there only the C0 controls and DEL, which every
 * ASCII-compatible encoding keeps as single bytes, can be recognised and escaped.
 */
final class SafeStderr extends PrintStream {
    private final PrintStream target;

    private SafeStderr(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    /** {@code stream} behind the escaping (itself when it already escapes). */
    static PrintStream wrap(PrintStream stream) {
        return stream instanceof SafeStderr ? stream : new SafeStderr(stream);
    }

    /** The current stderr without the escaping: for output that needs its carriage returns. */
    static PrintStream raw() {
        return System.err instanceof SafeStderr s ? s.target : System.err;
    }

    /** A writer onto the current {@link System#err}, for picocli's error stream. */
    static Writer writer() {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                System.err.print(new String(buf, off, len));
            }

            @Override
            public void flush() {
                System.err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
    }

    private static String safe(String s) {
        return Printable.escapeKeepingLines(s);
    }

    @Override public void print(String s) { target.print(safe(String.valueOf(s))); }
    @Override public void print(Object o) { print(String.valueOf(o)); }
    @Override public void print(char c) { print(String.valueOf(c)); }
    @Override public void print(char[] s) { print(new String(s)); }
    @Override public void print(boolean b) { target.print(b); }
    @Override public void print(int i) { target.print(i); }
    @Override public void print(long l) { target.print(l); }
    @Override public void print(float f) { target.print(f); }
    @Override public void print(double d) { target.print(d); }

    @Override public void println() { target.println(); }
    @Override public void println(String s) { target.println(safe(String.valueOf(s))); }
    @Override public void println(Object o) { println(String.valueOf(o)); }
    @Override public void println(char c) { println(String.valueOf(c)); }
    @Override public void println(char[] s) { println(new String(s)); }
    @Override public void println(boolean b) { target.println(b); }
    @Override public void println(int i) { target.println(i); }
    @Override public void println(long l) { target.println(l); }
    @Override public void println(float f) { target.println(f); }
    @Override public void println(double d) { target.println(d); }

    @Override
    public PrintStream format(String format, Object... args) {
        print(String.format(format, args));
        return this;
    }

    @Override
    public PrintStream format(Locale locale, String format, Object... args) {
        print(String.format(locale, format, args));
        return this;
    }

    @Override public PrintStream printf(String format, Object... args) { return format(format, args); }
    @Override public PrintStream printf(Locale locale, String format, Object... args) { return format(locale, format, args); }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        return append(csq == null ? "null".subSequence(start, end) : csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    @Override
    public void write(int b) {
        int v = b & 0xFF;
        if ((v < 0x20 && v != '\n') || v == 0x7F) target.print(Printable.escapeOf(v));
        else target.write(v);
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            int v = buf[i] & 0xFF;
            if ((v < 0x20 && v != '\n') || v == 0x7F) {
                target.write(buf, start, i - start);
                target.print(Printable.escapeOf(v));
                start = i + 1;
            }
        }
        target.write(buf, start, off + len - start);
    }

    @Override public void write(byte[] buf) { write(buf, 0, buf.length); }
    @Override public void flush() { target.flush(); }
    /** stderr outlives one command: closing the wrapper only flushes. */
    @Override public void close() { target.flush(); }
    @Override public boolean checkError() { return target.checkError(); }
}
