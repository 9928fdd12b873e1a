package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.ReworkSpec;
import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.SetupSpec;
import io.elsim.model.StationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One entry of {@code stations}. Cross-station checks (unique names) are the line's job. */
final class StationReader {
    private final Values v;

    StationReader(Values v) {
        this.v = v;
    }

    /** Null when the station has a problem (already reported). */
    StationSpec read(Node n, String path, Set<String> products) {
        String label = label(n, path);
        MapNode map = v.section(n, path, label, Keys.Station.SECTION);
        if (map == null) return null;

        String name = Keys.Station.NAME.read(v, map, path);
        DistributionSpec cycle = Keys.Station.CYCLE.read(v, map, path);
        Map<String, DistributionSpec> byProduct = Keys.Station.CYCLE_BY_PRODUCT.given(map)
                ? cycleByProduct(map, path, products) : Map.of();
        Integer servers = Keys.Station.SERVERS.read(v, map, path);
        Integer operators = Keys.Station.OPERATORS.read(v, map, path);
        Integer buffer = Keys.Station.BUFFER.read(v, map, path);
        FailureSpec failures = null;
        boolean ok = true;
        if (Keys.Station.FAILURES.given(map)) {
            failures = failures(Keys.Station.FAILURES.node(map), Keys.Station.FAILURES.path(path), label);
            ok = failures != null;
        }
        SetupSpec setup = null;
        if (Keys.Station.SETUP.given(map)) {
            setup = setup(Keys.Station.SETUP.node(map), Keys.Station.SETUP.path(path), label);
            ok &= setup != null;
        }
        ReworkSpec rework = null;
        if (Keys.Station.REWORK.given(map)) {
            rework = rework(Keys.Station.REWORK.node(map), Keys.Station.REWORK.path(path), label);
            ok &= rework != null;
        }
        Double scrap = Keys.Station.SCRAP.read(v, map, path);
        String routingWord = Keys.Station.ROUTING.read(v, map, path);
        Routing routing = routingWord == null ? null
                : Routing.valueOf(routingWord.toUpperCase(Locale.ROOT).replace('-', '_'));
        List<RouteSpec> routes = routes(map, path, products, routing);
        EnergyReader energy = new EnergyReader(v);
        PowerSpec power = null;
        if (Keys.Station.POWER_KW.given(map)) {
            power = energy.power(Keys.Station.POWER_KW, map, path, label);
            ok &= power != null;
        }
        PowerSpec gas = null;
        if (Keys.Station.GAS_KW.given(map)) {
            gas = energy.power(Keys.Station.GAS_KW, map, path, label);
            ok &= gas != null;
        }
        if (!ok || name == null || cycle == null || byProduct == null || servers == null || operators == null
                || buffer == null || scrap == null || routing == null || routes == null) {
            return null;
        }
        return new StationSpec(name, cycle, byProduct, servers, operators, buffer, failures, setup, rework, scrap,
                power, gas, routes, routing);
    }

