package io.elsim.stats;

import java.util.Arrays;

/**
 * Shifting-bottleneck detection by the active-period method (Roser, Nakano and Tanaka,
 * "Shifting bottleneck detection", Proc. Winter Simulation Conference 2002).
 *
 * <p>A machine is <em>active</em> while it works, sets up or is repaired. At each instant the
 * momentary bottleneck is the machine whose active period around that instant is the longest
 * in total. Where the active periods of two successive bottlenecks overlap, the bottleneck
 * is shifting and both machines count as shifting bottlenecks; the remaining bottleneck time
 * is sole.
 *
 * <p>Periods are analysed as a stream: time before the start of the earliest still-open
 * period can no longer change, so it is settled and forgotten; a closed period that began
 * after some still-open one can never be the longest and is dropped. Memory therefore stays
 * bounded by the number of machines, whatever the run length. Periods are kept in primitive
 * arrays and the few covering an instant are compared by a linear scan: this runs on nearly
 * every event, and boxing, sorting objects or a tree set there cost more than the simulation.
 */
public final class ShiftingBottleneck {
    private final int machines;
    private final double[] openStart;
    /*
     * Open periods in order of start. Periods begin at non-decreasing times, so appending
     * keeps the order, and the earliest open start is the head: O(1) per begin and end.
     */
    private final int[] openPrev;
    private final int[] openNext;
    private int openHead = -1;
    private int openTail = -1;

    private final double[] sole;
    private final double[] shifting;

    // closed periods not yet settled, as parallel arrays
    private int[] pendingMachine = new int[16];
    private double[] pendingStart = new double[16];
    private double[] pendingEnd = new double[16];
    private int pendingCount;
    private double[] points = new double[34];

    private double frontier;
    private double statsStart;

    /** The bottleneck segment being built: it is closed once its successor is known. */
    private int currentMachine = -1;
    private double currentStart;
    private double currentEnd;
    private double currentFrom;
    private double currentTo;
    private double currentPrevOverlapFrom = Double.NaN;
    private double currentPrevOverlapTo = Double.NaN;

    public ShiftingBottleneck(int machines) {
        this.machines = machines;
        this.openStart = new double[machines];
        Arrays.fill(openStart, Double.NaN);
        this.openPrev = new int[machines];
        this.openNext = new int[machines];
        this.sole = new double[machines];
        this.shifting = new double[machines];
    }

    public void begin(int machine, double time) {
        if (!Double.isNaN(openStart[machine])) return;
        openStart[machine] = time;
        openPrev[machine] = openTail;
        openNext[machine] = -1;
        if (openTail >= 0) openNext[openTail] = machine; else openHead = machine;
        openTail = machine;
    }

    public void end(int machine, double time) {
        double start = openStart[machine];
        if (Double.isNaN(start)) return;
        unlink(machine);
        if (time <= start) return;
        // a period that began after a still-open one is shorter than it: never the bottleneck
        if (openHead >= 0 && openStart[openHead] < start) return;
        addPending(machine, start, time);
        settle(openHead >= 0 ? openStart[openHead] : time);
    }

    private void unlink(int machine) {
        openStart[machine] = Double.NaN;
        int prev = openPrev[machine];
        int next = openNext[machine];
        if (prev >= 0) openNext[prev] = next; else openHead = next;
        if (next >= 0) openPrev[next] = prev; else openTail = prev;
    }

    private void addPending(int machine, double start, double end) {
        if (pendingCount == pendingMachine.length) {
            int n = pendingCount * 2;
            pendingMachine = Arrays.copyOf(pendingMachine, n);
            pendingStart = Arrays.copyOf(pendingStart, n);
            pendingEnd = Arrays.copyOf(pendingEnd, n);
            points = new double[2 * n + 2];
        }
        pendingMachine[pendingCount] = machine;
        pendingStart[pendingCount] = start;
        pendingEnd[pendingCount] = end;
        pendingCount++;
    }

    /** Forgets the shares gathered so far; shares count from {@code time} on. */
    public void reset(double time) {
        Arrays.fill(sole, 0);
        Arrays.fill(shifting, 0);
        statsStart = time;
    }

    /** Closes the open periods at {@code time} and settles everything up to it. */
    public void finish(double time) {
        while (openHead >= 0) {
            int m = openHead;
            double start = openStart[m];
            unlink(m);
            if (time > start) addPending(m, start, time);
        }
        settle(time);
        closeCurrent(Double.NaN, Double.NaN);
        currentMachine = -1;
    }

