package io.elsim.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The streaming detector against the active-period method computed offline, straight from its
 * definition (Roser, Nakano and Tanaka, WSC 2002), on random activity of several machines:
 * every period is known in advance, the momentary bottleneck of each elementary interval is
 * the longest period covering it (ties: earlier start, then lower machine), runs of the same
 * period form bottleneck segments, and the overlap of two successive segments' periods is
 * shifting time for both; the rest of a segment is sole time. Nothing is dropped or settled
 * early here, so this checks the streaming shortcuts (settling, compaction, dropping periods
 * dominated by an open one, growing the arrays) as well as the rule.
 */
class ShiftingBottleneckDefinitionTest {

    record Period(int machine, double start, double end) {
        double length() { return end - start; }

        boolean longerThan(Period o) {
            if (length() != o.length()) return length() > o.length();
            if (start != o.start) return start < o.start;
            return machine < o.machine;
        }
    }

    /** Sole and shifting time per machine by the definition, counted from {@code from} to {@code to}. */
    static double[][] byDefinition(List<Period> periods, int machines, double from, double to) {
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(0.0);
        cuts.add(to);
        for (Period p : periods) {
            cuts.add(p.start);
            cuts.add(p.end);
        }
        List<Period> segPeriod = new ArrayList<>();
        List<double[]> segSpan = new ArrayList<>();
        Double last = null;
        for (double t : cuts) {
            if (last != null && t <= to) {
                Period best = null;
                for (Period p : periods) {
                    if (p.start <= last && p.end >= t && (best == null || p.longerThan(best))) best = p;
                }
                int n = segPeriod.size();
                if (n > 0 && segPeriod.get(n - 1) == best && best != null) {
                    segSpan.get(n - 1)[1] = t;
                } else {
                    segPeriod.add(best);
                    segSpan.add(new double[] {last, t});
                }
            }
            last = t;
        }
        double[] sole = new double[machines];
        double[] shifting = new double[machines];
        double[][] overlapBefore = new double[segPeriod.size()][];
        double[][] overlapAfter = new double[segPeriod.size()][];
        for (int k = 1; k < segPeriod.size(); k++) {
            Period a = segPeriod.get(k - 1);
            Period b = segPeriod.get(k);
            if (a == null || b == null) continue;
            double lo = Math.max(a.start, b.start);
            double hi = Math.min(a.end, b.end);
            if (hi > lo) {
                double shift = clip(lo, hi, from);
                shifting[a.machine] += shift;
                shifting[b.machine] += shift;
                overlapAfter[k - 1] = new double[] {lo, hi};
                overlapBefore[k] = new double[] {lo, hi};
            }
        }
        for (int k = 0; k < segPeriod.size(); k++) {
            Period p = segPeriod.get(k);
            if (p == null) continue;
            double[] span = segSpan.get(k);
            double own = clip(span[0], span[1], from);
            for (double[] o : new double[][] {overlapBefore[k], overlapAfter[k]}) {
                if (o != null) own -= clip(Math.max(span[0], o[0]), Math.min(span[1], o[1]), from);
            }
            sole[p.machine] += Math.max(0, own);
        }
        return new double[][] {sole, shifting};
    }

    private static double clip(double lo, double hi, double from) {
        return Math.max(0, hi - Math.max(lo, from));
    }

    /** Random on/off activity on a grid of whole seconds (many ties of starts, ends and lengths). */
    static List<Period> randomActivity(Random r, int machines, double horizon, int maxOn, int maxOff) {
        List<Period> periods = new ArrayList<>();
        for (int m = 0; m < machines; m++) {
            double t = r.nextInt(maxOff + 1);
            while (t < horizon) {
                double end = Math.min(horizon, t + 1 + r.nextInt(maxOn));
                periods.add(new Period(m, t, end));
                t = end + r.nextInt(maxOff + 1);
            }
        }
        return periods;
    }

