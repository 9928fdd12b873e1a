package io.elsim.line;

import io.elsim.engine.Event;

/**
 * A vehicle moving through the line. Vehicles are recycled through {@link VehiclePool}, so a
 * run allocates only as many as are ever in the plant at once. A vehicle is also an event:
 * its off-line rework ends when it fires.
 */
final class Vehicle extends Event implements Sender {
    int id;
    int product;
    double releaseTime;
    /** A feeder's unit: the id of the vehicle it was started for (pull or split); -1 for a pushed unit. */
    int owner = -1;
    /** When it entered its current station (buffer or server); read by --trace only. */
    double arrivedAt;
    /** Station whose router sends the vehicle on after off-line rework. */
    Station reworkedAt;
    Vehicle nextFree;
    /** Changes whenever the vehicle, waiting after rework, is taken: see {@link Putter#ticket}. Never reset. */
    private long ticket;

    @Override
    protected void fire() {
        reworkedAt.rejoinAfterRework(this);
    }

    @Override
    public String owner() {
        return reworkedAt == null ? "a vehicle" : "station '" + reworkedAt.name + "' (off-line rework)";
    }

    @Override
    public Vehicle take() {
        ticket++;
        return this;
    }

    @Override
    public long ticket() { return ticket; }

    @Override
    public void released() { }
}
