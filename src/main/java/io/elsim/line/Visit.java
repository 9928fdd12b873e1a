package io.elsim.line;

/**
 * One vehicle's stay at one station, for {@code --trace}: times in simulated seconds since 0.
 * It arrived (entered the station's buffer or a server), a server started on it, finished
 * processing it, and it left (moved on, or went to scrap or off-line rework). While the server
 * held it, the time is split by what the server was doing: waiting for parts, down, blocked,
 * off shift, in setup (the rest is working).
 */
public record Visit(int vehicle, int product, String station, int server, double arrive, double start,
                    double finish, double leave, double waitedParts, double down, double blocked,
                    double offShift, double setup) {

    /** Told about each visit as the vehicle leaves the station; called on the simulation's thread. */
    public interface Observer {
        void visit(Visit visit);
    }
}
