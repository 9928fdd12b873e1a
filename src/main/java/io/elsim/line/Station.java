package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.engine.Sampler;
import io.elsim.model.FailureSpec;
import io.elsim.model.StationSpec;
import io.elsim.stats.ShiftingBottleneck;

import java.util.Arrays;

/**
 * A station: its buffer (a {@link Store} whose waiting putters are blocked upstream servers,
 * the release and vehicles back from rework, and whose waiting takers are its idle servers),
 * its parallel servers, and the {@link Router} that sends its finished vehicles on. Vehicles
 * move on at once, without events, when a place frees: the chain of unblocking runs upstream
 * in a loop ({@link RunContext#releaseSenders}).
 */
final class Station implements Destination, StationStats {
    final StationSpec spec;
    final String name;
    final int index;
    final RunContext ctx;
    private final ShiftingBottleneck bottlenecks;
    final Store<Vehicle> buffer;
    final Server[] servers;
    /** Where finished vehicles go; set by the {@link NetworkBuilder} once every node exists. */
    Router router;
    /** Where a scrapped vehicle (or unit) goes: the plant's sink, or the station's feeder. */
    Intake sink;
    /** The parts taken when a server starts a vehicle; null when the station consumes none. */
    StationParts parts;
    /** The components fitted here, from feeders' stores; null when no feeder delivers here. */
    Assembly assembly;
    /** Feeders whose units start when a vehicle leaves here (pull or split); null when none. */
    Feeder[] starts;
    /** The line the station belongs to in reports: "main" or a feeder's name. */
    String line = StationStats.MAIN_LINE;

    /** Cycle-time sampler per product index. */
    private final Sampler[] cycle;
    final Sampler setupTime;
    private final double reworkRate;
    private final Sampler reworkTime;
    private final RandomStream reworkDraw;
    private final double scrapRate;
    private final RandomStream scrapDraw;
    /** Vehicles on the servers now (for shortest-queue routing). */
    int held;

    // statistics since the last reset
    final double[] stateTime = new double[ServerState.ALL.length];
    long processed;
    long failures;
    double processTimeSum;
    /** Servers currently active (working, in setup or down): for the bottleneck analysis. */
    int activeServers;

    Station(StationSpec spec, int index, RunContext ctx, ShiftingBottleneck bottlenecks, Sampler[] cycle,
            Sampler setupTime, Sampler[] mtbf, Sampler[] mttr, Sampler reworkTime, RandomStream reworkDraw,
            RandomStream scrapDraw) {
        this.spec = spec;
        this.name = spec.name();
        this.index = index;
        this.ctx = ctx;
        this.bottlenecks = bottlenecks;
        this.cycle = cycle;
        this.setupTime = setupTime;
        this.reworkRate = spec.rework() == null ? 0 : spec.rework().rate();
        this.reworkTime = reworkTime;
        this.reworkDraw = reworkDraw;
        this.scrapRate = spec.scrap();
        this.scrapDraw = scrapDraw;
        this.buffer = new Store<>(spec.name(), spec.buffer(), "in front of station '" + spec.name() + "'");
        boolean busy = spec.failures() == null
                || spec.failures().basis() == FailureSpec.Basis.BUSY;
        this.servers = new Server[spec.servers()];
        for (int i = 0; i < servers.length; i++) {
            servers[i] = new Server(this, i, ctx, mtbf == null ? null : mtbf[i],
                    mttr == null ? null : mttr[i], busy);
            servers[i].inIdleQueue = true;
            buffer.awaitItem(servers[i]);
        }
    }

    double cycleTime(int product) {
        return cycle[product].sample();
    }

    // --- Destination: vehicles arriving from upstream ---

    /**
     * Offers a vehicle arriving from upstream: to an idle server, else into the buffer. Returns
     * false when there is no place: the caller then waits ({@link #await}).
     */
    @Override
    public boolean offer(Vehicle v) {
        v.arrivedAt = ctx.now();
        if (buffer.isEmpty() && !ctx.offShift) {
            Taker<Vehicle> t = buffer.nextTaker();
            if (t != null) {
                t.receive(v);
                return true;
            }
        }
        if (!buffer.isFull()) {
            buffer.add(v, ctx.now());
            return true;
        }
        return false;
    }

    @Override
    public boolean canTake() {
        return !buffer.isFull() || (buffer.isEmpty() && !ctx.offShift && buffer.hasTaker());
    }

    @Override
    public void await(Sender s) {
        buffer.awaitPlace(s);
    }

    @Override
    public int occupancy() {
        return buffer.size() + held;
    }

    @Override
    public String name() {
        return name;
    }

    // --- servers taking their next vehicle ---

