package io.elsim.line;

import io.elsim.model.StationSpec;

/** Read-only view of one station's statistics since the warm-up, for reports. */
public interface StationStats {
    /** The {@code line} of a main-line station (a feeder's stations name their feeder). */
    String MAIN_LINE = "main";

    StationSpec spec();

    String name();

    /** The line the station belongs to: "main", or the name of its feeder. */
    String line();

    int serverCount();

    long processed();

    long failures();

    /** Mean processing time of the vehicles processed, seconds; NaN when none was. */
    double meanCycleSeconds();

    /** Server-seconds spent in the state, summed over the servers. */
    double stateSeconds(ServerState state);

    double bufferMean(double now);

    double bufferMax();

    double bufferFullFraction(double now);
}
