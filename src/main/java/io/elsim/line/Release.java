package io.elsim.line;

import io.elsim.engine.Event;
import io.elsim.engine.Sampler;

/**
 * Puts vehicles into the entry station ({@code release.to}, by default the first). Timed: one
 * vehicle per interval (takt or random interarrival); unlimited: a vehicle whenever the entry
 * station has a place. When the entry station is full the release waits with its vehicle (blocking, nothing is lost) and the next
 * interval starts once that vehicle is in. Off shift the interval in progress is frozen.
 */
final class Release extends Event implements Sender {
    private final RunContext ctx;
    private final Station first;
    private final Intake sink;
    private final VehiclePool pool;
    private final ProductSequence sequence;
    /** Interarrival sampler of the config; null when the release is unlimited. */
    private final Sampler configured;
    private Sampler shiftTakt;
    private Vehicle pending;
    private double remaining;
    private boolean paused;
    /** Changes whenever the pending vehicle is taken: see {@link Putter#ticket}. */
    private long ticket;

    Release(RunContext ctx, Station first, Intake sink, VehiclePool pool, ProductSequence sequence,
            Sampler configured) {
        this.ctx = ctx;
        this.first = first;
        this.sink = sink;
        this.pool = pool;
        this.sequence = sequence;
        this.configured = configured;
    }

    private Vehicle newVehicle() {
        return pool.obtain(sequence.next(), ctx.now());
    }

    @Override
    public String owner() {
        return "the release (into station '" + first.name + "')";
    }

    private boolean unlimited() {
        return shiftTakt == null && configured == null;
    }

    private double nextInterval() {
        return shiftTakt != null ? shiftTakt.sample() : configured.sample();
    }

    /** Begins releasing at time 0 (or when the first shift starts). */
    void start() {
        if (ctx.offShift) {
            paused = true;
            remaining = 0;
            return;
        }
        if (unlimited()) fill(); else ctx.sim.schedule(this, 0);
        ctx.releaseSenders();
    }

    @Override
    protected void fire() {
        pending = newVehicle();
        if (first.offer(pending)) {
            sink.entered(pending);
            pending = null;
            ctx.sim.schedule(this, nextInterval());
            ctx.releaseSenders(); // an assembly station taking the vehicle may have freed a component store
        } else {
            first.await(this);
        }
    }

    /** Unlimited mode: create vehicles while the first station takes them, then wait. */
    private void fill() {
        while (true) {
            Vehicle v = newVehicle();
            if (!first.offer(v)) {
                pending = v;
                first.await(this);
                return;
            }
            sink.entered(v);
        }
    }

    @Override
    public Vehicle take() {
        Vehicle v = pending;
        pending = null;
        ticket++;
        sink.entered(v);
        return v;
    }

    @Override
    public long ticket() { return ticket; }

    @Override
    public void released() {
        if (ctx.offShift) {
            paused = true;
            remaining = unlimited() ? 0 : nextInterval();
        } else if (unlimited()) {
            fill();
        } else {
            ctx.sim.schedule(this, nextInterval());
        }
    }

    void shiftEnds() {
        if (isScheduled()) {
            remaining = time() - ctx.sim.now();
            ctx.sim.cancel(this);
            paused = true;
        }
    }

    /** A shift starts or its takt changes; {@code takt} is null to use the configured release. */
    void shiftStarts(Sampler takt) {
        boolean wasUnlimited = unlimited();
        shiftTakt = takt;
        if (pending != null) return; // blocked: the next interval starts when the vehicle is in
        if (paused) {
            paused = false;
            if (unlimited()) fill(); else ctx.sim.schedule(this, remaining);
        } else if (unlimited() && !wasUnlimited) {
            ctx.sim.cancel(this);
            fill();
        }
        ctx.releaseSenders();
    }
}
