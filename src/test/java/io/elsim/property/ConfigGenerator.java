package io.elsim.property;

import io.elsim.property.Yaml.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static io.elsim.property.Yaml.leaf;

/**
 * Random valid line configs, from one seed: 1-6 stations, every distribution, buffers from 0
 * to unlimited, shift calendars (one crossing midnight), products and sequences, setups,
 * rework, scrap, failures on busy and calendar time, parts and suppliers. Horizons are short
 * so that a try takes milliseconds.
 */
final class ConfigGenerator {
    private final Random r;

    ConfigGenerator(long seed) {
        this.r = new Random(seed);
    }

    private int between(int lo, int hi) { return lo + r.nextInt(hi - lo + 1); }

    private boolean chance(double p) { return r.nextDouble() < p; }

    private static String num(double x) { return String.format(Locale.ROOT, "%.3f", x); }

    private String seconds(double lo, double hi) { return num(lo + r.nextDouble() * (hi - lo)) + "s"; }

    Map<String, Object> line() {
        Map<String, Object> root = map();
        root.put("name", leaf("generated", Kind.OTHER));
        root.put("seed", leaf(r.nextInt(1_000_000), Kind.OTHER));
        root.put("horizon", leaf(between(4, 30) + "h", Kind.DURATION));
        root.put("warmup", leaf(between(0, 120) + "min", Kind.DURATION));
        if (chance(0.5)) root.put("calendar", calendar());
        List<String> products = new ArrayList<>();
        if (chance(0.6)) {
            Map<String, Object> ps = map();
            int n = between(1, 3);
            for (int i = 0; i < n; i++) {
                products.add("P" + i);
                ps.put("P" + i, map(Map.of("share", leaf(num(0.1 + r.nextDouble()), Kind.POSITIVE))));
            }
            root.put("products", ps);
            if (chance(0.5)) {
                List<Object> seq = new ArrayList<>();
                for (int i = 0, k = between(1, 5); i < k; i++) {
                    seq.add(leaf(products.get(r.nextInt(products.size())), Kind.REFERENCE));
                }
                root.put("sequence", map(Map.of("repeat", seq)));
            } else {
                root.put("sequence", leaf("random", Kind.OTHER));
            }
        }
        int kind = r.nextInt(3);
        boolean unlimitedRelease = kind == 0;
        root.put("release", switch (kind) {
            case 0 -> leaf("unlimited", Kind.OTHER);
            case 1 -> map(Map.of("takt", leaf(seconds(20, 120), Kind.DURATION)));
            default -> map(Map.of("interarrival", distribution(20, 120)));
        });
        List<Object> stations = new ArrayList<>();
        int n = between(1, 6);
        for (int i = 0; i < n; i++) stations.add(station(i, products, i == 0 && unlimitedRelease));
        root.put("stations", stations);
        if (chance(0.4)) supply(root, n);
        return root;
    }

    private static Map<String, Object> map() {
        return Yaml.map();
    }

    private static Map<String, Object> map(Map<String, Object> one) {
        Map<String, Object> m = Yaml.map();
        m.putAll(one);
        return m;
    }

    private Map<String, Object> calendar() {
        Map<String, Object> c = map();
        if (chance(0.5)) c.put("weeks_per_year", leaf(between(40, 52), Kind.POSITIVE));
        List<Object> shifts = new ArrayList<>();
        String[] days = {"Mon-Fri", "Mon-Sat", "Mon,Wed,Fri", "Tue-Thu"};
        String d = days[r.nextInt(days.length)];
        switch (r.nextInt(4)) {
            case 0 -> shifts.add(shift(d, "06:00", "14:00"));
            case 1 -> {
                shifts.add(shift(d, "05:30", "13:00"));
                shifts.add(shift(d, "13:30", "21:00"));
            }
            case 2 -> {
                shifts.add(shift(d, "06:00", "14:00"));
                shifts.add(shift(d, "14:00", "22:00"));
                shifts.add(shift(d, "22:00", "06:00"));   // crosses midnight
            }
            default -> shifts.add(shift(d, "20:00", "04:00"));   // crosses midnight
        }
        c.put("shifts", shifts);
        return c;
    }

    private Map<String, Object> shift(String days, String from, String to) {
        Map<String, Object> s = map();
        s.put("days", leaf("\"" + days + "\"", Kind.OTHER));
        s.put("from", leaf("\"" + from + "\"", Kind.OTHER));
        s.put("to", leaf("\"" + to + "\"", Kind.OTHER));
        if (chance(0.2)) s.put("takt", leaf(seconds(30, 120), Kind.DURATION));
        return s;
    }

