package io.elsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

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
 * bounded by the number of machines, whatever the run length.
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
    private final List<Period> pending = new ArrayList<>();
    private double frontier;
    private double statsStart;
    private final int settleThreshold;

    /** The bottleneck segment being built: it is closed once its successor is known. */
    private Period current;
    private double currentFrom;
    private double currentTo;
    private double currentPrevOverlapFrom = Double.NaN;
    private double currentPrevOverlapTo = Double.NaN;

    private record Period(int machine, double start, double end) {
        double length() { return end - start; }
    }

    /** Longest first; ties go to the earlier start, then the lower machine index. */
    private static final Comparator<Period> LONGEST_FIRST = Comparator
            .comparingDouble(Period::length).reversed()
            .thenComparingDouble(Period::start)
            .thenComparingInt(Period::machine);

    public ShiftingBottleneck(int machines) {
        this.machines = machines;
        this.openStart = new double[machines];
        Arrays.fill(openStart, Double.NaN);
        this.openPrev = new int[machines];
        this.openNext = new int[machines];
        this.sole = new double[machines];
        this.shifting = new double[machines];
        this.settleThreshold = 4 * machines + 64;
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
        pending.add(new Period(machine, start, time));
        double earliest = openHead >= 0 ? openStart[openHead] : time;
        if (earliest > frontier || pending.size() > settleThreshold) {
            settle(earliest);
        }
    }

    private void unlink(int machine) {
        openStart[machine] = Double.NaN;
        int prev = openPrev[machine];
        int next = openNext[machine];
        if (prev >= 0) openNext[prev] = next; else openHead = next;
        if (next >= 0) openPrev[next] = prev; else openTail = prev;
    }

    /** Forgets the shares gathered so far; shares count from {@code time} on. */
    public void reset(double time) {
        Arrays.fill(sole, 0);
        Arrays.fill(shifting, 0);
        statsStart = time;
    }

    /** Closes the open periods at {@code time} and settles everything up to it. */
    public void finish(double time) {
        // close the open periods at the horizon, earliest first so that none is wrongly
        // dropped as dominated by a period that is about to close too
        while (openHead >= 0) {
            int m = openHead;
            double start = openStart[m];
            unlink(m);
            if (time > start) pending.add(new Period(m, start, time));
        }
        settle(time);
        closeCurrent(Double.NaN, Double.NaN);
        current = null;
    }

    public double soleTime(int machine) { return sole[machine]; }

    public double shiftingTime(int machine) { return shifting[machine]; }

    private double earliestOpenStart(double now) {
        return openHead >= 0 ? Math.min(now, openStart[openHead]) : now;
    }

    /** Settles the bottleneck over [frontier, until), where every relevant period is closed. */
    private void settle(double until) {
        if (until <= frontier) return;
        // sweep over the period boundaries, keeping the covering periods ordered by length
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Period p = pending.get(i);
            if (p.end <= frontier || p.start >= until) continue;
            points.add(new double[] {Math.max(p.start, frontier), 1, i});
            points.add(new double[] {Math.min(p.end, until), 0, i});
        }
        points.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        TreeSet<Period> covering = new TreeSet<>(LONGEST_FIRST);
        double last = frontier;
        for (double[] pt : points) {
            double t = pt[0];
            if (t > last && !covering.isEmpty()) {
                bottleneckDuring(covering.first(), last, t);
            } else if (t > last) {
                bottleneckDuring(null, last, t);
            }
            last = Math.max(last, t);
            Period p = pending.get((int) pt[2]);
            if (pt[1] == 1) covering.add(p); else covering.remove(p);
        }
        if (until > last) bottleneckDuring(null, last, until);
        frontier = until;
        pending.removeIf(p -> p.end <= until);
        // a closed period starting after an open one is dominated by it: it can never be longest
        double earliest = earliestOpenStart(Double.POSITIVE_INFINITY);
        pending.removeIf(p -> p.start > earliest);
    }

    private void bottleneckDuring(Period p, double from, double to) {
        if (p != null && p.equals(current)) {
            currentTo = to;
            return;
        }
        double overlapFrom = Double.NaN;
        double overlapTo = Double.NaN;
        if (current != null && p != null) {
            overlapFrom = Math.max(current.start, p.start);
            overlapTo = Math.min(current.end, p.end);
            if (overlapTo > overlapFrom) {
                double shift = clipped(overlapFrom, overlapTo);
                shifting[current.machine] += shift;
                shifting[p.machine] += shift;
            } else {
                overlapFrom = overlapTo = Double.NaN;
            }
        }
        closeCurrent(overlapFrom, overlapTo);
        current = p;
        currentFrom = from;
        currentTo = to;
        currentPrevOverlapFrom = overlapFrom;
        currentPrevOverlapTo = overlapTo;
    }

    /** Books the sole time of the current segment: its bottleneck time outside both overlaps. */
    private void closeCurrent(double nextOverlapFrom, double nextOverlapTo) {
        if (current == null) return;
        double total = clipped(currentFrom, currentTo);
        double inPrev = Double.isNaN(currentPrevOverlapFrom) ? 0
                : clipped(Math.max(currentFrom, currentPrevOverlapFrom), Math.min(currentTo, currentPrevOverlapTo));
        double inNext = Double.isNaN(nextOverlapFrom) ? 0
                : clipped(Math.max(currentFrom, nextOverlapFrom), Math.min(currentTo, nextOverlapTo));
        sole[current.machine] += Math.max(0, total - inPrev - inNext);
    }

    private double clipped(double from, double to) {
        return Math.max(0, to - Math.max(from, statsStart));
    }
}
