package io.elsim.line;

import io.elsim.engine.Event;
import io.elsim.engine.Sampler;
import io.elsim.engine.Simulator;

/**
 * One of a station's parallel servers. It holds at most one vehicle, goes through an optional
 * setup phase then the processing phase, and may fail. Its reported state is derived from
 * its condition in one place ({@link #updateState()}), so the time accounting cannot drift.
 */
final class Server implements Sender, Taker<Vehicle> {
    private static final int NONE = 0;
    private static final int SETUP = 1;
    private static final int PROCESS = 2;

    final Station station;
    final int index;
    private final Simulator sim;
    private final RunContext ctx;

    Vehicle vehicle;
    /** Processed and waiting for a place downstream (blocking after service). */
    boolean finished;
    boolean down;
    boolean waitingForParts;
    /** In the station's queue of idle servers (possibly stale: checked when taken out). */
    boolean inIdleQueue;
    /** Changes whenever the server gives up its vehicle: see {@link Putter#ticket}. */
    private long ticket;
    /** Where the finished vehicle waits for a place (blocked); for deadlock detection. */
    Destination[] waitingFor;
    private int phase = NONE;
    private double remaining;
    private double phaseStart;
    private double processTime;
    private int lastProduct = -1;

    private final boolean busyFailures;
    /** Busy time left before the next failure (failures on busy basis). */
    private double timeToFailure = Double.POSITIVE_INFINITY;
    private final Sampler mtbf;
    private final Sampler mttr;

    private ServerState state = ServerState.STARVED;
    private double stateSince;

    // --trace only (ctx.visits != null): the visit in progress
    private double visitArrive;
    private double visitStart;
    private double visitFinish;
    private double visitMark;
    private double[] visitTime;

    /** An event of this server, named for the runaway-model guard; the name is built only when asked. */
    private abstract class Owned extends Event {
        private final String role;

        Owned(String role) { this.role = role; }

        @Override public String owner() {
            return "station '" + station.name + "'" + (station.servers.length > 1 ? " server " + (index + 1) : "")
                    + " (" + role + ")";
        }
    }

    private final Event timer = new Owned("cycle/setup timer") {
        @Override protected void fire() { onTimer(); }
    };
    private boolean timerIsFailure;
    private final Event repair = new Owned("repair") {
        @Override protected void fire() { onRepair(); }
    };
    private final Event calendarFailure = new Owned("failure clock") {
        @Override protected void fire() { fail(); }
    };

    Server(Station station, int index, RunContext ctx, Sampler mtbf, Sampler mttr, boolean busyFailures) {
        this.station = station;
        this.index = index;
        this.ctx = ctx;
        this.sim = ctx.sim;
        this.mtbf = mtbf;
        this.mttr = mttr;
        this.busyFailures = busyFailures;
    }

    /** Starts the failure clock; called once when the run begins. */
    void startFailureClock() {
        if (mtbf == null) return;
        if (busyFailures) {
            timeToFailure = mtbf.sample();
        } else {
            sim.schedule(calendarFailure, mtbf.sample());
        }
    }

    boolean isIdle() { return vehicle == null && !down; }

    /** Takes a new vehicle and starts on it (or waits for the shift / its parts). */
    void accept(Vehicle v) {
        vehicle = v;
        station.held++;
        finished = false;
        if (ctx.visits != null) startVisit();
        if (station.setupTime != null && lastProduct >= 0 && lastProduct != v.product) {
            phase = SETUP;
            remaining = station.setupTime.sample();
        } else {
            phase = PROCESS;
            remaining = processTime = station.cycleTime(v.product);
        }
        lastProduct = v.product;
        waitingForParts = station.assembly != null && !station.assembly.take(this, v)
                || station.parts != null && !station.parts.take(this, v.product);
        if (canRun()) resume();
        updateState();
    }

    private boolean canRun() {
        return !down && !ctx.offShift && phase != NONE && !waitingForParts;
    }

    /** Lets time run on the current phase: schedules whichever comes first, its end or a failure. */
    private void resume() {
        phaseStart = sim.now();
        if (phase == PROCESS && timeToFailure < remaining) {
            timerIsFailure = true;
            sim.schedule(timer, timeToFailure);
        } else {
            timerIsFailure = false;
            sim.schedule(timer, remaining);
        }
    }

    /** Stops time on the current phase, keeping what is left of it. */
    private void pause() {
        if (!timer.isScheduled()) return;
        double elapsed = sim.now() - phaseStart;
        remaining -= elapsed;
        if (phase == PROCESS && busyFailures) timeToFailure -= elapsed;
        sim.cancel(timer);
    }

    private void onTimer() {
        double elapsed = sim.now() - phaseStart;
        if (timerIsFailure) {
            remaining -= elapsed;
            timeToFailure = 0;
            fail();
            return;
        }
        if (phase == PROCESS && busyFailures) timeToFailure -= elapsed;
        remaining = 0;
        if (phase == SETUP) {
            phase = PROCESS;
            remaining = processTime = station.cycleTime(vehicle.product);
            resume();
            updateState();
            return;
        }
        phase = NONE;
        finished = true;
        visitFinish = sim.now();
        station.onProcessed(this, processTime);
    }

