package io.elsim.cli;

/** The process exit codes scripts and CI jobs rely on (README.md, "Exit codes"). */
public final class ExitCode {
    public static final int OK = 0;
    /** The run failed: an I/O error or a bug. */
    public static final int FAILED = 1;
    /** Usage or config error. */
    public static final int USAGE = 2;
    /** The run finished but a configured target was missed. */
    public static final int TARGET_MISSED = 3;

    private ExitCode() { }
}