    /** Any distribution with a mean around lo..hi seconds. */
    Object distribution(double lo, double hi) {
        double m = lo + r.nextDouble() * (hi - lo);
        Map<String, Object> p = map();
        String name;
        switch (r.nextInt(10)) {
            case 0 -> { return leaf(num(m) + "s", Kind.DURATION); }
            case 1 -> { name = "exponential"; p.put("mean", leaf(num(m) + "s", Kind.DURATION)); }
            case 2 -> { name = "uniform"; p.put("min", leaf(num(m * 0.8) + "s", Kind.OTHER)); p.put("max", leaf(num(m * 1.2) + "s", Kind.OTHER)); }
            case 3 -> {
                name = "triangular";
                p.put("min", leaf(num(m * 0.8) + "s", Kind.OTHER));
                p.put("mode", leaf(num(m) + "s", Kind.OTHER));
                p.put("max", leaf(num(m * 1.3) + "s", Kind.OTHER));
            }
            case 4 -> { name = "normal"; p.put("mean", leaf(num(m) + "s", Kind.DURATION)); p.put("sd", leaf(num(m * 0.1) + "s", Kind.DURATION)); }
            case 5 -> { name = "lognormal"; p.put("mean", leaf(num(m) + "s", Kind.DURATION)); p.put("cv", leaf(num(0.05 + r.nextDouble() * 0.5), Kind.POSITIVE)); }
            case 6 -> { name = "gamma"; p.put("mean", leaf(num(m) + "s", Kind.DURATION)); p.put("cv", leaf(num(0.1 + r.nextDouble()), Kind.POSITIVE)); }
            case 7 -> { name = "erlang"; p.put("mean", leaf(num(m) + "s", Kind.DURATION)); p.put("k", leaf(between(1, 5), Kind.COUNT)); }
            case 8 -> { name = "weibull"; p.put("shape", leaf(num(0.5 + r.nextDouble() * 3), Kind.POSITIVE)); p.put("scale", leaf(num(m) + "s", Kind.DURATION)); }
            default -> {
                name = "empirical";
                List<Object> values = new ArrayList<>();
                for (int i = 0, k = between(1, 4); i < k; i++) values.add(leaf(num(m * (0.5 + r.nextDouble())) + "s", Kind.DURATION));
                p.put("values", values);
            }
        }
        Map<String, Object> d = map();
        d.put(name, p);
        return d;
    }

    private Map<String, Object> station(int i, List<String> products, boolean finiteBuffer) {
        Map<String, Object> s = map();
        s.put("name", leaf("s" + i, Kind.OTHER));
        int servers = chance(0.7) ? 1 : between(2, 4);
        s.put("cycle", distribution(20 * servers, 70 * servers));
        if (!products.isEmpty() && chance(0.3)) {
            Map<String, Object> byProduct = map();
            byProduct.put(products.get(r.nextInt(products.size())), distribution(20 * servers, 70 * servers));
            s.put("cycle_by_product", byProduct);
        }
        if (servers > 1 || chance(0.2)) s.put("servers", leaf(servers, Kind.COUNT));
        if (chance(0.3)) s.put("operators", leaf(between(0, 20), Kind.OTHER));
        if (i > 0 || chance(0.5)) {
            s.put("buffer", !finiteBuffer && chance(0.2) ? leaf("unlimited", Kind.OTHER) : leaf(between(0, 5), Kind.OTHER));
        }
        if (chance(0.4)) {
            Map<String, Object> f = map();
            f.put("mtbf", chance(0.7) ? leaf(between(1, 8) + "h", Kind.DURATION) : distribution(3600, 8 * 3600));
            f.put("mttr", chance(0.7) ? leaf(between(2, 20) + "min", Kind.DURATION) : distribution(120, 1200));
            if (chance(0.6)) f.put("basis", leaf(chance(0.5) ? "busy" : "calendar", Kind.OTHER));
            s.put("failures", f);
        }
        if (chance(0.25)) {
            Map<String, Object> setup = map();
            setup.put("time", distribution(30, 300));
            if (chance(0.5)) setup.put("when", leaf("product-change", Kind.OTHER));
            s.put("setup", setup);
        }
        if (chance(0.25)) {
            Map<String, Object> rework = map();
            rework.put("rate", leaf(num(r.nextDouble() * 0.2), Kind.PROBABILITY));
            rework.put("time", distribution(300, 3600));
            s.put("rework", rework);
        }
        if (chance(0.2)) s.put("scrap", leaf(num(r.nextDouble() * 0.05), Kind.PROBABILITY));
        return s;
    }

    private void supply(Map<String, Object> root, int stations) {
        List<Object> parts = new ArrayList<>();
        List<Object> suppliers = new ArrayList<>();
        int n = between(1, 2);
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = map();
            p.put("name", leaf("part" + i, Kind.OTHER));
            p.put("station", leaf("s" + r.nextInt(stations), Kind.REFERENCE));
            int per = between(1, 2);
            p.put("per_vehicle", leaf(per, Kind.OTHER));
            int capacity = between(20, 100);
            Map<String, Object> stock = map();
            stock.put("initial", leaf(between(0, capacity), Kind.OTHER));
            stock.put("capacity", chance(0.2) ? leaf("unlimited", Kind.OTHER) : leaf(capacity, Kind.COUNT));
            p.put("stock", stock);
            parts.add(p);

            Map<String, Object> s = map();
            s.put("name", leaf("supplier" + i, Kind.OTHER));
            s.put("distance_km", leaf(between(1, 400), Kind.POSITIVE));
            s.put("parts", new ArrayList<>(List.of(leaf("part" + i, Kind.REFERENCE))));
            int truck = between(10, 20);
            Map<String, Object> t = map();
            t.put("capacity", leaf(truck, Kind.COUNT));
            t.put("speed_kmh", leaf(between(40, 90), Kind.POSITIVE));
            t.put("load_time", leaf(between(5, 30) + "min", Kind.DURATION));
            if (chance(0.5)) t.put("trucks", leaf(between(1, 4), Kind.COUNT));
            s.put("truck", t);
            if (chance(0.5)) s.put("delay", distribution(60, 600));
            if (chance(0.3)) {
                Map<String, Object> rel = map();
                rel.put("on_time", leaf(num(0.5 + r.nextDouble() * 0.5), Kind.PROBABILITY));
                rel.put("late_by", distribution(600, 3600));
                s.put("reliability", rel);
            }
            Map<String, Object> policy = map();
            if (chance(0.5)) {
                policy.put("reorder_point", leaf(between(0, 10), Kind.OTHER));
                policy.put("order_quantity", leaf(between(1, truck), Kind.COUNT));
            } else {
                policy.put("every", leaf(between(1, 4) + "h", Kind.DURATION));
            }
            s.put("policy", policy);
            suppliers.add(s);
        }
        root.put("parts", parts);
        root.put("suppliers", suppliers);
    }
}
