package io.elsim.line;

import io.elsim.model.FeederSpec;

/**
 * The store between a feeder's last stations and the assembly station: a {@link Store} of
 * finished units that the feeder's stations route to ({@code end} of a feeder). When it is
 * full the feeder's servers block on it, as on any full station. The assembly station takes
 * the first unit that matches its vehicle, so units waiting for other vehicles block nothing.
 */
final class UnitStore implements Destination {
    private final Feeder feeder;
    private final RunContext ctx;
    final Store<Vehicle> store;
    private final FeederSpec.Match match;
    /** The station fitting the units; set when the network is wired. */
    Assembly assembly;

    UnitStore(Feeder feeder, RunContext ctx, int capacity) {
        this.feeder = feeder;
        this.ctx = ctx;
        this.match = feeder.spec.match();
        this.store = new Store<>(feeder.spec.name(), capacity,
                "of feeder '" + feeder.spec.name() + "' (in front of station '" + feeder.spec.into() + "')");
    }

    @Override
    public boolean offer(Vehicle unit) {
        if (store.isFull()) return false;
        store.add(unit, ctx.now());
        feeder.finished(unit);
        assembly.unitsArrived();
        return true;
    }

    @Override public boolean canTake() { return !store.isFull(); }

    @Override public void await(Sender s) { store.awaitPlace(s); }

    @Override public int occupancy() { return store.size(); }

    @Override public String name() { return feeder.spec.name(); }

    private boolean matches(Vehicle unit, Vehicle v) {
        return switch (match) {
            case ANY -> true;
            case PRODUCT -> unit.product == v.product;
            case VEHICLE -> unit.owner == v.id;
        };
    }

    /** Whether the store holds {@code n} units for the vehicle. */
    boolean has(Vehicle v, int n) {
        if (n == 0) return true;
        if (match == FeederSpec.Match.ANY) return store.size() >= n;
        int found = 0;
        for (int k = 0; k < store.size() && found < n; k++) if (matches(store.get(k), v)) found++;
        return found >= n;
    }

    /** Takes the first {@code n} units for the vehicle (they are there: see {@link #has}) and fits them. */
    void fit(Vehicle v, int n) {
        double now = ctx.now();
        int k = 0;
        while (n > 0) {
            if (matches(store.get(k), v)) {
                feeder.fitted(store.remove(k, now));
                n--;
            } else {
                k++;
            }
        }
    }

    /**
     * Moves units of blocked feeder servers into freed places, oldest first; each such server is
     * queued to be told ({@link RunContext#placed}). Returns whether a unit came in.
     */
    boolean admitWaiting() {
        boolean any = false;
        Putter<Vehicle> sender;
        while (!store.isFull() && (sender = store.nextPutter()) != null) {
            Vehicle unit = sender.take();
            store.add(unit, ctx.now());
            feeder.finished(unit);
            ctx.placed(sender);
            any = true;
        }
        return any;
    }
}
