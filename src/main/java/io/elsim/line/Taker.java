package io.elsim.line;

/** Something waiting for an item from a {@link Store}: an idle server of a station. */
interface Taker<T> {
    /** Whether it can take an item now (an entry goes stale when the taker got work another way). */
    boolean canTake();

    /** Hands the item over. */
    void receive(T item);

    /** Told when the store drops its entry, stale or not, so the taker may queue again. */
    void dequeued();
}
