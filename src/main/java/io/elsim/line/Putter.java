package io.elsim.line;

/**
 * Something holding an item that waits for a place in a {@link Store}: a blocked server, the
 * blocked release, a vehicle back from rework. The store first takes the item, places it,
 * then tells the putter, so a chain of unblocking runs upstream.
 *
 * <p>A putter may wait at several stores at once (a {@code first-free} route waits for
 * whichever place frees first). Its {@link #ticket()} changes whenever it gives its item up,
 * so the places where it still waits see that their entry is stale and skip it.
 */
interface Putter<T> {
    /** Gives up the waiting item; changes the ticket. */
    T take();

    /** Called once the item taken has been placed. */
    void released();

    /** Identifies the current wait: an entry recorded with another ticket is stale. */
    long ticket();
}
