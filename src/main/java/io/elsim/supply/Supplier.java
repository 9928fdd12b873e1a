package io.elsim.supply;

import io.elsim.engine.Event;
import io.elsim.engine.RandomStream;
import io.elsim.engine.Sampler;
import io.elsim.engine.Simulator;
import io.elsim.model.LogisticsSpec;
import io.elsim.model.PolicySpec;
import io.elsim.model.SupplierSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A supplier and its truck fleet. Orders (one part, one truck load each) queue until a
 * truck is free; each truck then loads, drives loaded (drive time + delay, + lateness when
 * the delivery is late), unloads into the line-side stock, and drives back empty.
 * Trucks are long-lived events, created on first need up to the fleet size.
 */
public final class Supplier {
    final SupplierSpec spec;
    private final Simulator sim;
    private final LineSideStock[] stocks;
    private final double roadKm;
    private final double driveSeconds;
    private final boolean withinRadius;
    private final Sampler delay;
    private final Sampler lateBy;
    private final RandomStream reliabilityDraw;
    private final double onTime;
    private final int orderQuantity;
    private final int reorderPoint;
    private final double co2Loaded;
    private final double co2Empty;

    /** Pending orders: index into {@link #stocks} (small Integers are cached: no allocation). */
    private final ArrayDeque<Integer> orders = new ArrayDeque<>();
    private final ArrayDeque<Truck> idle = new ArrayDeque<>();
    private final List<Truck> fleet = new ArrayList<>();
    private final Event periodic;

    // statistics since the last reset
    private long trips;
    private double loadedKm;
    private double emptyKm;

    Supplier(SupplierSpec spec, LineSideStock[] stocks, double roadKm, LogisticsSpec logistics, Simulator sim,
             Sampler delay, Sampler lateBy, RandomStream reliabilityDraw) {
        this.spec = spec;
        this.sim = sim;
        this.stocks = stocks;
        this.roadKm = roadKm;
        this.driveSeconds = spec.truck().driveSeconds(roadKm);
        this.withinRadius = roadKm <= logistics.radiusKm();
        this.delay = delay;
        this.lateBy = lateBy;
        this.reliabilityDraw = reliabilityDraw;
        this.onTime = spec.reliability().onTime();
        this.co2Loaded = logistics.co2KgPerKmLoaded();
        this.co2Empty = logistics.co2KgPerKmEmpty();
        if (spec.policy() instanceof PolicySpec.ReorderPoint rp) {
            orderQuantity = rp.orderQuantity();
            reorderPoint = rp.reorderPoint();
            periodic = null;
            for (LineSideStock s : stocks) s.consumption = this::checkReorder;
        } else {
            orderQuantity = spec.truck().capacity();
            reorderPoint = -1;
            double period = ((PolicySpec.Every) spec.policy()).period();
            periodic = new Event() {
                @Override protected void fire() {
                    for (int i = 0; i < stocks.length; i++) order(i);
                    dispatch();
                    sim.schedule(this, period);
                }

                @Override public String owner() { return "supplier '" + spec.name() + "' (ordering period)"; }
            };
        }
        for (int i = 0; i < stocks.length; i++) stocks[i].supplierName = spec.name();
    }

    /** Time 0: the reorder-point check on the initial stock, or the first periodic truck. */
    void start() {
        if (periodic != null) {
            sim.schedule(periodic, 0);
        } else {
            for (LineSideStock s : stocks) checkReorder(s);
        }
    }

    private void checkReorder(LineSideStock stock) {
        boolean any = false;
        while (stock.position() <= reorderPoint) {
            order(indexOf(stock));
            any = true;
        }
        if (any) dispatch();
    }

    private int indexOf(LineSideStock stock) {
        for (int i = 0; i < stocks.length; i++) if (stocks[i] == stock) return i;
        throw new IllegalArgumentException(stock.name());
    }

    private void order(int stockIndex) {
        stocks[stockIndex].onOrder += orderQuantity;
        orders.add(stockIndex);
    }

    private void dispatch() {
        while (!orders.isEmpty()) {
            Truck t = idle.poll();
            if (t == null) {
                if (fleet.size() >= spec.truck().trucks()) return;
                t = new Truck();
                fleet.add(t);
            }
            t.load(orders.poll());
        }
    }

    /** One truck: LOAD → DRIVE (loaded) → UNLOAD → RETURN (empty) → idle. */
    private final class Truck extends Event {
        private static final int LOAD = 0;
        private static final int DRIVE = 1;
        private static final int UNLOAD = 2;
        private static final int RETURN = 3;
        private int phase;
        private int stockIndex;
        private boolean late;

        @Override
        public String owner() { return "supplier '" + spec.name() + "' (truck)"; }

        void load(int stockIndex) {
            this.stockIndex = stockIndex;
            phase = LOAD;
            sim.schedule(this, spec.truck().loadTime());
        }

        @Override
        protected void fire() {
            switch (phase) {
                case LOAD -> {
                    phase = DRIVE;
                    trips++;
                    loadedKm += roadKm;
                    late = reliabilityDraw.nextDouble() >= onTime;
                    double t = driveSeconds + delay.sample() + (late ? lateBy.sample() : 0);
                    sim.schedule(this, t);
                }
                case DRIVE -> {
                    phase = UNLOAD;
                    sim.schedule(this, spec.truck().unloadTime());
                }
                case UNLOAD -> {
                    phase = RETURN;
                    emptyKm += roadKm;
                    sim.schedule(this, driveSeconds);
                    LineSideStock s = stocks[stockIndex];
                    s.onOrder -= orderQuantity;
                    s.deliver(sim.now(), orderQuantity, late);
                }
                default -> {
                    idle.add(this);
                    dispatch();
                }
            }
        }
    }

    void resetStats() {
        trips = 0;
        loadedKm = 0;
        emptyKm = 0;
    }

    // --- report figures ---

    public String name() { return spec.name(); }

    public SupplierSpec spec() { return spec; }

    public double roadKm() { return roadKm; }

    /** One-way drive time without delay, hours. */
    public double transitHours() { return driveSeconds / 3600; }

    public boolean withinRadius() { return withinRadius; }

    /** Loaded departures since the last reset. */
    public long trips() { return trips; }

    public double loadedKm() { return loadedKm; }

    public double emptyKm() { return emptyKm; }

    public double truckKm() { return loadedKm + emptyKm; }

    public double co2Kg() { return loadedKm * co2Loaded + emptyKm * co2Empty; }

    /** Trucks ever put on the road (at most the fleet size). */
    public int trucksUsed() { return fleet.size(); }

    /** Parts delivered since the last reset, over all its parts (for volume shares). */
    public long partsDelivered() {
        long n = 0;
        for (LineSideStock s : stocks) n += s.delivered();
        return n;
    }
}
