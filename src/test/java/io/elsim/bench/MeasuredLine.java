package io.elsim.bench;

import io.elsim.engine.RandomStream;
import io.elsim.stats.Percentiles;
import io.elsim.stats.ShiftingBottleneck;
import io.elsim.stats.Tally;

import java.util.Arrays;

/**
 * The reference loop's line ({@link ReferenceLoop}) plus the statistics elsim reports for the
 * same line, all in primitive arrays: vehicles with identity and a build time, time per server
 * state, buffer content and time full, work in process, output per hour, build-time mean and
 * percentiles, the shifting-bottleneck analysis. Same random numbers and the same decisions as
 * the reference, so its completions equal the reference's exactly.
 *
 * <p>It shows how close to the bare reference, which keeps no statistics at all, a simulator
 * can get that reports what elsim reports, computed as elsim computes it (the same statistics
 * classes; docs/performance.md, "The ceiling"). The subclasses drive it with an event list:
 * {@link MeasuredReferenceLoop} with the reference's primitive heap, {@link SsjMeasuredLine}
 * with SSJ's engine, as a user of that library would write this line.
 */
abstract class MeasuredLine implements LineLoop {
    private static final int CAP = 2;
    private static final int STARVED = 0;
    private static final int WORKING = 1;
    private static final int BLOCKED = 2;
    private static final int NONE = -1;

    private final int K;
    private final RandomStream rng = new RandomStream(12345);
    /** The simulated time, set by the driver before it calls {@link #finish}. */
    double now;

    // vehicles: ids recycled through a free list, so memory follows work in process
    private double[] releaseTime = new double[64];
    private int[] freeIds = new int[64];
    private int freeCount;
    private int created;

    // stations: the vehicle in hand (kept while blocked after service), the buffer in front
    private final int[] vehicle;
    private final double[] processTime;
    private final int[] ring;
    private final int[] head;
    private final int[] size;

    // statistics
    private final int[] state;
    private final double[] stateSince;
    private final double[] stateTime;
    private final long[] processed;
    private final double[] processTimeSum;
    private final double[] contentArea;
    private final double[] contentSince;
    private final int[] contentMax;
    private final double[] fullSince;
    private final double[] fullTime;
    private double wipArea;
    private double wipSince;
    private long wip;
    private long wipMax;
    private long completions;
    private long departures;
    private final long[] outputPerHour;
    private final Tally buildTime = new Tally();
    private final Percentiles buildTimes = new Percentiles();
    private final ShiftingBottleneck bottlenecks;

    MeasuredLine(int stations, double horizon) {
        K = stations;
        vehicle = new int[K];
        Arrays.fill(vehicle, NONE);
        processTime = new double[K];
        ring = new int[K * CAP];
        head = new int[K];
        size = new int[K];
        state = new int[K];
        stateSince = new double[K];
        stateTime = new double[K * 3];
        processed = new long[K];
        processTimeSum = new double[K];
        contentArea = new double[K];
        contentSince = new double[K];
        contentMax = new int[K];
        fullSince = new double[K];
        fullTime = new double[K];
        outputPerHour = new long[(int) Math.ceil(horizon / 3600) + 1];
        bottlenecks = new ShiftingBottleneck(K);
    }

    long completions() { return completions; }

    @Override public long departures() { return departures; }

    /** Mean build time of the vehicles completed: with {@link #meanWip} a Little's-law check. */
    double meanBuildTime() { return buildTime.mean(); }

    /** Time-average work in process up to {@code horizon}. */
    double meanWip(double horizon) { return (wipArea + wip * (horizon - wipSince)) / horizon; }

    /** Simulates until {@code horizon}; returns station completions. */
    @Override public abstract long run(double horizon);

    /** Schedules the end of service of station {@code s}, {@code delay} seconds from {@link #now}. */
    abstract void schedule(int s, double delay);

    /** Starts the line: the unlimited source gives station 0 its first vehicle. */
    final void begin() {
        free(0);
    }

    /** Books the states up to {@code horizon} and closes the bottleneck analysis. */
    final void end(double horizon) {
        for (int s = 0; s < K; s++) stateTime[s * 3 + state[s]] += horizon - stateSince[s];
        bottlenecks.finish(horizon);
    }

    /** The next cycle time of station {@code s}: the reference's draw, from its one stream. */
    double cycleTime(int s) {
        return -Math.log(1.0 - rng.nextDouble());
    }

    private void start(int s, int v) {
        vehicle[s] = v;
        double t = cycleTime(s);
        processTime[s] = t;
        schedule(s, t);
        setState(s, WORKING);
    }

    /** Station s finished its vehicle: pass it on or block. */
    final void finish(int s) {
        completions++;
        processed[s]++;
        processTimeSum[s] += processTime[s];
        int v = vehicle[s];
        if (s == K - 1) {
            complete(v);
            free(s);
        } else if (vehicle[s + 1] == NONE) {
            start(s + 1, v);
            free(s);
        } else if (size[s + 1] < CAP) {
            bufferAdd(s + 1, v);
            free(s);
        } else {
            setState(s, BLOCKED);
        }
    }

    /** Station s has no vehicle: take the next one, which may unblock the station upstream. */
    private void free(int s) {
        vehicle[s] = NONE;
        if (s == 0) {
            start(0, newVehicle()); // unlimited source
            return;
        }
        if (size[s] > 0) {
            start(s, bufferPoll(s));
            if (state[s - 1] == BLOCKED) {
                bufferAdd(s, vehicle[s - 1]);
                free(s - 1);
            }
        } else {
            setState(s, STARVED);
        }
    }

    private void setState(int s, int next) {
        int from = state[s];
        if (from == next) return;
        stateTime[s * 3 + from] += now - stateSince[s];
        stateSince[s] = now;
        state[s] = next;
        if (next == WORKING) bottlenecks.begin(s, now);
        else if (from == WORKING) bottlenecks.end(s, now);
    }

    private void bufferAdd(int s, int v) {
        int n = size[s];
        ring[s * CAP + (head[s] + n) % CAP] = v;
        contentArea[s] += n * (now - contentSince[s]);
        contentSince[s] = now;
        size[s] = ++n;
        if (n > contentMax[s]) contentMax[s] = n;
        if (n == CAP) fullSince[s] = now;
    }

    private int bufferPoll(int s) {
        int n = size[s];
        int v = ring[s * CAP + head[s]];
        head[s] = (head[s] + 1) % CAP;
        if (n == CAP) fullTime[s] += now - fullSince[s];
        contentArea[s] += n * (now - contentSince[s]);
        contentSince[s] = now;
        size[s] = n - 1;
        return v;
    }

    private int newVehicle() {
        int v;
        if (freeCount > 0) {
            v = freeIds[--freeCount];
        } else {
            v = created++;
            if (v == releaseTime.length) releaseTime = Arrays.copyOf(releaseTime, v * 2);
        }
        releaseTime[v] = now;
        changeWip(1);
        return v;
    }

    private void complete(int v) {
        departures++;
        double flow = now - releaseTime[v];
        outputPerHour[(int) (now / 3600)]++;
        buildTime.add(flow);
        buildTimes.add(flow);
        changeWip(-1);
        if (freeCount == freeIds.length) freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        freeIds[freeCount++] = v;
    }

    private void changeWip(int delta) {
        wipArea += wip * (now - wipSince);
        wipSince = now;
        wip += delta;
        if (wip > wipMax) wipMax = wip;
    }
}
