package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.model.FeederSpec;
import io.elsim.model.StationSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties each feeder to the main line, once both read well: {@code into}, the pull station and
 * {@code split_from} are main-line stations; every vehicle that needs the feeder's unit passes
 * the station that starts it before it reaches {@code into} (else it would wait for ever); and
 * the feeder's own stations form a graph that ends in its store ({@link NetworkCheck}).
 */
final class FeederCheck {
    private final Diagnostics d;
    private final List<StationSpec> main;
    private final List<String> products;
    private final NetworkCheck mainGraph;
    private final int entry;
    private final Map<String, Integer> index = new HashMap<>();

    FeederCheck(Diagnostics d, ListNode mainList, List<StationSpec> main, List<String> products, String releaseTo) {
        this.d = d;
        this.main = main;
        this.products = products;
        this.mainGraph = new NetworkCheck(d, mainList, main, products);
        for (int i = 0; i < main.size(); i++) index.put(main.get(i).name(), i);
        this.entry = releaseTo == null ? 0 : index.getOrDefault(releaseTo, 0);
    }

    void check(ListNode list, List<FeederSpec> feeders) {
        for (int k = 0; k < feeders.size(); k++) {
            FeederSpec f = feeders.get(k);
            MapNode node = (MapNode) list.items().get(k);
            String path = "feeders[" + k + "]";
            boolean ok = known(f.into(), Keys.Feeder.INTO.node(node), Keys.Feeder.INTO.path(path), feeders,
                    "the station where the units are fitted");
            String from = f.startStation();
            Node fromNode = null;
            String fromPath = null;
            if (from != null) {
                boolean split = f.start() instanceof FeederSpec.Split;
                MapNode release = split ? null : (MapNode) Keys.Feeder.RELEASE.node(node);
                fromNode = split ? Keys.Feeder.SPLIT_FROM.node(node) : Keys.FeederRelease.PULL.node(release);
                fromPath = split ? Keys.Feeder.SPLIT_FROM.path(path) : Keys.Feeder.RELEASE.path(path) + ".pull";
                ok &= known(from, fromNode, fromPath, feeders, split ? "the station after which the component leaves"
                        : "the station whose leaving vehicles start units");
            }
            if (ok && from != null) before(f, fromNode, fromPath);
            ListNode stations = (ListNode) Keys.Feeder.STATIONS.node(node);
            new NetworkCheck(d, stations, f.stations(), products, path + ".", "into the feeder's store").check(null, null);
        }
    }

    /** Whether the station is on the main line; reports it otherwise. */
    private boolean known(String station, Node at, String path, List<FeederSpec> feeders, String role) {
        if (index.containsKey(station)) return true;
        for (FeederSpec other : feeders) {
            for (StationSpec s : other.stations()) {
                if (s.name().equals(station)) {
                    d.error(at, path + ": '" + station + "' is a station of feeder '" + other.name() + "'; " + role
                            + " must be on the main line");
                    return false;
                }
            }
        }
        d.error(at, path + ": unknown station '" + station + "'; " + role + " must be a main-line station"
                + Suggest.didYouMean(station, index.keySet()));
        return false;
    }

    /** Every product that needs units passes the starting station before reaching {@code into}. */
    private void before(FeederSpec f, Node at, String path) {
        int into = index.get(f.into());
        int from = index.get(f.startStation());
        String verb = f.start() instanceof FeederSpec.Split ? "its component leaves it" : "its unit is started";
        if (into == from) {
            d.error(at, path + ": '" + f.startStation() + "' is the station fitting the units ('into'): a vehicle"
                    + " there would wait for a unit that starts only when it leaves; name a station before it");
            return;
        }
        List<String> bad = new ArrayList<>();
        for (int p = 0; p < products.size(); p++) {
            if (f.unitsFor(products.get(p)) == 0) continue;
            if (mainGraph.reachableWithout(p, entry, into, from)) bad.add(products.get(p));
        }
        if (bad.isEmpty()) return;
        String whose = products.size() == 1 ? "a vehicle" : "a vehicle of product " + String.join(", ", bad);
        d.error(at, path + ": " + whose + " can reach '" + f.into() + "' without passing '" + f.startStation()
                + "', where " + verb + ", and would wait there for ever; name a station every such vehicle"
                + " visits before '" + f.into() + "'");
    }
}
