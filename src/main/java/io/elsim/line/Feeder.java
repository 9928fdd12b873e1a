package io.elsim.line;

import io.elsim.model.FeederSpec;
import io.elsim.stats.Tally;
import io.elsim.stats.TimeWeighted;

/**
 * A feeder line at run time: its stations (ordinary {@link Station}s, routed to its
 * {@link UnitStore} instead of the sink), how its units start (a {@link Release} pushing them,
 * or {@link UnitOrders} for units pulled by or split from vehicles leaving a main-line station),
 * and its unit statistics. A unit is a {@link Vehicle} from the feeder's own pool carrying the
 * product (and, split, the identity) of the vehicle it is built for.
 */
final class Feeder implements Intake, FeederStats {
    final FeederSpec spec;
    final RunContext ctx;
    final VehiclePool pool = new VehiclePool();
    /** Units one vehicle of each product (by index) needs. */
    final int[] unitsPerProduct;
    Station[] stations;
    UnitStore store;
    /** Pushed units; null for a pulled or split feeder. */
    Release push;
    /** Pulled or split units waiting to enter the first station; null for a pushed feeder. */
    UnitOrders orders;
    /** The feeder's own calendar; null when it follows the plant's. */
    FeederShifts shifts;

    // statistics since the warm-up
    private final TimeWeighted inFeeder = new TimeWeighted(0);
    private final TimeWeighted starving = new TimeWeighted(0);
    private final Tally buildTime = new Tally();
    private long produced;
    private long fitted;
    private double statsStart;
    // counters since time 0, for conservation
    private long releasedTotal;
    private long producedTotal;
    private long fittedTotal;
    private long scrappedTotal;

    Feeder(FeederSpec spec, RunContext ctx, String[] products) {
        this.spec = spec;
        this.ctx = ctx;
        unitsPerProduct = new int[products.length];
        for (int p = 0; p < products.length; p++) unitsPerProduct[p] = spec.unitsFor(products[p]);
    }

    /** A vehicle leaves a station that starts units of these feeders (pull or split). */
    static void vehicleLeft(Feeder[] feeders, Vehicle v) {
        for (Feeder f : feeders) f.startUnits(v);
    }

    private void startUnits(Vehicle v) {
        for (int i = unitsPerProduct[v.product]; i > 0; i--) {
            Vehicle unit = pool.obtain(v.product, ctx.now());
            unit.owner = v.id;
            orders.order(unit);
        }
    }

    // --- the life of a unit ---

    @Override
    public void entered(Vehicle unit) {
        double now = ctx.now();
        unit.releaseTime = now;
        releasedTotal++;
        inFeeder.add(now, 1);
    }

    /** The unit reached the store: built. */
    void finished(Vehicle unit) {
        double now = ctx.now();
        producedTotal++;
        produced++;
        buildTime.add(now - unit.releaseTime);
        inFeeder.add(now, -1);
    }

    /** The unit was fitted to a vehicle at the assembly station. */
    void fitted(Vehicle unit) {
        fittedTotal++;
        fitted++;
        pool.recycle(unit);
    }

    /**
     * A unit was scrapped on the feeder. A pulled or split unit belongs to a vehicle that needs
     * it, so a replacement starts at once (same product and vehicle); a pushed unit is just lost.
     */
    @Override
    public void scrap(Vehicle unit) {
        scrappedTotal++;
        inFeeder.add(ctx.now(), -1);
        int product = unit.product;
        int owner = unit.owner;
        pool.recycle(unit);
        if (orders != null) {
            Vehicle again = pool.obtain(product, ctx.now());
            again.owner = owner;
            orders.order(again);
        }
    }

    /** {@code n} servers of the assembly station wait for this feeder's units from now on. */
    void starving(double now, int n) {
        starving.set(now, n);
    }

    void resetStats(double now) {
        inFeeder.reset(now);
        starving.reset(now);
        buildTime.reset();
        produced = 0;
        fitted = 0;
        store.store.resetStats(now);
        statsStart = now;
    }

    // --- FeederStats ---

    @Override public FeederSpec spec() { return spec; }

    @Override public long produced() { return produced; }

    @Override public long fitted() { return fitted; }

    @Override public double storeMean(double now) { return store.store.meanContent(now); }

    @Override public double storeMax() { return store.store.maxContent(); }

    @Override public int inStore() { return store.store.size(); }

    @Override public double starvedHours(double now) { return starving.mean(now) * (now - statsStart) / 3600; }

    @Override public double buildTimeMeanSeconds() { return buildTime.mean(); }

    @Override public double buildTimeMaxSeconds() { return buildTime.max(); }

    @Override public double inFeederMean(double now) { return inFeeder.mean(now); }

    @Override public double inFeederMax() { return inFeeder.max(); }

    @Override public long inFeeder() { return Math.round(inFeeder.value()); }

    @Override public long releasedTotal() { return releasedTotal; }

    @Override public long producedTotal() { return producedTotal; }

    @Override public long fittedTotal() { return fittedTotal; }

    @Override public long scrappedTotal() { return scrappedTotal; }

    @Override public int waitingToStart() { return orders == null ? 0 : orders.waiting(); }
}
