package io.elsim.line;

import io.elsim.energy.EnergyAccount;
import io.elsim.energy.PowerSeries;
import io.elsim.engine.Event;
import io.elsim.engine.ModelError;
import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.engine.Simulator;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.stats.Percentiles;
import io.elsim.stats.ShiftingBottleneck;
import io.elsim.supply.LineSideStock;
import io.elsim.supply.Supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * One run of a plant: release → stations (routed as the config says; a serial line by
 * default) → sink, under a weekly shift calendar. Build it from a {@link LineSpec} and a
 * replication number, call {@link #run()}, then read the results through the read-only
 * views ({@link #sink()}, {@link #stations()}, {@link #bottlenecks()}). This class drives the
 * run (start, shift changes, warm-up reset, end); the graph is built by {@link NetworkBuilder}
 * and vehicles move through {@link Router#send}. See docs/architecture.md.
 */
public final class Line {
    final LineSpec spec;
    final Simulator sim = new Simulator();
    private final RunContext ctx = new RunContext(sim);
    /** Every station of the plant: the main line's, then each feeder's. */
    final Station[] stations;
    /** The feeder lines, in config order; empty when the plant has none. */
    final Feeder[] feeders;
    final ShiftingBottleneck bottlenecks;
    final WorkCalendar calendar;
    final String[] productNames;
    private final Release release;
    final Sink sink;
    private final Map<Double, Sampler> taktSamplers = new HashMap<>();
    /** Parts, stocks and suppliers; null when the config models no supply. */
    final Supply supply;
    /** Power per hour for the chart; null when the config models no energy. */
    private final EnergyMeter energyMeter;

    final double warmup;
    final double end;

    public Line(LineSpec spec, int replication) {
        this.spec = spec;
        this.warmup = spec.warmup();
        this.end = spec.warmup() + spec.horizon();
        RandomStreams streams = new RandomStreams(spec.seed(), replication);
        List<ProductSpec> products = spec.products();
        productNames = products.stream().map(ProductSpec::name).toArray(String[]::new);
        VehiclePool pool = new VehiclePool();
        sink = new Sink(ctx, pool, productNames, warmup, spec.horizon());
        calendar = new WorkCalendar(spec.calendar());
        bottlenecks = new ShiftingBottleneck(spec.allStations().size());
        Station[] main = NetworkBuilder.stations(spec.stations(), 0, ctx, bottlenecks, streams, productNames);
        NetworkBuilder.wire(main, sink, sink, streams, productNames);
        feeders = FeederBuilder.build(spec, ctx, bottlenecks, streams, productNames, main, end);
        stations = withFeeders(main, feeders);
        ctx.deadlocks = NetworkBuilder.deadlockWatch(stations);
        for (Feeder f : feeders) f.ctx.deadlocks = ctx.deadlocks;
        ProductSequence sequence = ProductSequence.of(spec.sequence(), products, streams.stream("release:product"));
        Sampler interarrival = null;
        if (spec.release() instanceof ReleaseSpec.Takt t) {
            interarrival = Sampler.constant(t.seconds());
        } else if (spec.release() instanceof ReleaseSpec.Interarrival ia) {
            interarrival = Distributions.sampler(ia.distribution(), streams.stream("release:interarrival"));
        }
        release = new Release(ctx, station(spec.entryStation()), sink, pool, sequence, interarrival);
        supply = spec.parts().isEmpty() && spec.suppliers().isEmpty() ? null
                : new Supply(spec, sim, streams, Distributions::sampler);
        if (supply != null) wireParts();
        energyMeter = spec.modelsEnergy() ? new EnergyMeter(this) : null;
    }

    private static Station[] withFeeders(Station[] main, Feeder[] feeders) {
        List<Station> all = new ArrayList<>(Arrays.asList(main));
        for (Feeder f : feeders) all.addAll(Arrays.asList(f.stations));
        return all.toArray(Station[]::new);
    }

    private Station station(String name) {
        for (Station s : stations) if (s.name.equals(name)) return s;
        throw new IllegalArgumentException("no station '" + name + "'");
    }

    /** Gives each consuming station its stocks and the quantity per product. */
    private void wireParts() {
        for (Station s : stations) {
            List<LineSideStock> used = new ArrayList<>();
            for (LineSideStock stock : supply.stocks()) {
                if (stock.spec().station().equals(s.name)) used.add(stock);
            }
            if (used.isEmpty()) continue;
            int[][] qty = new int[used.size()][productNames.length];
            for (int k = 0; k < used.size(); k++) {
                for (int p = 0; p < productNames.length; p++) {
                    qty[k][p] = used.get(k).spec().quantityFor(productNames[p]);
                }
            }
            s.parts = new StationParts(ctx, used.toArray(LineSideStock[]::new), qty);
        }
    }

    /** Reports the simulated time (seconds since 0) about every million events, for progress bars. */
    public void setProgressListener(DoubleConsumer listener) {
        sim.setProgressListener(listener);
    }

    /** Tells {@code observer} about every station visit (--trace); without one, visits cost nothing. */
    public void setVisitObserver(Visit.Observer observer) {
        ctx.visits = observer;
        for (Feeder f : feeders) f.ctx.visits = observer;
    }

    /** Limits the number of events (a guard against runaway models). */
    public void setMaxEvents(long maxEvents) {
        sim.setMaxEvents(maxEvents);
    }

    /** Limits events per simulated second (a guard that trips quickly on runaway models). */
    public void setMaxEventRate(double eventsPerSecond) {
        sim.setMaxEventRate(eventsPerSecond);
    }

    /** Simulates warm-up and horizon; statistics cover the horizon only. */
    public void run() {
        ctx.offShift = !calendar.isOn(0);
        for (Feeder f : feeders) if (f.shifts != null) f.shifts.start();
        if (supply != null) supply.start();
        for (Station s : stations) {
            for (Server server : s.servers) {
                server.updateState();
                server.startFailureClock();
            }
        }
        double taktNow = calendar.taktAt(0);
        if (!Double.isNaN(taktNow)) release.shiftStarts(taktSampler(taktNow));
        release.start();
        for (Feeder f : feeders) if (f.push != null) f.push.start();
        scheduleNextCalendarChange();
        if (energyMeter != null) energyMeter.start();
        if (warmup > 0) {
            sim.scheduleAt(new Event() {
                @Override protected void fire() { resetStats(); }
            }, warmup);
        }
        sim.runUntil(end);
        // every shift change up to the end has fired and none later is scheduled: on shift, with
        // no event left, nothing can move again; off shift (the plant's, or a feeder's own
        // calendar) the next shift start may move things
        if (!ctx.offShift && !aFeederIsOffShift() && sim.pendingEvents() == 0 && workInProcess() > 0) {
            throw new Deadlock(deadlockReport());
        }
        for (Station s : stations) {
            for (Server server : s.servers) server.flushState();
        }
        if (energyMeter != null) energyMeter.finish();
        bottlenecks.finish(end);
    }

    private boolean aFeederIsOffShift() {
        for (Feeder f : feeders) if (f.shifts != null && f.ctx.offShift) return true;
        return false;
    }

    /**
     * Thrown when vehicles are in the plant but nothing can ever move one again: no event is
     * left (a vehicle needing more parts than a stock can hold, a stock nobody refills), or a
     * loop of full stations each waiting for the next ({@link DeadlockWatch}).
     */
    public static final class Deadlock extends ModelError {
        Deadlock(String message) { super(message); }
    }

    private String deadlockReport() {
        StringBuilder b = new StringBuilder("deadlock: " + workInProcess() + " vehicles are in the line and no event "
                + "is left that could ever move one");
        for (Station s : stations) {
            String why = s.parts == null ? "" : s.parts.shortage();
            if (!why.isEmpty()) b.append("; station '").append(s.name).append("' waits for ").append(why);
            String units = s.assembly == null ? "" : s.assembly.shortage();
            if (!units.isEmpty()) b.append("; station '").append(s.name).append("' waits for ").append(units);
        }
        return b.toString();
    }

    private void resetStats() {
        double now = sim.now();
        for (Station s : stations) s.resetStats(now);
        for (Feeder f : feeders) f.resetStats(now);
        sink.resetStats(now);
        bottlenecks.reset(now);
        if (supply != null) supply.resetStats(now);
    }

    private final Event calendarChange = new Event() {
        @Override protected void fire() { onCalendarChange(); }

        @Override public String owner() { return "the shift calendar"; }
    };

    private void scheduleNextCalendarChange() {
        double next = calendar.nextChange(sim.now());
        if (next <= end) sim.scheduleAt(calendarChange, next);
    }

    private void onCalendarChange() {
        boolean on = calendar.isOn(sim.now());
        double takt = calendar.taktAt(sim.now());
        Sampler taktSampler = Double.isNaN(takt) ? null : taktSampler(takt);
        if (!on && !ctx.offShift) {
            ctx.offShift = true;
            release.shiftEnds();
            for (Feeder f : feeders) if (f.push != null && f.ctx == ctx) f.push.shiftEnds();
            for (Station s : stations) {
                if (s.ctx != ctx) continue; // a feeder on its own calendar
                for (Server server : s.servers) server.shiftEnds();
            }
        } else if (on && ctx.offShift) {
            ctx.offShift = false;
            for (Station s : stations) {
                if (s.ctx != ctx) continue;
                for (Server server : s.servers) server.shiftStarts();
            }
            // idle servers pull their next vehicle, last station in the list first, so that
            // places open upstream before upstream servers look for them (a serial line: exactly)
            for (int i = stations.length - 1; i >= 0; i--) {
                if (stations[i].ctx != ctx) continue;
                for (Server server : stations[i].servers) {
                    if (server.isIdle()) stations[i].serverFree(server);
                }
            }
            release.shiftStarts(taktSampler);
            for (Feeder f : feeders) if (f.push != null && f.ctx == ctx) f.push.shiftStarts(null);
        } else if (on) {
            release.shiftStarts(taktSampler);
        }
        scheduleNextCalendarChange();
    }

    private Sampler taktSampler(double takt) {
        return taktSamplers.computeIfAbsent(takt, Sampler::constant);
    }

    // --- read-only views for reports and tests ---

    public LineSpec spec() { return spec; }

    /** The plant's flow statistics: completions, scrap, WIP, build times. */
    public SinkStats sink() { return sink; }

    /** Each station's statistics, in config order. */
    public List<StationStats> stations() { return Collections.unmodifiableList(Arrays.asList(stations)); }

    /** Each feeder's unit statistics, in config order. */
    public List<FeederStats> feeders() { return List.of(feeders); }

    /** The shifting-bottleneck analysis, indexed like {@link #stations()}. */
    public ShiftingBottleneck bottlenecks() { return bottlenecks; }

    /** Start and end of the measured period, in simulated seconds. */
    public double endSeconds() { return end; }

    public String[] productNames() { return productNames.clone(); }

    /** Hours on shift in the measured period. */
    public double onShiftHours() { return calendar.onSeconds(warmup, end) / 3600; }

    public long releasedTotal() { return sink.releasedTotal(); }

    public long completedTotal() { return sink.completedTotal(); }

    public long scrappedTotal() { return sink.scrappedTotal(); }

    /** Vehicles in the plant now: on servers, in buffers, blocked, in rework. */
    public long workInProcess() { return sink.workInProcess(); }

    /** Vehicle objects allocated in the whole run: follows peak WIP, not output. */
    public int vehiclesAllocated() { return sink.vehiclesAllocated(); }

    /** Events of the model (the energy meter's readings are not counted). */
    public long events() { return sim.eventsFired() - (energyMeter == null ? 0 : energyMeter.ticks()); }

    public double now() { return sim.now(); }

    /**
     * Vehicles completed per bucket of the measured period (bucket k covers
     * [warmup + k·{@link #outputBucketSeconds()}, warmup + (k+1)·…)); they sum to the
     * summary's vehicles_completed.
     */
    public long[] outputPerBucket() { return sink.outputPerBucket(); }

    /** The width of an output bucket: 3600 s unless the horizon is very long. */
    public double outputBucketSeconds() { return sink.outputBucketSeconds(); }

    /** Start of the measured period, in simulated seconds. */
    public double warmupSeconds() { return warmup; }

    /** Build times (seconds) of the vehicles completed in the measured period: a copy. */
    public Percentiles buildTimes() { return sink.buildTimeDistribution(); }

    /** Mean kW per output bucket by group of consumers; null when the config models no energy. */
    public PowerSeries powerSeries() { return energyMeter == null ? null : energyMeter.series(); }

    /** The supply network of this run, null when the config has no parts or suppliers. */
    public Supply supply() { return supply; }

    /** The energy and carbon account of the run so far; null when the config models no energy. */
    public EnergyAccount energyAccount() {
        return spec.modelsEnergy() ? EnergyMeter.account(this) : null;
    }
}
