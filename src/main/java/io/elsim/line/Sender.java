package io.elsim.line;

/**
 * Something holding a vehicle that waits for a place at a station: a blocked server, the
 * blocked release, or a vehicle back from rework. The receiving station first takes the
 * vehicle, places it, then tells the sender, so a chain of unblocking runs upstream.
 */
interface Sender {
    /** Gives up the waiting vehicle. */
    Vehicle take();

    /** Called once the vehicle taken has been placed downstream. */
    void released();
}
