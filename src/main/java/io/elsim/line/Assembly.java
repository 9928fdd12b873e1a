package io.elsim.line;

import java.util.ArrayList;

/**
 * The components fitted at an assembly station ({@code into} of one or more feeders). A server
 * starts its vehicle only with every unit it needs, taken all at once from the feeders' stores;
 * until then it waits, holding the vehicle (starved_parts), and waiting servers are served as
 * units arrive, each taking what matches its own vehicle. Bought parts come after the units.
 */
final class Assembly {
    private final RunContext ctx;
    private final Station station;
    private final UnitStore[] stores;
    private final Feeder[] feeders;
    /** need[k][product]: units of store k one vehicle of the product takes. */
    private final int[][] need;
    /** Servers holding a vehicle whose units are missing, in the order they started waiting. */
    private final ArrayList<Server> waiting = new ArrayList<>();
    private boolean serving;
    private boolean again;

    Assembly(RunContext ctx, Station station, Feeder[] feeders) {
        this.ctx = ctx;
        this.station = station;
        this.feeders = feeders;
        this.stores = new UnitStore[feeders.length];
        this.need = new int[feeders.length][];
        for (int k = 0; k < feeders.length; k++) {
            stores[k] = feeders[k].store;
            stores[k].assembly = this;
            need[k] = feeders[k].unitsPerProduct;
        }
    }

    /** Fits the vehicle's units now, or queues the server and returns false. */
    boolean take(Server server, Vehicle v) {
        if (fitAll(v)) {
            if (!waiting.isEmpty()) countStarving(); // it may have taken units a waiting server counted on
            return true;
        }
        waiting.add(server);
        countStarving();
        return false;
    }

    /** Units came into a store: serve the waiting servers that now have all theirs. */
    void unitsArrived() {
        if (waiting.isEmpty()) return;
        if (serving) {
            again = true;
            return;
        }
        serving = true;
        do {
            again = false;
            for (int i = 0; i < waiting.size(); ) {
                Server s = waiting.get(i);
                if (fitAll(s.vehicle)) {
                    waiting.remove(i);
                    s.unitsFitted();
                } else {
                    i++;
                }
            }
        } while (again);
        serving = false;
        countStarving();
    }

    private boolean fitAll(Vehicle v) {
        int p = v.product;
        for (int k = 0; k < stores.length; k++) if (!stores[k].has(v, need[k][p])) return false;
        boolean admitted = false;
        for (int k = 0; k < stores.length; k++) {
            if (need[k][p] > 0) {
                stores[k].fit(v, need[k][p]);
                admitted |= stores[k].admitWaiting();
            }
        }
        if (admitted) unitsArrived();
        return true;
    }

    /** The units the first waiting vehicle lacks, in words, for a deadlock report; empty if none waits. */
    String shortage() {
        if (waiting.isEmpty()) return "";
        Vehicle v = waiting.get(0).vehicle;
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < stores.length; k++) {
            if (stores[k].has(v, need[k][v.product])) continue;
            if (b.length() > 0) b.append(", ");
            b.append("a unit of feeder '").append(feeders[k].spec.name()).append("' (its store holds ")
                    .append(stores[k].store.size()).append(", none for this vehicle)");
        }
        return b.toString();
    }

    /**
     * Books, per feeder, how many servers wait for its units now (the feeders' starved hours).
     * When every server waits for a feeder's unit while that feeder's store is full of units for
     * other vehicles, nothing can move again: the store drains only into these servers and the
     * feeder is blocked by it. The run stops then, saying so, rather than idle to its end.
     */
    private void countStarving() {
        double now = ctx.now();
        for (int k = 0; k < stores.length; k++) {
            int n = 0;
            for (Server s : waiting) if (!stores[k].has(s.vehicle, need[k][s.vehicle.product])) n++;
            feeders[k].starving(now, n);
            if (n == station.servers.length && stores[k].store.isFull()) {
                throw new Line.Deadlock("deadlock at station '" + station.name + "': "
                        + (n == 1 ? "its server holds a vehicle" : "each of its " + n + " servers holds a vehicle")
                        + " waiting for a unit of feeder '" + feeders[k].spec.name() + "', whose store is full ("
                        + stores[k].store.size() + (stores[k].store.size() == 1 ? " unit" : " units")
                        + ") of units for other vehicles, so the feeder is blocked"
                        + " and none can ever come; give the store more places (units wait there for vehicles"
                        + " that come later, or that overtook others on the way), or use match: any");
            }
        }
    }
}
