package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.engine.Sampler;
import io.elsim.model.FailureSpec;
import io.elsim.model.StationSpec;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A station: its buffer, its parallel servers, and the queue of senders (blocked upstream
 * servers, the release, reworked vehicles) waiting for a place in it. Vehicles move on at
 * once, without events, when a place frees: the chain of unblocking runs upstream in a loop
 * ({@link Line#releaseSenders}).
 */
final class Station {
    final StationSpec spec;
    final String name;
    final int index;
    final Line line;
    final Buffer buffer;
    final Server[] servers;
    Station next;
    /** The parts taken when a server starts a vehicle; null when the station consumes none. */
    StationParts parts;
    final ArrayDeque<Sender> waiting = new ArrayDeque<>();
    /**
     * Servers with nothing to do, longest idle first, so that finding one is O(1) even for an
     * oven or conveyor of hundreds of places (a scan made such a station the cost of a run).
     */
    private final ArrayDeque<Server> idle = new ArrayDeque<>();

    /** Cycle-time sampler per product index. */
    private final Sampler[] cycle;
    final Sampler setupTime;
    private final double reworkRate;
    private final Sampler reworkTime;
    private final RandomStream reworkDraw;
    private final double scrapRate;
    private final RandomStream scrapDraw;

    // statistics since the last reset
    final double[] stateTime = new double[ServerState.ALL.length];
    long processed;
    long failures;
    long reworked;
    long scrapped;
    double processTimeSum;
    /** Servers currently active (working, in setup or down): for the bottleneck analysis. */
    int activeServers;

    Station(StationSpec spec, int index, Line line, Sampler[] cycle, Sampler setupTime,
            Sampler[] mtbf, Sampler[] mttr, Sampler reworkTime, RandomStream reworkDraw,
            RandomStream scrapDraw) {
        this.spec = spec;
        this.name = spec.name();
        this.index = index;
        this.line = line;
        this.cycle = cycle;
        this.setupTime = setupTime;
        this.reworkRate = spec.rework() == null ? 0 : spec.rework().rate();
        this.reworkTime = reworkTime;
        this.reworkDraw = reworkDraw;
        this.scrapRate = spec.scrap();
        this.scrapDraw = scrapDraw;
        this.buffer = new Buffer(spec.name(), spec.buffer());
        boolean busy = spec.failures() == null
                || spec.failures().basis() == FailureSpec.Basis.BUSY;
        this.servers = new Server[spec.servers()];
        for (int i = 0; i < servers.length; i++) {
            servers[i] = new Server(this, i, line, mtbf == null ? null : mtbf[i],
                    mttr == null ? null : mttr[i], busy);
            servers[i].inIdleQueue = true;
            idle.add(servers[i]);
        }
    }

    double cycleTime(int product) {
        return cycle[product].sample();
    }

    /**
     * Offers a vehicle arriving from upstream. Returns false when there is no place: the
     * caller then waits in {@link #waiting}.
     */
    boolean offer(Vehicle v) {
        double now = line.sim.now();
        v.arrivedAt = now;
        if (buffer.isEmpty() && !line.offShift) {
            Server s;
            while ((s = idle.poll()) != null) {
                s.inIdleQueue = false;
                // entries go stale when a queued server fails or gets work another way
                if (s.isIdle()) {
                    s.accept(v);
                    return true;
                }
            }
        }
        if (!buffer.isFull()) {
            buffer.add(v, now);
            return true;
        }
        return false;
    }

    /**
     * A server has no vehicle: give it the next one from the buffer or from a waiting sender,
     * then let the chain of unblocking run upstream.
     */
    void serverFree(Server server) {
        takeNext(server);
        line.releaseSenders();
    }

    /**
     * Gives a free server its next vehicle. A sender whose vehicle moves in is only queued to
     * be told (see {@link Line#releaseSenders}), never called from here: the unblocking chain
     * then runs as a loop instead of a recursion through every blocked station, which the JIT
     * compiles late and inlines badly.
     */
    void takeNext(Server server) {
        if (server.down || line.offShift) {
            server.updateState();
            return;
        }
        Vehicle v = buffer.poll(line.sim.now());
        if (v != null) {
            server.accept(v);
            admitWaiting();
            return;
        }
        Sender sender = waiting.poll();
        if (sender != null) {
            Vehicle arriving = sender.take();
            arriving.arrivedAt = line.sim.now();
            server.accept(arriving);
            line.toRelease.add(sender);
            return;
        }
        server.updateState();
        if (!server.inIdleQueue) {
            server.inIdleQueue = true;
            idle.add(server);
        }
    }

    /** Moves waiting senders into free buffer places, oldest first. */
    private void admitWaiting() {
        Sender sender;
        while (!buffer.isFull() && (sender = waiting.poll()) != null) {
            Vehicle arriving = sender.take();
            arriving.arrivedAt = line.sim.now();
            buffer.add(arriving, arriving.arrivedAt);
            line.toRelease.add(sender);
        }
    }

    /** A server finished processing its vehicle: route it (scrap, rework, or the next station). */
    void onProcessed(Server server, double processTime) {
        processed++;
        processTimeSum += processTime;
        if (scrapRate > 0 && scrapDraw.nextDouble() < scrapRate) {
            scrapped++;
            line.scrap(server.clear());
            serverFree(server);
            return;
        }
        if (reworkRate > 0 && reworkDraw.nextDouble() < reworkRate) {
            reworked++;
            Vehicle v = server.clear();
            v.reworkedAt = this;
            line.sim.schedule(v, reworkTime.sample());
            serverFree(server);
            return;
        }
        pass(server);
    }

    private void pass(Server server) {
        if (next == null) {
            line.complete(server.clear());
            serverFree(server);
        } else if (next.offer(server.vehicle)) {
            server.clear();
            serverFree(server);
        } else {
            server.updateState();
            next.waiting.add(server);
        }
    }

    /** A vehicle repaired off-line rejoins the line in front of the next station. */
    void rejoinAfterRework(Vehicle v) {
        v.reworkedAt = null;
        if (next == null) {
            line.complete(v);
        } else if (!next.offer(v)) {
            next.waiting.add(v);
        }
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
            line.bottlenecks.begin(index, line.sim.now());
        } else if (!nowActive && activeServers == servers.length - 1) {
            line.bottlenecks.end(index, line.sim.now());
        }
    }

    void resetStats(double now) {
        for (Server s : servers) s.flushState();
        Arrays.fill(stateTime, 0);
        processed = 0;
        failures = 0;
        reworked = 0;
        scrapped = 0;
        processTimeSum = 0;
        buffer.resetStats(now);
    }
}
