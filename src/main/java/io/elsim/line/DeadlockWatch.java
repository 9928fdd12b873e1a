package io.elsim.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects, in a plant with a loop, the moment a set of stations can never move again: each is
 * full (buffer and servers) and every server holds a finished vehicle that waits only for
 * places in stations of the same set. Nothing inside the set can then free a place, whatever
 * happens outside it. A serial line, a loop-free network, or one whose every loop passes a
 * station with an unlimited buffer (never full) cannot jam this way, and gets no watch.
 */
final class DeadlockWatch {
    private final Station[] stations;
    private final boolean[] stuck;

    DeadlockWatch(Station[] stations) {
        this.stations = stations;
        this.stuck = new boolean[stations.length];
    }

    /** Called when {@code server} blocks; throws {@link Line.Deadlock} when a jammed set exists. */
    void blocked(Server server) {
        // cheap test first: a jam needs every place the server waits for to be jammed
        for (Destination d : server.waitingFor) {
            if (!(d instanceof Station s) || !s.jammed()) return;
        }
        for (int i = 0; i < stations.length; i++) stuck[i] = stations[i].jammed();
        // the largest set closed under "waits only for members": drop members waiting outside it
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < stations.length; i++) {
                if (stuck[i] && waitsOutside(stations[i])) {
                    stuck[i] = false;
                    changed = true;
                }
            }
        }
        List<String> loop = new ArrayList<>();
        List<String> behind = new ArrayList<>();
        for (int i = 0; i < stations.length; i++) {
            if (stuck[i]) (onCycle(i) ? loop : behind).add("'" + stations[i].name + "'");
        }
        if (loop.isEmpty()) return;
        throw new Line.Deadlock("deadlock in a loop: stations " + String.join(", ", loop)
                + " are full and each vehicle on their servers waits for a place in another of them, so none can"
                + " ever move again" + (behind.isEmpty() ? "" : " (blocked behind them: " + String.join(", ", behind) + ")")
                + "; give a buffer in the loop more places, or route fewer vehicles back");
    }

    /** Whether a jammed station waits, through other jammed stations, for itself. */
    private boolean onCycle(int start) {
        boolean[] seen = new boolean[stations.length];
        List<Integer> todo = new ArrayList<>(waitsFor(start));
        while (!todo.isEmpty()) {
            int i = todo.remove(todo.size() - 1);
            if (i == start) return true;
            if (seen[i]) continue;
            seen[i] = true;
            todo.addAll(waitsFor(i));
        }
        return false;
    }

    private List<Integer> waitsFor(int i) {
        List<Integer> out = new ArrayList<>();
        for (Server s : stations[i].servers) {
            for (Destination d : s.waitingFor) if (d instanceof Station t && stuck[t.index]) out.add(t.index);
        }
        return out;
    }

    private boolean waitsOutside(Station st) {
        for (Server s : st.servers) {
            if (s.waitingFor == null) return true;
            for (Destination d : s.waitingFor) {
                if (!(d instanceof Station t) || !stuck[t.index]) return true;
            }
        }
        return false;
    }
}
