package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the stations as a graph, once each station reads well: every {@code to} names a
 * station or {@code end}; each product has an applicable route at every station with routes,
 * with shares summing to 1; every station is reached by some product from the release; and
 * from every station a product reaches, that product can reach {@code end}. A serial config
 * (no routing keys) passes every check by construction. Errors point at the key concerned.
 */
final class NetworkCheck {
    private static final double TOLERANCE = 1e-9;

    private final Diagnostics d;
    private final ListNode list;
    private final List<StationSpec> stations;
    private final List<String> products;
    private final Map<String, Integer> index = new HashMap<>();

    /** "" for the main line, "feeders[0]." for a feeder's stations: where messages place a station. */
    private final String prefix;
    /** What {@code end} means in messages: leaving the plant, or a feeder's store. */
    private final String endWords;

    NetworkCheck(Diagnostics d, ListNode list, List<StationSpec> stations, List<String> products) {
        this(d, list, stations, products, "", "to leave the plant");
    }

    NetworkCheck(Diagnostics d, ListNode list, List<StationSpec> stations, List<String> products, String prefix,
                 String endWords) {
        this.d = d;
        this.prefix = prefix;
        this.endWords = endWords;
        this.list = list;
        this.stations = stations;
        this.products = products;
        for (int i = 0; i < stations.size(); i++) index.put(stations.get(i).name(), i);
    }

    /** Checks the graph; {@code entry} is release.to (null: the first station), {@code entryNode} its position. */
    void check(String entry, Node entryNode) {
        boolean routed = stations.stream().anyMatch(s -> !s.routes().isEmpty()) || entry != null;
        if (!routed) return; // a serial line: nothing can be wrong with its graph
        boolean ok = true;
        for (int i = 0; i < stations.size(); i++) {
            if (stations.get(i).name().equals(RouteSpec.END)) {
                d.error(nameNode(i), prefix + "stations[" + i + "].name: 'end' is where routes "
                        + (prefix.isEmpty() ? "leave the plant" : "enter the feeder's store") + ";"
                        + " give this station another name");
                ok = false;
            }
        }
        if (entry != null && !index.containsKey(entry)) {
            d.error(entryNode, "release.to: unknown station '" + entry + "'" + Suggest.didYouMean(entry, index.keySet()));
            ok = false;
        }
        for (int i = 0; i < stations.size(); i++) ok &= checkRoutes(i);
        if (!ok) return;
        int start = entry == null ? 0 : index.get(entry);
        boolean[] reachedByAny = new boolean[stations.size()];
        for (int p = 0; p < products.size(); p++) {
            boolean[] reached = reach(p, start);
            for (int i = 0; i < reached.length; i++) reachedByAny[i] |= reached[i];
            if (!checkEnd(p, reached)) return; // one message per station is enough
        }
        for (int i = 0; i < stations.size(); i++) {
            if (!reachedByAny[i]) {
                d.error(nameNode(i), prefix + "stations[" + i + "]: station '" + stations.get(i).name()
                        + "' is never reached: no route leads to it from the release (into '"
                        + stations.get(start).name() + "'); route a station to it, or remove it");
            }
        }
    }

