package io.elsim.supply;

import io.elsim.model.PartSpec;
import io.elsim.stats.TimeWeighted;

/**
 * The parts of one kind waiting beside the consuming station. The line takes parts with
 * {@link #tryTake}; deliveries arrive through {@link #deliver}; a listener hears about each
 * delivery so that waiting stations can resume. All statistics are O(1) memory.
 */
public final class LineSideStock {
    /** Told after a delivery has put parts into the stock. */
    public interface Listener {
        void replenished(LineSideStock stock);
    }

    /** Told after parts were taken: the supplier's reorder-point check. */
    interface ConsumptionListener {
        void consumed(LineSideStock stock);
    }

    private final PartSpec spec;
    final int index;
    private final int capacity;
    private int level;
    /** Parts ordered and not yet delivered. */
    int onOrder;
    private Listener listener;
    ConsumptionListener consumption;
    String supplierName;

    // statistics since the last reset
    private final TimeWeighted levelStat;
    private int minLevel;
    private long deliveries;
    private long lateDeliveries;
    private long overflow;
    private long consumed;
    private long delivered;
    private double shortSince = Double.NaN;
    private double stockoutSeconds;

    // since time 0, for conservation checks
    private long deliveredTotal;
    private long overflowTotal;
    private long consumedTotal;

    LineSideStock(PartSpec spec, int index) {
        this.spec = spec;
        this.index = index;
        this.capacity = spec.capacity();
        this.level = spec.initialStock();
        this.minLevel = level;
        this.levelStat = new TimeWeighted(0);
        levelStat.set(0, level);
    }

    public PartSpec spec() { return spec; }

    public String name() { return spec.name(); }

    public int level() { return level; }

    public int capacity() { return capacity; }

    /** Name of the supplier that delivers this part. */
    public String supplierName() { return supplierName; }

    /** The line's hook: one listener per stock (the consuming station). */
    public void setListener(Listener listener) { this.listener = listener; }

    /** True when {@code qty} parts are in stock now. */
    public boolean has(int qty) { return level >= qty; }

    /** Takes {@code qty} parts if they are all there; otherwise takes nothing and returns false. */
    public boolean tryTake(double now, int qty) {
        if (level < qty) return false;
        if (qty == 0) return true;
        level -= qty;
        consumed += qty;
        consumedTotal += qty;
        levelStat.set(now, level);
        if (level < minLevel) minLevel = level;
        if (consumption != null) consumption.consumed(this);
        return true;
    }

    /**
     * Marks whether a vehicle is waiting at its station for this part (a stockout that stops
     * work), for {@code stockout_hours}.
     */
    public void setShort(double now, boolean isShort) {
        if (isShort && Double.isNaN(shortSince)) {
            shortSince = now;
        } else if (!isShort && !Double.isNaN(shortSince)) {
            stockoutSeconds += now - shortSince;
            shortSince = Double.NaN;
        }
    }

    /** A truck unloads {@code qty} parts; what does not fit is counted as overflow. */
    void deliver(double now, int qty, boolean late) {
        int room = capacity == PartSpec.UNLIMITED ? Integer.MAX_VALUE : capacity - level;
        int in = Math.min(qty, room);
        level += in;
        deliveries++;
        if (late) lateDeliveries++;
        delivered += qty;
        deliveredTotal += qty;
        overflow += qty - in;
        overflowTotal += qty - in;
        levelStat.set(now, level);
        if (listener != null && in > 0) listener.replenished(this);
    }

    /** Inventory position: in stock plus on order. */
    long position() { return (long) level + onOrder; }

    public void resetStats(double now) {
        levelStat.reset(now);
        minLevel = level;
        deliveries = 0;
        lateDeliveries = 0;
        overflow = 0;
        consumed = 0;
        delivered = 0;
        stockoutSeconds = 0;
        if (!Double.isNaN(shortSince)) shortSince = now;
    }

    // --- report figures (since the last reset) ---

    public double meanLevel(double now) { return levelStat.mean(now); }

    public int minLevel() { return minLevel; }

    public double stockoutHours(double now) {
        double open = Double.isNaN(shortSince) ? 0 : now - shortSince;
        return (stockoutSeconds + open) / 3600;
    }

    public long deliveries() { return deliveries; }

    public long lateDeliveries() { return lateDeliveries; }

    public long overflow() { return overflow; }

    public long consumed() { return consumed; }

    public long delivered() { return delivered; }

    // --- since time 0 ---

    public long deliveredTotal() { return deliveredTotal; }

    public long overflowTotal() { return overflowTotal; }

    public long consumedTotal() { return consumedTotal; }

    public int initial() { return spec.initialStock(); }
}
