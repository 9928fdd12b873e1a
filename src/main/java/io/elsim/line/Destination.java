package io.elsim.line;

/**
 * Where a router may send a finished vehicle: a {@link Station} or the {@link Sink}.
 * This is the one place a vehicle moves from one node to the next.
 */
interface Destination {
    /** Places the vehicle if there is room now; false leaves it with the caller. */
    boolean offer(Vehicle v);

    /** Whether {@link #offer} would succeed now. */
    boolean canTake();

    /** Queues a sender until a place frees; it is then taken in the order senders started waiting. */
    void await(Sender s);

    /** Vehicles in the destination now (buffer and servers): for shortest-queue routing. */
    int occupancy();

    /** The node's name in reports and messages. */
    String name();
}
