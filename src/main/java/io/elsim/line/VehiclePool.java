package io.elsim.line;

/** Free list of vehicles: memory follows the work in process, not the vehicles built. */
final class VehiclePool {
    private Vehicle free;
    private int created;
    private int nextId;

    Vehicle obtain(int product, double now) {
        Vehicle v = free;
        if (v == null) {
            v = new Vehicle();
            created++;
        } else {
            free = v.nextFree;
            v.nextFree = null;
        }
        v.id = nextId++;
        v.product = product;
        v.releaseTime = now;
        v.reworkedAt = null;
        v.owner = -1;
        return v;
    }

    void recycle(Vehicle v) {
        v.nextFree = free;
        free = v;
    }

    /** Vehicle objects ever allocated: bounded by the peak work in process. */
    int created() { return created; }
}
