package io.elsim.line;

import io.elsim.engine.RandomStreams;
import io.elsim.model.LineSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;
import io.elsim.stats.ShiftingBottleneck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a validated config into the graph of a run, once: stations with their servers and
 * streams, each station's {@link Router} to its successors (the next station in the list when
 * the station has no routes, so a serial line needs no special case), the {@link Sink}, and a
 * {@link DeadlockWatch} when the graph has a loop. The config loader has already checked the
 * graph (known targets, shares, every product routed, every station reachable and able to
 * reach {@code end}); see docs/architecture.md.
 */
final class NetworkBuilder {
    private NetworkBuilder() { }

    /** The stations of one line (main or a feeder), indexed from {@code first} in the plant's list. */
    static Station[] stations(List<StationSpec> specs, int first, RunContext ctx, ShiftingBottleneck bottlenecks,
                              RandomStreams streams, String[] products) {
        Station[] stations = new Station[specs.size()];
        for (int i = 0; i < stations.length; i++) {
            stations[i] = StationFactory.create(specs.get(i), first + i, ctx, bottlenecks, streams, products);
        }
        return stations;
    }

    /**
     * Gives every station of one line its router: {@code end} (and the last station's next) is
     * the plant's sink on the main line, the store on a feeder; {@code scrap} takes scrapped items.
     */
    static void wire(Station[] stations, Destination end, Intake scrap, RandomStreams streams, String[] products) {
        Map<String, Destination> byName = new HashMap<>();
        for (Station s : stations) byName.put(s.name, s);
        byName.put(RouteSpec.END, end);
        for (int i = 0; i < stations.length; i++) {
            Station s = stations[i];
            s.sink = scrap;
            Destination next = i + 1 < stations.length ? stations[i + 1] : end;
            s.router = router(s.spec, next, byName, streams, products);
        }
    }

    /** Watches for deadlocks when the plant's graph (every line) has a loop. */
    static DeadlockWatch deadlockWatch(Station[] all) {
        return hasLoop(all) ? new DeadlockWatch(all) : null;
    }

    static Router router(StationSpec spec, Destination next, Map<String, Destination> byName,
                         RandomStreams streams, String[] products) {
        if (spec.routes().isEmpty()) return new Router.Next(next, products.length);
        Destination[][] dests = new Destination[products.length][];
        double[][] shares = new double[products.length][];
        for (int p = 0; p < products.length; p++) {
            List<RouteSpec> routes = applicable(spec, products[p]);
            if (spec.routing() == Routing.SHARE) routes = withoutZeroShares(routes);
            dests[p] = new Destination[routes.size()];
            shares[p] = shares(routes);
            for (int k = 0; k < routes.size(); k++) dests[p][k] = byName.get(routes.get(k).to());
        }
        Destination only = sameSingle(dests);
        if (only != null) return new Router.Next(only, products.length);
        return switch (spec.routing()) {
            case SHARE -> new ShareRouter(dests, shares, streams.stream("station:" + spec.name() + ":route"));
            case CYCLIC -> new Router.Cyclic(dests);
            case FIRST_FREE -> new Router.WhenFree(dests, false);
            case SHORTEST_QUEUE -> new Router.WhenFree(dests, true);
        };
    }

    /**
     * The routes that apply to a product: those listing it, or when none does, those listing no
     * product at all.
     */
    static List<RouteSpec> applicable(StationSpec spec, String product) {
        List<RouteSpec> listed = new ArrayList<>();
        List<RouteSpec> open = new ArrayList<>();
        for (RouteSpec r : spec.routes()) {
            if (r.products().isEmpty()) open.add(r);
            else if (r.products().contains(product)) listed.add(r);
        }
        return listed.isEmpty() ? open : listed;
    }

    /**
     * The probability of each route under {@code routing: share}: its share, and the rest
     * (1 - the others) for the one route without a share; equal shares when none has one.
     */
    static double[] shares(List<RouteSpec> routes) {
        double[] s = new double[routes.size()];
        double given = 0;
        int open = 0;
        for (RouteSpec r : routes) {
            if (r.share() != null) given += r.share();
            else open++;
        }
        for (int k = 0; k < s.length; k++) {
            Double share = routes.get(k).share();
            s[k] = share != null ? share : open == routes.size() ? 1.0 / open : Math.max(0, 1 - given);
        }
        return s;
    }

    private static List<RouteSpec> withoutZeroShares(List<RouteSpec> routes) {
        double[] s = shares(routes);
        List<RouteSpec> kept = new ArrayList<>();
        for (int k = 0; k < s.length; k++) if (s[k] > 0) kept.add(routes.get(k));
        return kept.isEmpty() ? routes : kept;
    }

    private static Destination sameSingle(Destination[][] dests) {
        Destination only = null;
        for (Destination[] d : dests) {
            if (d.length != 1 || (only != null && d[0] != only)) return null;
            only = d[0];
        }
        return only;
    }

    /**
     * Whether a loop of stations with finite buffers exists (a cycle in the route graph through
     * such stations only). Only such a loop can jam: a station with an unlimited buffer is never
     * full, so a loop through one always has a place to move into.
     */
    static boolean hasLoop(Station[] stations) {
        int n = stations.length;
        int[] color = new int[n]; // 0 new, 1 on the current path, 2 done
        // iterative depth-first search: a plant may have thousands of stations
        int[] stack = new int[n];
        int[] edge = new int[n];
        for (int start = 0; start < n; start++) {
            if (color[start] != 0 || !finite(stations[start])) continue;
            int top = 0;
            stack[0] = start;
            edge[0] = 0;
            color[start] = 1;
            while (top >= 0) {
                int v = stack[top];
                List<Station> succ = successors(stations[v]);
                if (edge[top] < succ.size()) {
                    int w = succ.get(edge[top]++).index;
                    if (!finite(stations[w])) continue;
                    if (color[w] == 1) return true;
                    if (color[w] == 0) {
                        color[w] = 1;
                        stack[++top] = w;
                        edge[top] = 0;
                    }
                } else {
                    color[v] = 2;
                    top--;
                }
            }
        }
        return false;
    }

    private static boolean finite(Station s) {
        return s.spec.buffer() != StationSpec.UNLIMITED;
    }

    private static List<Station> successors(Station s) {
        List<Station> out = new ArrayList<>();
        for (Destination[] ds : s.router.byProduct) {
            for (Destination d : ds) if (d instanceof Station t && !out.contains(t)) out.add(t);
        }
        return out;
    }
}
