package io.elsim.line;

/** What a server spends its time on; the report's seven state fractions. */
enum ServerState {
    WORKING, BLOCKED, STARVED, STARVED_PARTS, DOWN, SETUP, OFF_SHIFT;

    static final ServerState[] ALL = values();
}
