package io.elsim.line;

import io.elsim.energy.PowerSeries;
import io.elsim.engine.Event;
import io.elsim.engine.ModelError;
import io.elsim.engine.RandomStreams;
import io.elsim.engine.Sampler;
import io.elsim.engine.Simulator;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.StationSpec;
import io.elsim.stats.Percentiles;
import io.elsim.stats.ShiftingBottleneck;
import io.elsim.stats.Tally;
import io.elsim.stats.TimeWeighted;
import io.elsim.supply.LineSideStock;
import io.elsim.supply.Supply;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * One run of a serial line: release → station 1 → … → station K → sink, under a weekly
 * shift calendar. Build it from a {@link LineSpec} and a replication number, call
 * {@link #run()}, then read the results through {@link LineReport}.
 */
public final class Line {
    final LineSpec spec;
    final Simulator sim = new Simulator();
    final Station[] stations;
    final ShiftingBottleneck bottlenecks;
    final WorkCalendar calendar;
    final String[] productNames;
    private final Release release;
    private final VehiclePool pool = new VehiclePool();
    private final ProductSequence sequence;
    private final Map<Double, Sampler> taktSamplers = new HashMap<>();
    /** Parts, stocks and suppliers; null when the config models no supply. */
    final Supply supply;
    /** Power per hour for the chart; null when the config models no energy. */
    private final EnergyMeter energyMeter;

    /** Senders whose vehicle was placed downstream, to be told in that order. */
    final ArrayDeque<Sender> toRelease = new ArrayDeque<>();

    boolean offShift;
    final double warmup;
    final double end;

    // statistics since the warm-up
    final TimeWeighted wip = new TimeWeighted(0);
    long completed;
    long scrapped;
    final long[] completedByProduct;
    final Tally buildTime = new Tally();
    final Tally[] buildTimeByProduct;
    final Percentiles buildTimePercentiles = new Percentiles();
    final Percentiles[] buildTimePercentilesByProduct;
    /** Vehicles completed in each bucket (an hour, or longer for very long horizons) of the measured period. */
    final long[] outputPerBucket;
    final double bucketSeconds;

    // counters since time 0, for conservation checks
    long releasedTotal;
    long completedTotal;
    long scrappedTotal;

    public Line(LineSpec spec, int replication) {
        this.spec = spec;
        this.warmup = spec.warmup();
        this.end = spec.warmup() + spec.horizon();
        RandomStreams streams = new RandomStreams(spec.seed(), replication);
        List<ProductSpec> products = spec.products();
        productNames = products.stream().map(ProductSpec::name).toArray(String[]::new);
        completedByProduct = new long[productNames.length];
        buildTimeByProduct = new Tally[productNames.length];
        buildTimePercentilesByProduct = new Percentiles[productNames.length];
        if (productNames.length == 1) {
            // one product: its figures are the overall ones, recorded once per vehicle
            buildTimeByProduct[0] = buildTime;
            buildTimePercentilesByProduct[0] = buildTimePercentiles;
        } else {
            for (int p = 0; p < productNames.length; p++) {
                buildTimeByProduct[p] = new Tally();
                buildTimePercentilesByProduct[p] = new Percentiles();
            }
        }
        bucketSeconds = outputBucketSeconds(spec.horizon());
        outputPerBucket = new long[(int) Math.max(1, Math.ceil(spec.horizon() / bucketSeconds))];
        calendar = new WorkCalendar(spec.calendar());
        List<StationSpec> specs = spec.stations();
        stations = new Station[specs.size()];
        bottlenecks = new ShiftingBottleneck(specs.size());
        for (int i = 0; i < stations.length; i++) {
            stations[i] = StationFactory.create(specs.get(i), i, this, streams, productNames);
            if (i > 0) stations[i - 1].next = stations[i];
        }
        sequence = ProductSequence.of(spec.sequence(), products, streams.stream("release:product"));
        Sampler interarrival = null;
        if (spec.release() instanceof ReleaseSpec.Takt t) {
            interarrival = Sampler.constant(t.seconds());
        } else if (spec.release() instanceof ReleaseSpec.Interarrival ia) {
            interarrival = Distributions.sampler(ia.distribution(), streams.stream("release:interarrival"));
        }
        release = new Release(this, stations[0], interarrival);
        supply = spec.parts().isEmpty() && spec.suppliers().isEmpty() ? null
                : new Supply(spec, sim, streams, Distributions::sampler);
        if (supply != null) wireParts();
        energyMeter = spec.modelsEnergy() ? new EnergyMeter(this) : null;
    }

    /** At most this many output counters, so a decades-long horizon stays cheap. */
    static final int MAX_OUTPUT_BUCKETS = 100_000;

    /** One hour, or a whole number of hours when the horizon has more than {@link #MAX_OUTPUT_BUCKETS} of them. */
    static double outputBucketSeconds(double horizon) {
        double hours = Math.ceil(horizon / 3600);
        return 3600 * Math.max(1, Math.ceil(hours / MAX_OUTPUT_BUCKETS));
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
            s.parts = new StationParts(this, used.toArray(LineSideStock[]::new), qty);
        }
    }

    /** Reports the simulated time (seconds since 0) about every million events, for progress bars. */
    public void setProgressListener(DoubleConsumer listener) {
        sim.setProgressListener(listener);
    }

    /** Limits the number of events (a guard against runaway models). */
    /** Told about every station visit (--trace); null, the default, costs nothing. */
    Visit.Observer visits;

    public void setVisitObserver(Visit.Observer observer) {
        this.visits = observer;
    }

    public void setMaxEvents(long maxEvents) {
        sim.setMaxEvents(maxEvents);
    }

    /** Limits events per simulated second (a guard that trips quickly on runaway models). */
    public void setMaxEventRate(double eventsPerSecond) {
        sim.setMaxEventRate(eventsPerSecond);
    }

    /** Simulates warm-up and horizon; statistics cover the horizon only. */
    public void run() {
        offShift = !calendar.isOn(0);
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
        scheduleNextCalendarChange();
        if (energyMeter != null) energyMeter.start();
        if (warmup > 0) {
            sim.scheduleAt(new Event() {
                @Override protected void fire() { resetStats(); }
            }, warmup);
        }
        sim.runUntil(end);
        // on shift, with nothing pending but the next shift change (which restarts only what the
        // shift stopped), nothing can move again; off shift the next shift start may move things
        int pending = sim.pendingEvents() - (calendarChange.isScheduled() ? 1 : 0);
        if (!offShift && pending == 0 && workInProcess() > 0) {
            throw new Deadlock(deadlockReport());
        }
        for (Station s : stations) {
            for (Server server : s.servers) server.flushState();
        }
        if (energyMeter != null) energyMeter.finish();
        bottlenecks.finish(end);
    }

    /**
     * Thrown when vehicles are in the line but no event is left: nothing can ever move again
     * (a serial line blocking after service cannot deadlock by itself; a vehicle needing more
     * parts than a stock can hold, or a stock nobody refills, can).
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
        }
        return b.toString();
    }

    private void resetStats() {
        double now = sim.now();
        for (Station s : stations) s.resetStats(now);
        wip.reset(now);
        completed = 0;
        scrapped = 0;
        Arrays.fill(completedByProduct, 0);
        Arrays.fill(outputPerBucket, 0);
        buildTime.reset();
        buildTimePercentiles.reset();
        if (productNames.length > 1) {
            for (int p = 0; p < productNames.length; p++) {
                buildTimeByProduct[p].reset();
                buildTimePercentilesByProduct[p].reset();
            }
        }
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
        if (!on && !offShift) {
            offShift = true;
            release.shiftEnds();
            for (Station s : stations) {
                for (Server server : s.servers) server.shiftEnds();
            }
        } else if (on && offShift) {
            offShift = false;
            for (Station s : stations) {
                for (Server server : s.servers) server.shiftStarts();
            }
            // idle servers pull their next vehicle, downstream first so places open upstream
            for (int i = stations.length - 1; i >= 0; i--) {
                for (Server server : stations[i].servers) {
                    if (server.isIdle()) stations[i].serverFree(server);
                }
            }
            release.shiftStarts(taktSampler);
        } else if (on) {
            release.shiftStarts(taktSampler);
        }
        scheduleNextCalendarChange();
    }

    private Sampler taktSampler(double takt) {
        return taktSamplers.computeIfAbsent(takt, Sampler::constant);
    }

    /**
     * Tells each queued sender, oldest first, that its vehicle was placed; a server told so
     * takes its next vehicle, which may queue the sender upstream of it. This is the same
     * order as telling each sender at once, since nothing happens after a sender is queued
     * until the loop reaches it.
     */
    void releaseSenders() {
        Sender s;
        while ((s = toRelease.poll()) != null) s.released();
    }

    // --- vehicle life cycle ---

    Vehicle newVehicle() {
        return pool.obtain(sequence.next(), sim.now());
    }

    /** The vehicle enters the first station: its build time starts now. */
    void entered(Vehicle v) {
        v.releaseTime = sim.now();
        releasedTotal++;
        wip.add(sim.now(), 1);
    }

    void complete(Vehicle v) {
        double now = sim.now();
        double flow = now - v.releaseTime;
        completedTotal++;
        completed++;
        completedByProduct[v.product]++;
        if (now >= warmup) {
            int bucket = (int) ((now - warmup) / bucketSeconds);
            outputPerBucket[Math.min(bucket, outputPerBucket.length - 1)]++;
        }
        buildTime.add(flow);
        buildTimePercentiles.add(flow);
        if (productNames.length > 1) {
            buildTimeByProduct[v.product].add(flow);
            buildTimePercentilesByProduct[v.product].add(flow);
        }
        wip.add(now, -1);
        pool.recycle(v);
    }

    void scrap(Vehicle v) {
        scrappedTotal++;
        scrapped++;
        wip.add(sim.now(), -1);
        pool.recycle(v);
    }

    // --- read-only views for reports and tests ---

    public long releasedTotal() { return releasedTotal; }

    public long completedTotal() { return completedTotal; }

    public long scrappedTotal() { return scrappedTotal; }

    /** Vehicles in the plant now: on servers, in buffers, blocked, in rework. */
    public long workInProcess() { return Math.round(wip.value()); }

    /** Vehicle objects allocated in the whole run: follows peak WIP, not output. */
    public int vehiclesAllocated() { return pool.created(); }

    /** Events of the model (the energy meter's readings are not counted). */
    public long events() { return sim.eventsFired() - (energyMeter == null ? 0 : energyMeter.ticks()); }

    public double now() { return sim.now(); }

    /**
     * Vehicles completed per bucket of the measured period (bucket k covers
     * [warmup + k·{@link #outputBucketSeconds()}, warmup + (k+1)·…)); they sum to the
     * summary's vehicles_completed.
     */
    public long[] outputPerBucket() { return outputPerBucket.clone(); }

    /** The width of an output bucket: 3600 s unless the horizon is very long. */
    public double outputBucketSeconds() { return bucketSeconds; }

    /** Start of the measured period, in simulated seconds. */
    public double warmupSeconds() { return warmup; }

    /** Build times (seconds) of the vehicles completed in the measured period. */
    public Percentiles buildTimes() { return buildTimePercentiles; }

    /** Mean kW per output bucket by group of consumers; null when the config models no energy. */
    public PowerSeries powerSeries() { return energyMeter == null ? null : energyMeter.series(); }

    /** The supply network of this run, null when the config has no parts or suppliers. */
    public Supply supply() { return supply; }
}
