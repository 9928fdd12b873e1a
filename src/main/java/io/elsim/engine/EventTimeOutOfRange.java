package io.elsim.engine;

/**
 * An event was to be scheduled at a time the clock cannot hold: infinite or NaN, which a
 * distribution produces from parameters at the edge of their range (a Weibull shape near 0,
 * a lognormal with a huge sigma, a travel time of an absurd distance over an absurd speed).
 */
public final class EventTimeOutOfRange extends ModelError {
    EventTimeOutOfRange(Event event, double time) {
        super(event.owner() + " was to fire at " + (Double.isNaN(time) ? "NaN" : time + " s")
                + ": a sampled time is out of range; check the parameters of its distribution (or distance and speed)");
    }
}