    private void fail() {
        pause();
        down = true;
        station.failures++;
        updateState();
        sim.schedule(repair, mttr.sample());
    }

    private void onRepair() {
        down = false;
        if (busyFailures) {
            timeToFailure = mtbf.sample();
        } else {
            sim.schedule(calendarFailure, mtbf.sample());
        }
        if (vehicle == null) {
            station.serverFree(this);
            return;
        }
        if (canRun()) resume();
        updateState();
    }

    /** The shift ended: freeze the phase in progress. */
    void shiftEnds() {
        pause();
        updateState();
    }

    /** A shift started: carry on with the vehicle in hand, if any. */
    void shiftStarts() {
        if (canRun()) resume();
        updateState();
    }

    /** The components for the vehicle in hand were fitted: its bought parts are next. */
    void unitsFitted() {
        if (station.parts == null || station.parts.take(this, vehicle.product)) partsAvailable();
    }

    /** The parts for the vehicle in hand arrived (or were never missing). */
    void partsAvailable() {
        waitingForParts = false;
        if (canRun() && !timer.isScheduled()) resume();
        updateState();
    }

    // --- Taker: an idle server waiting in its station's buffer ---

    @Override public boolean canTake() { return isIdle(); }

    @Override public void receive(Vehicle v) { accept(v); }

    @Override public void dequeued() { inIdleQueue = false; }

    // --- Sender: a finished vehicle handed to the next station ---

    /**
     * Gives up the vehicle without booking a state change: the caller always goes on with
     * {@link Station#serverFree}, which gives the server its next vehicle or books it idle.
     * Booking "starved" here would split an active period at every vehicle change (a
     * zero-length gap), and the bottleneck analysis would see only short periods.
     */
    @Override
    public Vehicle take() {
        if (ctx.visits != null && vehicle != null) endVisit();
        Vehicle v = vehicle;
        vehicle = null;
        finished = false;
        waitingFor = null;
        ticket++;
        station.held--;
        return v;
    }

    @Override
    public long ticket() { return ticket; }

    @Override
    public void released() {
        station.takeNext(this);
    }

    /** Empties the server after its vehicle left by another way than the next station; see {@link #take}. */
    Vehicle clear() {
        return take();
    }

    // --- state accounting ---

    /**
     * Books a state change if the server's condition changed. Kept tiny so that the JIT
     * inlines it at its many call sites; the booking itself is out of line.
     */
    void updateState() {
        ServerState next = condition();
        if (next != state) changeState(next);
    }

    private ServerState condition() {
        if (ctx.offShift) return ServerState.OFF_SHIFT;
        if (down) return ServerState.DOWN;
        if (vehicle == null) return ServerState.STARVED;
        if (finished) return ServerState.BLOCKED;
        if (waitingForParts) return ServerState.STARVED_PARTS;
        return phase == SETUP ? ServerState.SETUP : ServerState.WORKING;
    }

    private void changeState(ServerState next) {
        double now = sim.now();
        if (ctx.visits != null && vehicle != null) {
            visitTime[state.ordinal()] += now - visitMark;
            visitMark = now;
        }
        station.accumulate(state, now - stateSince);
        station.stateChanged(state, next);
        state = next;
        stateSince = now;
    }

    /** Books the time spent in the current state so far (before a statistics reset or report). */
    void flushState() {
        double now = sim.now();
        station.accumulate(state, now - stateSince);
        stateSince = now;
    }

    // --- --trace ---

    private void startVisit() {
        if (visitTime == null) visitTime = new double[ServerState.ALL.length];
        java.util.Arrays.fill(visitTime, 0);
        visitArrive = vehicle.arrivedAt;
        visitStart = visitMark = sim.now();
        visitFinish = Double.NaN;
    }

    private void endVisit() {
        double now = sim.now();
        visitTime[state.ordinal()] += now - visitMark;
        visitMark = now;
        // a feeder's unit is traced under the vehicle it was started for; a pushed one, built for
        // no vehicle yet, under a negative number of its own (-1, -2, ...)
        int id = station.line == StationStats.MAIN_LINE ? vehicle.id : vehicle.owner >= 0 ? vehicle.owner : -1 - vehicle.id;
        ctx.visits.visit(new Visit(id, vehicle.product, station.name, index, visitArrive, visitStart,
                visitFinish, now, visitTime[ServerState.STARVED_PARTS.ordinal()], visitTime[ServerState.DOWN.ordinal()],
                visitTime[ServerState.BLOCKED.ordinal()], visitTime[ServerState.OFF_SHIFT.ordinal()],
                visitTime[ServerState.SETUP.ordinal()]));
    }
}
