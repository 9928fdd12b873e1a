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
    /** When it entered its current station (buffer or server); read by --trace only. */
    double arrivedAt;
    /** Station whose successor the vehicle rejoins after off-line rework. */
    Station reworkedAt;
    Vehicle nextFree;

    @Override
    protected void fire() {
        reworkedAt.rejoinAfterRework(this);
    }

    @Override
    public String owner() {
        return reworkedAt == null ? "a vehicle" : "station '" + reworkedAt.name + "' (off-line rework)";
    }

    @Override
    public Vehicle take() { return this; }

    @Override
    public void released() { }
}
