package io.elsim.line;

/** Where a {@link Release} books what it puts in: the plant's {@link Sink}, or a {@link Feeder} for its units. */
interface Intake {
    /** The item enters: its build time starts now. */
    void entered(Vehicle v);

    /** The item was scrapped at a station. */
    void scrap(Vehicle v);
}
