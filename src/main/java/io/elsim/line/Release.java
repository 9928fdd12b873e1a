package io.elsim.line;

import io.elsim.engine.Event;
import io.elsim.engine.Sampler;

/**
 * Puts vehicles into the first station. Timed: one vehicle per interval (takt or random
 * interarrival); unlimited: a vehicle whenever the first station has a place. When the first
 * station is full the release waits with its vehicle (blocking, nothing is lost) and the next
 * interval starts once that vehicle is in. Off shift the interval in progress is frozen.
 */
final class Release extends Event implements Sender {
    private final Line line;
    private final Station first;
    /** Interarrival sampler of the config; null when the release is unlimited. */
    private final Sampler configured;
    private Sampler shiftTakt;
    private Vehicle pending;
    private double remaining;
    private boolean paused;

    Release(Line line, Station first, Sampler configured) {
        this.line = line;
        this.first = first;
        this.configured = configured;
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
        if (line.offShift) {
            paused = true;
            remaining = 0;
            return;
        }
        if (unlimited()) fill(); else line.sim.schedule(this, 0);
    }

    @Override
    protected void fire() {
        pending = line.newVehicle();
        if (first.offer(pending)) {
            line.entered(pending);
            pending = null;
            line.sim.schedule(this, nextInterval());
        } else {
            first.waiting.add(this);
        }
    }

    /** Unlimited mode: create vehicles while the first station takes them, then wait. */
    private void fill() {
        while (true) {
            Vehicle v = line.newVehicle();
            if (!first.offer(v)) {
                pending = v;
                first.waiting.add(this);
                return;
            }
            line.entered(v);
        }
    }

    @Override
    public Vehicle take() {
        Vehicle v = pending;
        pending = null;
        line.entered(v);
        return v;
    }

    @Override
    public void released() {
        if (line.offShift) {
            paused = true;
            remaining = unlimited() ? 0 : nextInterval();
        } else if (unlimited()) {
            fill();
        } else {
            line.sim.schedule(this, nextInterval());
        }
    }

    void shiftEnds() {
        if (isScheduled()) {
            remaining = time() - line.sim.now();
            line.sim.cancel(this);
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
            if (unlimited()) fill(); else line.sim.schedule(this, remaining);
        } else if (unlimited() && !wasUnlimited) {
            line.sim.cancel(this);
            fill();
        }
    }
}
