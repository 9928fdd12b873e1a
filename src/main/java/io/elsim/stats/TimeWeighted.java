package io.elsim.stats;

/**
 * Time-weighted average and maximum of a piecewise-constant quantity (buffer content,
 * work in process). O(1) memory whatever the run length.
 */
public final class TimeWeighted {
    private double value;
    private double lastTime;
    private double startTime;
    private double area;
    private double max;

    public TimeWeighted(double startTime) {
        this.startTime = startTime;
        this.lastTime = startTime;
    }

    /** Records that the quantity changes to {@code newValue} at time {@code now}. */
    public void set(double now, double newValue) {
        area += value * (now - lastTime);
        lastTime = now;
        value = newValue;
        if (newValue > max) max = newValue;
    }

    public void add(double now, double delta) { set(now, value + delta); }

    public double value() { return value; }

    /** Forgets the history: averaging restarts at {@code now} from the current value. */
    public void reset(double now) {
        area = 0;
        lastTime = now;
        startTime = now;
        max = value;
    }

    public double mean(double now) {
        double span = now - startTime;
        if (span <= 0) return value;
        return (area + value * (now - lastTime)) / span;
    }

    public double max() { return max; }
}