    /** Feeds the periods as a run would: begins and ends in time order, ends before begins at a tie. */
    static ShiftingBottleneck stream(List<Period> periods, int machines, double resetAt, double horizon) {
        record Edge(double time, boolean begin, Period p) { }
        List<Edge> edges = new ArrayList<>();
        for (Period p : periods) {
            edges.add(new Edge(p.start, true, p));
            if (p.end < horizon) edges.add(new Edge(p.end, false, p));
        }
        edges.sort((a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Boolean.compare(a.begin, b.begin));
        ShiftingBottleneck b = new ShiftingBottleneck(machines);
        boolean reset = resetAt <= 0;
        for (Edge e : edges) {
            if (!reset && e.time >= resetAt) {
                b.reset(resetAt);
                reset = true;
            }
            if (e.begin) b.begin(e.p.machine, e.time); else b.end(e.p.machine, e.time);
        }
        if (!reset) b.reset(resetAt);
        b.finish(horizon);
        return b;
    }

    private static void assertMatchesDefinition(List<Period> periods, int machines, double resetAt, double horizon) {
        ShiftingBottleneck b = stream(periods, machines, resetAt, horizon);
        double[][] expected = byDefinition(periods, machines, resetAt, horizon);
        double total = 0;
        for (int m = 0; m < machines; m++) {
            assertThat(b.soleTime(m)).as("sole time of machine %d", m).isCloseTo(expected[0][m], within(1e-9));
            assertThat(b.shiftingTime(m)).as("shifting time of machine %d", m).isCloseTo(expected[1][m], within(1e-9));
            total += expected[0][m] + expected[1][m];
        }
        assertThat(total).as("some bottleneck time to compare").isPositive();
    }

    @Test
    void two_machines_with_many_ties() {
        Random r = new Random(1);
        for (int run = 0; run < 40; run++) {
            assertMatchesDefinition(randomActivity(r, 2, 200, 6, 3), 2, 0, 200);
        }
    }

    @Test
    void five_machines_with_long_and_short_periods() {
        Random r = new Random(2);
        for (int run = 0; run < 40; run++) {
            assertMatchesDefinition(randomActivity(r, 5, 300, 25, 4), 5, 0, 300);
        }
    }

    /** Enough machines and periods that the pending periods outgrow their first arrays. */
    @Test
    void many_machines_overlapping_for_long() {
        Random r = new Random(3);
        for (int run = 0; run < 10; run++) {
            assertMatchesDefinition(randomActivity(r, 30, 400, 60, 2), 30, 0, 400);
        }
    }

    @Test
    void shares_after_a_reset_in_the_middle() {
        Random r = new Random(4);
        for (int run = 0; run < 40; run++) {
            double resetAt = 1 + r.nextInt(150);
            assertMatchesDefinition(randomActivity(r, 4, 300, 12, 5), 4, resetAt, 300);
        }
    }

    /**
     * Two identical periods: equal length and start, so the lower machine is the bottleneck,
     * whichever ends first and whether or not the streaming had settled up to their start.
     */
    @Test
    void identical_periods_go_to_the_lower_machine() {
        for (double start : new double[] {0, 1}) {
            for (int first : new int[] {0, 1}) {
                ShiftingBottleneck b = new ShiftingBottleneck(2);
                b.begin(0, start);
                b.begin(1, start);
                b.end(first, 5);
                b.end(1 - first, 5);
                b.finish(8);
                assertThat(b.soleTime(0)).as("start %s, machine %d ends first", start, first).isCloseTo(5 - start, within(1e-12));
                assertThat(b.soleTime(1) + b.shiftingTime(0) + b.shiftingTime(1)).isZero();
            }
        }
    }

    @Test
    void repeated_begins_and_ends_are_ignored_and_empty_periods_count_for_nothing() {
        ShiftingBottleneck b = new ShiftingBottleneck(2);
        b.end(1, 1);        // never begun
        b.begin(0, 0);
        b.begin(0, 5);      // already active since 0
        b.begin(1, 3);
        b.end(1, 3);        // an empty period
        b.end(0, 10);
        b.end(0, 12);       // already ended
        b.finish(20);
        assertThat(b.soleTime(0)).isCloseTo(10, within(1e-12));
        assertThat(b.soleTime(1) + b.shiftingTime(0) + b.shiftingTime(1)).isZero();
    }
}
