package io.elsim.line;

import io.elsim.energy.EnergyAccount;
import io.elsim.energy.PowerSeries;
import io.elsim.engine.Event;
import io.elsim.model.EnergySpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.PowerSpec.StateSeconds;
import io.elsim.model.Units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the stations' state times at the end of every output bucket of the measured period,
 * for the chart's power-per-hour panel. It exists only when the config models energy, and
 * then costs one event per bucket (not per vehicle or per state change): a line without power
 * figures runs exactly as before. The energy table itself needs no meter, only the totals.
 */
final class EnergyMeter {
    /** Stations drawn as series of their own; the rest are summed into one. */
    static final int OWN_SERIES = 6;

    private final Line line;
    private final Station[] powered;
    /** Series index of each powered station. */
    private final int[] seriesOf;
    private final StateSeconds[] previous;
    private final List<String> names = new ArrayList<>();
    private final double[][] kw;
    private final int baseSeries;
    private int nextBucket;
    private long ticks;

    private final Event tick = new Event() {
        @Override protected void fire() { onTick(); }

        @Override public String owner() { return "the energy meter"; }
    };

    EnergyMeter(Line line) {
        this.line = line;
        List<Station> list = new ArrayList<>();
        for (Station s : line.stations) if (s.spec.hasPower()) list.add(s);
        powered = list.toArray(Station[]::new);
        // the largest consumers by rated power (servers x working kW) get a series each
        List<Station> byRating = new ArrayList<>(list);
        byRating.sort(Comparator.comparingDouble(EnergyMeter::ratedKw).reversed());
        seriesOf = new int[powered.length];
        boolean others = byRating.size() > OWN_SERIES;
        for (int i = 0; i < powered.length; i++) {
            int rank = byRating.indexOf(powered[i]);
            seriesOf[i] = rank < OWN_SERIES ? rank : OWN_SERIES;
        }
        for (int r = 0; r < Math.min(OWN_SERIES, byRating.size()); r++) names.add(byRating.get(r).name);
        if (others) names.add(PowerSeries.OTHER_STATIONS);
        baseSeries = line.spec.energy() == null ? -1 : names.size();
        if (baseSeries >= 0) names.add(PowerSeries.BASE_LOAD);
        kw = new double[names.size()][line.outputPerBucket().length];
        previous = new StateSeconds[powered.length];
        for (int i = 0; i < previous.length; i++) previous[i] = new StateSeconds(0, 0, 0, 0, 0);
    }

    private static double ratedKw(Station s) {
        double e = s.spec.powerKw() == null ? 0 : s.spec.powerKw().working();
        double g = s.spec.gasKw() == null ? 0 : s.spec.gasKw().working();
        return s.servers.length * (e + g);
    }

    /** Schedules the first reading; the statistics (and so the readings) start at the warm-up. */
    void start() {
        scheduleNext();
    }

    private void scheduleNext() {
        double at = bucketStart(nextBucket + 1);
        if (nextBucket < kw[0].length && at <= line.end) line.sim.scheduleAt(tick, at);
    }

    private double bucketStart(int k) {
        return line.warmup + k * line.outputBucketSeconds();
    }

    private void onTick() {
        ticks++;
        read(line.outputBucketSeconds());
        scheduleNext();
    }

    /** Books the last bucket, possibly shorter than the others; called once the run is over. */
    void finish() {
        if (nextBucket < kw[0].length) read(line.end - bucketStart(nextBucket));
    }

    private void read(double seconds) {
        int b = nextBucket++;
        if (seconds <= 0) return;
        for (int i = 0; i < powered.length; i++) {
            Station s = powered[i];
            for (Server server : s.servers) server.flushState();
            StateSeconds now = seconds(s.stateTime);
            StateSeconds spent = now.minus(previous[i]);
            previous[i] = now;
            double kwh = kwh(s.spec.powerKw(), spent) + kwh(s.spec.gasKw(), spent);
            kw[seriesOf[i]][b] += kwh / (seconds / Units.HOUR);
        }
        if (baseSeries >= 0) {
            EnergySpec e = line.spec.energy();
            double from = bucketStart(b);
            double on = line.calendar.onSeconds(from, from + seconds);
            kw[baseSeries][b] = (e.baseLoadKw().onShift() * on + e.baseLoadKw().offShift() * (seconds - on)) / seconds;
        }
    }

    private static double kwh(PowerSpec p, StateSeconds s) {
        return p == null ? 0 : p.kwh(s);
    }

    /** A station's seven state times folded into the energy states (blocked and starved are idle). */
    static StateSeconds seconds(double[] stateTime) {
        return new StateSeconds(stateTime[ServerState.WORKING.ordinal()], stateTime[ServerState.SETUP.ordinal()],
                stateTime[ServerState.BLOCKED.ordinal()] + stateTime[ServerState.STARVED.ordinal()]
                        + stateTime[ServerState.STARVED_PARTS.ordinal()],
                stateTime[ServerState.DOWN.ordinal()], stateTime[ServerState.OFF_SHIFT.ordinal()]);
    }

    /** Readings fired so far: events of the meter, not of the model. */
    long ticks() { return ticks; }

    PowerSeries series() {
        double[][] copy = new double[kw.length][];
        for (int s = 0; s < kw.length; s++) copy[s] = kw[s].clone();
        return new PowerSeries(names, copy, 1);
    }

    /** The energy account of the measured period, from the stations' state times. */
    static EnergyAccount account(Line line) {
        List<EnergyAccount.StationUse> uses = new ArrayList<>();
        for (Station s : line.stations) {
            if (s.spec.hasPower()) {
                uses.add(new EnergyAccount.StationUse(s.name, s.spec.powerKw(), s.spec.gasKw(), seconds(s.stateTime)));
            }
        }
        double on = line.calendar.onSeconds(line.warmup, line.end);
        return new EnergyAccount(line.spec.energy(), uses, on, line.end - line.warmup - on);
    }
}
