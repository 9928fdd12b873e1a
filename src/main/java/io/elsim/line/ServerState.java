package io.elsim.line;

/** What a server spends its time on; the report's seven state fractions. */
public enum ServerState {
    WORKING(true), BLOCKED(false), STARVED(false), STARVED_PARTS(false), DOWN(true), SETUP(true), OFF_SHIFT(false);

    /** Active in the sense of the bottleneck analysis: the server is what holds the line up. */
    public final boolean active;

    ServerState(boolean active) { this.active = active; }

    public static final ServerState[] ALL = values();
}