    public double soleTime(int machine) { return sole[machine]; }

    public double shiftingTime(int machine) { return shifting[machine]; }

    /** Settles the bottleneck over [frontier, until), where every relevant period is closed. */
    private void settle(double until) {
        if (until <= frontier) {
            if (pendingCount > 4 * machines + 64) compact(until);
            return;
        }
        int n = 0;
        double[] pts = points;
        pts[n++] = frontier;
        pts[n++] = until;
        for (int i = 0; i < pendingCount; i++) {
            double s = pendingStart[i];
            double e = pendingEnd[i];
            if (e <= frontier || s >= until) continue;
            if (s > frontier) pts[n++] = s;
            if (e < until) pts[n++] = e;
        }
        Arrays.sort(pts, 0, n);
        double last = pts[0];
        for (int k = 1; k < n; k++) {
            double t = pts[k];
            if (t > last) {
                bottleneckDuring(longestCovering(last, t), last, t);
                last = t;
            }
        }
        frontier = until;
        compact(until);
    }

    /** Keeps only periods reaching past {@code until} and not dominated by an open one. */
    private void compact(double until) {
        double earliestOpen = openHead >= 0 ? openStart[openHead] : Double.POSITIVE_INFINITY;
        int kept = 0;
        for (int i = 0; i < pendingCount; i++) {
            if (pendingEnd[i] <= until || pendingStart[i] > earliestOpen) continue;
            pendingMachine[kept] = pendingMachine[i];
            pendingStart[kept] = pendingStart[i];
            pendingEnd[kept] = pendingEnd[i];
            kept++;
        }
        pendingCount = kept;
    }

    /** The pending period covering [from, to) that is longest (ties: earlier start, lower machine). */
    private int longestCovering(double from, double to) {
        int best = -1;
        for (int i = 0; i < pendingCount; i++) {
            if (pendingStart[i] > from || pendingEnd[i] < to) continue;
            if (best < 0 || longer(i, best)) best = i;
        }
        return best;
    }

    private boolean longer(int a, int b) {
        double la = pendingEnd[a] - pendingStart[a];
        double lb = pendingEnd[b] - pendingStart[b];
        if (la != lb) return la > lb;
        if (pendingStart[a] != pendingStart[b]) return pendingStart[a] < pendingStart[b];
        return pendingMachine[a] < pendingMachine[b];
    }

    private void bottleneckDuring(int p, double from, double to) {
        int machine = p < 0 ? -1 : pendingMachine[p];
        double start = p < 0 ? Double.NaN : pendingStart[p];
        double end = p < 0 ? Double.NaN : pendingEnd[p];
        if (p >= 0 && machine == currentMachine && start == currentStart && end == currentEnd) {
            currentTo = to;
            return;
        }
        double overlapFrom = Double.NaN;
        double overlapTo = Double.NaN;
        if (currentMachine >= 0 && p >= 0) {
            overlapFrom = Math.max(currentStart, start);
            overlapTo = Math.min(currentEnd, end);
            if (overlapTo > overlapFrom) {
                double shift = clipped(overlapFrom, overlapTo);
                shifting[currentMachine] += shift;
                shifting[machine] += shift;
            } else {
                overlapFrom = overlapTo = Double.NaN;
            }
        }
        closeCurrent(overlapFrom, overlapTo);
        currentMachine = machine;
        currentStart = start;
        currentEnd = end;
        currentFrom = from;
        currentTo = to;
        currentPrevOverlapFrom = overlapFrom;
        currentPrevOverlapTo = overlapTo;
    }

    /** Books the sole time of the current segment: its bottleneck time outside both overlaps. */
    private void closeCurrent(double nextOverlapFrom, double nextOverlapTo) {
        if (currentMachine < 0) return;
        double total = clipped(currentFrom, currentTo);
        double inPrev = Double.isNaN(currentPrevOverlapFrom) ? 0
                : clipped(Math.max(currentFrom, currentPrevOverlapFrom), Math.min(currentTo, currentPrevOverlapTo));
        double inNext = Double.isNaN(nextOverlapFrom) ? 0
                : clipped(Math.max(currentFrom, nextOverlapFrom), Math.min(currentTo, nextOverlapTo));
        sole[currentMachine] += Math.max(0, total - inPrev - inNext);
    }

    private double clipped(double from, double to) {
        return Math.max(0, to - Math.max(from, statsStart));
    }
}