    /** Known targets; per product an applicable route and shares that sum to 1. */
    private boolean checkRoutes(int i) {
        StationSpec s = stations.get(i);
        if (s.routes().isEmpty()) return true;
        String path = prefix + "stations[" + i + "]";
        boolean ok = true;
        List<Node> routeNodes = routeNodes(i);
        for (int k = 0; k < s.routes().size(); k++) {
            String to = s.routes().get(k).to();
            if (!to.equals(RouteSpec.END) && !index.containsKey(to)) {
                Set<String> names = new LinkedHashSet<>(index.keySet());
                names.add(RouteSpec.END);
                d.error(toNode(routeNodes.get(k)), path + (isNext(i) ? ".next" : ".routes[" + k + "].to")
                        + ": unknown station '" + to + "'" + Suggest.didYouMean(to, names)
                        + " (a station name, or 'end' " + endWords + ")");
                ok = false;
            }
        }
        Set<String> said = new LinkedHashSet<>();
        for (String product : products) {
            List<Integer> applicable = applicable(s, product);
            String forWhom = products.size() == 1 ? "" : " for product '" + product + "'";
            String msg = null;
            if (applicable.isEmpty()) {
                msg = path + ".routes: no route" + forWhom + " at station '" + s.name() + "': every route lists"
                        + " other products; add '" + product + "' to a route's products, or add a route without products";
            } else if (s.routing() == Routing.SHARE && applicable.size() > 1) {
                double sum = 0;
                int open = 0;
                for (int k : applicable) {
                    Double share = s.routes().get(k).share();
                    if (share == null) open++;
                    else sum += share;
                }
                if (open > 1) {
                    msg = path + ".routes: " + open + " routes" + forWhom + " have no share; give each a share, or"
                            + " leave exactly one without (it takes the rest), or use another routing";
                } else if (open == 0 && Math.abs(sum - 1) > TOLERANCE) {
                    msg = path + ".routes: the shares" + forWhom + " sum to " + Values.fmt(sum) + ", not 1;"
                            + " make them sum to 1, or leave one route's share out so that it takes the rest";
                } else if (open == 1 && sum > 1 + TOLERANCE) {
                    msg = path + ".routes: the shares" + forWhom + " sum to " + Values.fmt(sum) + ", more than 1,"
                            + " so nothing is left for the route without a share";
                }
            }
            if (msg != null && said.add(msg.replace(forWhom, ""))) {
                d.error(routesNode(i), msg);
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Whether a vehicle of the product can reach station {@code target} from the release's station
     * without passing station {@code avoid} (-1: avoid none). For feeders: a vehicle must pass the
     * station that starts its unit before it reaches the station fitting it.
     */
    boolean reachableWithout(int p, int start, int target, int avoid) {
        if (start == avoid) return false;
        boolean[] seen = new boolean[stations.size()];
        ArrayList<Integer> todo = new ArrayList<>(List.of(start));
        seen[start] = true;
        while (!todo.isEmpty()) {
            int i = todo.remove(todo.size() - 1);
            if (i == target) return true;
            for (int j : successors(i, p)) {
                if (j >= 0 && j != avoid && !seen[j]) {
                    seen[j] = true;
                    todo.add(j);
                }
            }
        }
        return false;
    }

    /** Indexes of the routes that apply to a product: those listing it, else those listing none. */
    static List<Integer> applicable(StationSpec s, String product) {
        List<Integer> listed = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < s.routes().size(); k++) {
            RouteSpec r = s.routes().get(k);
            if (r.products().isEmpty()) open.add(k);
            else if (r.products().contains(product)) listed.add(k);
        }
        return listed.isEmpty() ? open : listed;
    }

    /** Successors of station i for product p; -1 stands for end. Routes with share 0 are never taken. */
    private List<Integer> successors(int i, int p) {
        StationSpec s = stations.get(i);
        List<Integer> out = new ArrayList<>();
        if (s.routes().isEmpty()) {
            out.add(i + 1 < stations.size() ? i + 1 : -1);
            return out;
        }
        for (int k : applicable(s, products.get(p))) {
            RouteSpec r = s.routes().get(k);
            if (s.routing() == Routing.SHARE && r.share() != null && r.share() == 0) continue;
            out.add(r.toEnd() ? -1 : index.get(r.to()));
        }
        return out;
    }

    private boolean[] reach(int p, int start) {
        boolean[] seen = new boolean[stations.size()];
        ArrayList<Integer> todo = new ArrayList<>(List.of(start));
        seen[start] = true;
        while (!todo.isEmpty()) {
            int i = todo.remove(todo.size() - 1);
            for (int j : successors(i, p)) {
                if (j >= 0 && !seen[j]) {
                    seen[j] = true;
                    todo.add(j);
                }
            }
        }
        return seen;
    }

    /** Every station the product reaches can reach end (backwards from end over the product's edges). */
    private boolean checkEnd(int p, boolean[] reached) {
        int n = stations.size();
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) preds.add(new ArrayList<>());
        boolean[] ends = new boolean[n];
        ArrayList<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j : successors(i, p)) {
                if (j < 0) {
                    if (!ends[i]) todo.add(i);
                    ends[i] = true;
                } else {
                    preds.get(j).add(i);
                }
            }
        }
        while (!todo.isEmpty()) {
            int j = todo.remove(todo.size() - 1);
            for (int i : preds.get(j)) {
                if (!ends[i]) {
                    ends[i] = true;
                    todo.add(i);
                }
            }
        }
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            if (reached[i] && !ends[i]) {
                String forWhom = products.size() == 1 ? "" : " for product '" + products.get(p) + "'";
                StationSpec s = stations.get(i);
                d.error(s.routes().isEmpty() ? nameNode(i) : routesNode(i), prefix + "stations[" + i + "]: from station '"
                        + s.name() + "' no route leads to end" + forWhom + ": its vehicles would circle for ever;"
                        + " give the loop an exit (a route to a station that reaches end, or to end)");
                ok = false;
            }
        }
        return ok;
    }

    // --- positions ---

    private MapNode stationNode(int i) {
        return (MapNode) list.items().get(i);
    }

    private Node nameNode(int i) {
        Node n = stationNode(i).get("name");
        return n == null ? stationNode(i) : n;
    }

    private boolean isNext(int i) {
        return stationNode(i).get("next") != null;
    }

    private Node routesNode(int i) {
        MapNode m = stationNode(i);
        return m.get("routes") != null ? m.get("routes") : m.get("next") != null ? m.get("next") : m;
    }

    /** One node per route: the route's mapping, or the {@code next} value. */
    private List<Node> routeNodes(int i) {
        Node n = routesNode(i);
        if (n instanceof ListNode l) return l.items();
        return List.of(n);
    }

    private static Node toNode(Node route) {
        return route instanceof MapNode m && m.get("to") != null ? m.get("to") : route;
    }
}
