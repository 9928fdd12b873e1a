package io.elsim.line;

import java.util.ArrayDeque;

/**
 * Units started by vehicles (pulled, or split from them) on their way into the feeder's first
 * station: they go in at once when there is a place, else they wait here in order, as a release
 * waits, so that a full feeder never holds up the main line's vehicle that started them.
 */
final class UnitOrders implements Sender {
    private final Station first;
    private final Intake feeder;
    private final ArrayDeque<Vehicle> queue = new ArrayDeque<>();
    private boolean queued;
    /** Changes whenever a waiting unit is taken: see {@link Putter#ticket}. */
    private long ticket;

    UnitOrders(Station first, Intake feeder) {
        this.first = first;
        this.feeder = feeder;
    }

    void order(Vehicle unit) {
        if (queue.isEmpty() && first.offer(unit)) {
            feeder.entered(unit);
            return;
        }
        queue.add(unit);
        if (!queued) {
            queued = true;
            first.await(this);
        }
    }

    int waiting() { return queue.size(); }

    @Override
    public Vehicle take() {
        Vehicle unit = queue.poll();
        ticket++;
        queued = false;
        feeder.entered(unit);
        return unit;
    }

    @Override
    public long ticket() { return ticket; }

    @Override
    public void released() {
        while (!queue.isEmpty()) {
            if (!first.offer(queue.peek())) {
                queued = true;
                first.await(this);
                return;
            }
            feeder.entered(queue.poll());
        }
    }
}