    /**
     * A server has no vehicle: give it the next one from the buffer or from a waiting sender,
     * then let the chain of unblocking run upstream.
     */
    void serverFree(Server server) {
        takeNext(server);
        ctx.releaseSenders();
    }

    /**
     * Gives a free server its next vehicle. A sender whose vehicle moves in is only queued to
     * be told ({@link RunContext#placed}), never called from here: the unblocking chain then
     * runs as a loop instead of a recursion through every blocked station.
     */
    void takeNext(Server server) {
        if (server.down || ctx.offShift) {
            server.updateState();
            return;
        }
        Vehicle v = buffer.poll(ctx.now());
        if (v != null) {
            server.accept(v);
            admitWaiting();
            return;
        }
        Putter<Vehicle> sender = buffer.nextPutter();
        if (sender != null) {
            Vehicle arriving = sender.take();
            arriving.arrivedAt = ctx.now();
            server.accept(arriving);
            ctx.placed(sender);
            return;
        }
        server.updateState();
        if (!server.inIdleQueue) {
            server.inIdleQueue = true;
            buffer.awaitItem(server);
        }
    }

    /** Moves waiting senders into free buffer places, oldest first. */
    private void admitWaiting() {
        Putter<Vehicle> sender;
        while (!buffer.isFull() && (sender = buffer.nextPutter()) != null) {
            Vehicle arriving = sender.take();
            arriving.arrivedAt = ctx.now();
            buffer.add(arriving, arriving.arrivedAt);
            ctx.placed(sender);
        }
    }

    // --- finished vehicles leaving ---

    /** A server finished processing its vehicle: scrap it, send it to rework, or route it on. */
    void onProcessed(Server server, double processTime) {
        processed++;
        processTimeSum += processTime;
        if (scrapRate > 0 && scrapDraw.nextDouble() < scrapRate) {
            sink.scrap(server.clear());
            serverFree(server);
            return;
        }
        if (reworkRate > 0 && reworkDraw.nextDouble() < reworkRate) {
            Vehicle v = server.clear();
            v.reworkedAt = this;
            ctx.sim.schedule(v, reworkTime.sample());
            serverFree(server);
            return;
        }
        if (starts != null) Feeder.vehicleLeft(starts, server.vehicle);
        Destination[] waiting = router.send(server.vehicle, server);
        if (waiting == null) {
            server.clear();
            serverFree(server);
        } else {
            server.waitingFor = waiting;
            server.updateState();
            if (ctx.deadlocks != null) ctx.deadlocks.blocked(server);
        }
    }

    /** A vehicle repaired off-line goes where this station's finished vehicles go. */
    void rejoinAfterRework(Vehicle v) {
        v.reworkedAt = null;
        if (starts != null) Feeder.vehicleLeft(starts, v);
        router.send(v, v);
        ctx.releaseSenders(); // an assembly station taking the vehicle may have freed a component store
    }

    /** Full, and every server holds a finished vehicle waiting for a place downstream. */
    boolean jammed() {
        if (!buffer.isFull()) return false;
        for (Server s : servers) {
            if (s.vehicle == null || !s.finished) return false;
        }
        return true;
    }

    // --- statistics ---

    void accumulate(ServerState state, double duration) {
        stateTime[state.ordinal()] += duration;
    }

    void stateChanged(ServerState from, ServerState to) {
        boolean nowActive = to.active;
        if (from.active == nowActive) return;
        activeServers += nowActive ? 1 : -1;
        // a station is active (a bottleneck candidate) only while none of its servers waits
        if (nowActive && activeServers == servers.length) {
            bottlenecks.begin(index, ctx.now());
        } else if (!nowActive && activeServers == servers.length - 1) {
            bottlenecks.end(index, ctx.now());
        }
    }

    void resetStats(double now) {
        for (Server s : servers) s.flushState();
        Arrays.fill(stateTime, 0);
        processed = 0;
        failures = 0;
        processTimeSum = 0;
        buffer.resetStats(now);
    }

    // --- StationStats: read-only views ---

    @Override public StationSpec spec() { return spec; }

    @Override public String line() { return line; }

    @Override public int serverCount() { return servers.length; }

    @Override public long processed() { return processed; }

    @Override public long failures() { return failures; }

    @Override public double meanCycleSeconds() { return processed > 0 ? processTimeSum / processed : Double.NaN; }

    @Override public double stateSeconds(ServerState state) { return stateTime[state.ordinal()]; }

    @Override public double bufferMean(double now) { return buffer.meanContent(now); }

    @Override public double bufferMax() { return buffer.maxContent(); }

    @Override public double bufferFullFraction(double now) { return buffer.fullFraction(now); }
}
