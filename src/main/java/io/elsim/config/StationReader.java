package io.elsim.config;

import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.ReworkSpec;
import io.elsim.model.SetupSpec;
import io.elsim.model.StationSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One entry of {@code stations}. Cross-station checks (unique names) are the line's job. */
final class StationReader {
    private final Values v;
    private final DistributionReader dist;

    StationReader(Values v, DistributionReader dist) {
        this.v = v;
        this.dist = dist;
    }

    /** Parallel servers of one station; a conveyor modelled as servers has a few thousand. */
    static final int MAX_SERVERS = 100_000;

    /** Null when the station has a problem (already reported). */
    StationSpec read(Node n, String path, Set<String> products) {
        String label = label(n, path);
        MapNode map = v.section(n, path, label, Keys.STATION);
        if (map == null) return null;
        Keys.Section k = Keys.STATION;

        String name = map.get("name") == null ? null : v.string(map.get("name"), path + ".name");
        DistributionSpec cycle = map.get("cycle") == null ? null : dist.read(map.get("cycle"), path + ".cycle");
        Map<String, DistributionSpec> byProduct = map.get("cycle_by_product") == null ? Map.of()
                : cycleByProduct(map.get("cycle_by_product"), path + ".cycle_by_product", products);
        Integer servers = v.intValue(v.get(map, k.field("servers")), path + ".servers", 1, MAX_SERVERS,
                "for more parallel places, use a buffer or several stations");
        Integer operators = v.intValue(v.get(map, k.field("operators")), path + ".operators", 0);
        Integer buffer = buffer(v.get(map, k.field("buffer")), path + ".buffer");
        FailureSpec failures = null;
        boolean ok = true;
        if (map.get("failures") != null) {
            failures = failures(map.get("failures"), path + ".failures", label);
            ok = failures != null;
        }
        SetupSpec setup = null;
        if (map.get("setup") != null) {
            setup = setup(map.get("setup"), path + ".setup", label);
            ok &= setup != null;
        }
        ReworkSpec rework = null;
        if (map.get("rework") != null) {
            rework = rework(map.get("rework"), path + ".rework", label);
            ok &= rework != null;
        }
        Double scrap = v.probability(v.get(map, k.field("scrap")), path + ".scrap");
        EnergyReader energy = new EnergyReader(v);
        PowerSpec power = null;
        if (map.get("power_kw") != null) {
            power = energy.power(map.get("power_kw"), path + ".power_kw", label);
            ok &= power != null;
        }
        PowerSpec gas = null;
        if (map.get("gas_kw") != null) {
            gas = energy.power(map.get("gas_kw"), path + ".gas_kw", label);
            ok &= gas != null;
        }
        if (!ok || name == null || cycle == null || byProduct == null || servers == null || operators == null
                || buffer == null || scrap == null) {
            return null;
        }
        return new StationSpec(name, cycle, byProduct, servers, operators, buffer, failures, setup, rework, scrap,
                power, gas);
    }

    /** "station 'paint'" when the name is readable, else the path: used in unknown-key messages. */
    static String label(Node n, String path) {
        if (n instanceof MapNode m && m.get("name") instanceof Scalar s && !s.isNull()) {
            return "station '" + s.text() + "'";
        }
        return path;
    }

    private Map<String, DistributionSpec> cycleByProduct(Node n, String path, Set<String> products) {
        MapNode map = v.map(n, path);
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
            DistributionSpec d = dist.read(e.getValue().value(), path + "." + product);
            ok &= d != null;
            result.put(product, d);
        }
        return ok ? result : null;
    }

    private Integer buffer(Node n, String path) {
        if (n instanceof Scalar s && s.kind() == Node.ScalarKind.STRING
                && s.text().strip().toLowerCase(Locale.ROOT).equals("unlimited")) {
            return StationSpec.UNLIMITED;
        }
        if (n instanceof Scalar s && s.kind() == Node.ScalarKind.STRING && !s.text().strip().matches("[-+0-9.eE_]+")) {
            v.d.error(n, path + ": expected a number of places (>= 0) or unlimited, got '" + s.text() + "'");
            return null;
        }
        return v.intValue(n, path, 0);
    }

    private FailureSpec failures(Node n, String path, String station) {
        MapNode map = v.section(n, path, "failures of " + station, Keys.FAILURES);
        if (map == null) return null;
        DistributionSpec mtbf = map.get("mtbf") == null ? null : dist.readMean(map.get("mtbf"), path + ".mtbf");
        DistributionSpec mttr = map.get("mttr") == null ? null : dist.readMean(map.get("mttr"), path + ".mttr");
        String basis = v.choice(v.get(map, Keys.FAILURES.field("basis")), path + ".basis", Keys.FAILURES.field("basis"));
        if (mtbf == null || mttr == null || basis == null) return null;
        return new FailureSpec(mtbf, mttr, FailureSpec.Basis.valueOf(basis.toUpperCase(Locale.ROOT)));
    }

    private SetupSpec setup(Node n, String path, String station) {
        MapNode map = v.section(n, path, "setup of " + station, Keys.SETUP);
        if (map == null) return null;
        DistributionSpec time = map.get("time") == null ? null : dist.read(map.get("time"), path + ".time");
        String when = v.choice(v.get(map, Keys.SETUP.field("when")), path + ".when", Keys.SETUP.field("when"));
        if (time == null || when == null) return null;
        return new SetupSpec(time, SetupSpec.When.valueOf(when.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    private ReworkSpec rework(Node n, String path, String station) {
        MapNode map = v.section(n, path, "rework of " + station, Keys.REWORK);
        if (map == null) return null;
        Double rate = map.get("rate") == null ? null : v.probability(map.get("rate"), path + ".rate");
        DistributionSpec time = map.get("time") == null ? null : dist.read(map.get("time"), path + ".time");
        if (rate == null || time == null) return null;
        return new ReworkSpec(rate, time);
    }
}