    /**
     * {@code next} or {@code routes}, as a list of routes (empty: the next station in the list).
     * Targets are checked later, with the whole graph ({@link NetworkCheck}); null on errors.
     */
    private List<RouteSpec> routes(MapNode map, String path, Set<String> products, Routing routing) {
        Node next = map.get(Keys.Station.NEXT.name());
        Node routes = map.get(Keys.Station.ROUTES.name());
        if (next != null && routes != null) {
            v.d.error(routes, path + ": give 'next' (one successor) or 'routes' (several), not both");
            return null;
        }
        if (next != null) {
            String to = Keys.Station.NEXT.read(v, map, path);
            return to == null ? null : List.of(RouteSpec.to(to));
        }
        if (routes == null) {
            if (Keys.Station.ROUTING.given(map) && routing != null && routing != Routing.SHARE) {
                v.d.warn(Keys.Station.ROUTING.node(map).pos(),
                        Keys.Station.ROUTING.path(path) + ": the station has no routes, so routing has no effect");
            }
            return List.of();
        }
        ListNode list = Keys.Station.ROUTES.read(v, map, path);
        if (list == null) return null;
        List<RouteSpec> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            String rp = Keys.Station.ROUTES.path(path) + "[" + i + "]";
            MapNode r = v.section(list.items().get(i), rp, rp, Keys.Route.SECTION);
            if (r == null) {
                ok = false;
                continue;
            }
            String to = Keys.Route.TO.given(r) ? Keys.Route.TO.read(v, r, rp) : null;
            Double share = null;
            if (Keys.Route.SHARE.given(r)) {
                Node shareNode = Keys.Route.SHARE.node(r);
                share = Keys.Route.SHARE.read(v, r, rp);
                if (share != null && routing != null && routing != Routing.SHARE) {
                    v.d.error(shareNode, Keys.Route.SHARE.path(rp) + ": shares apply only to routing: share, not "
                            + routing.word() + "; leave the share out or drop routing");
                    share = null;
                }
                ok &= share != null;
            }
            List<String> served = Keys.Route.PRODUCTS.given(r) ? routeProducts(r, rp, products) : List.of();
            ok &= to != null && served != null;
            if (to != null && served != null) result.add(new RouteSpec(to, share, served));
        }
        return ok ? result : null;
    }

    private List<String> routeProducts(MapNode route, String path, Set<String> products) {
        ListNode list = Keys.Route.PRODUCTS.read(v, route, path);
        if (list == null) return null;
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String name = Types.text().read(v, item, path + ".products[" + i + "]");
            if (name != null && !products.isEmpty() && !products.contains(name)) {
                v.d.error(item, path + ".products[" + i + "]: unknown product '" + name + "'"
                        + Suggest.didYouMean(name, products) + " (products: " + String.join(", ", products) + ")");
                ok = false;
            }
            names.add(name);
        }
        return ok && !names.contains(null) ? names : null;
    }

    /** "station 'paint'" when the name is readable, else the path: used in unknown-key messages. */
    static String label(Node n, String path) {
        if (n instanceof MapNode m && Keys.Station.NAME.node(m) instanceof Scalar s && !s.isNull()) {
            return "station '" + s.text() + "'";
        }
        return path;
    }

    private Map<String, DistributionSpec> cycleByProduct(MapNode station, String parent, Set<String> products) {
        String path = Keys.Station.CYCLE_BY_PRODUCT.path(parent);
        MapNode map = Keys.Station.CYCLE_BY_PRODUCT.read(v, station, parent);
        if (map == null) return null;
        Map<String, DistributionSpec> result = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String product = e.getKey();
            if (!products.isEmpty() && !products.contains(product)) { // empty: products had errors
                v.d.error(e.getValue().keyPos(), path + ": unknown product '" + product + "'"
                        + Suggest.didYouMean(product, products) + " (products: " + String.join(", ", products) + ")");
                ok = false;
            }
            DistributionSpec d = DistributionReader.read(v, e.getValue().value(), path + "." + product);
            ok &= d != null;
            result.put(product, d);
        }
        return ok ? result : null;
    }

    private FailureSpec failures(Node n, String path, String station) {
        MapNode map = v.section(n, path, "failures of " + station, Keys.Failures.SECTION);
        if (map == null) return null;
        DistributionSpec mtbf = Keys.Failures.MTBF.read(v, map, path);
        DistributionSpec mttr = Keys.Failures.MTTR.read(v, map, path);
        String basis = Keys.Failures.BASIS.read(v, map, path);
        if (mtbf == null || mttr == null || basis == null) return null;
        return new FailureSpec(mtbf, mttr, FailureSpec.Basis.valueOf(basis.toUpperCase(Locale.ROOT)));
    }

    private SetupSpec setup(Node n, String path, String station) {
        MapNode map = v.section(n, path, "setup of " + station, Keys.Setup.SECTION);
        if (map == null) return null;
        DistributionSpec time = Keys.Setup.TIME.read(v, map, path);
        String when = Keys.Setup.WHEN.read(v, map, path);
        if (time == null || when == null) return null;
        return new SetupSpec(time, SetupSpec.When.valueOf(when.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    private ReworkSpec rework(Node n, String path, String station) {
        MapNode map = v.section(n, path, "rework of " + station, Keys.Rework.SECTION);
        if (map == null) return null;
        Double rate = Keys.Rework.RATE.read(v, map, path);
        DistributionSpec time = Keys.Rework.TIME.read(v, map, path);
        if (rate == null || time == null) return null;
        return new ReworkSpec(rate, time);
    }
}
