package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.CalendarSpec;
import io.elsim.model.EnergySpec;
import io.elsim.model.FeederSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.LogisticsSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.Printable;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.SiteSpec;
import io.elsim.model.StationSpec;
import io.elsim.model.SupplierSpec;
import io.elsim.model.TargetSpec;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole config: top-level keys, then the checks that span sections (product
 * references, unique station names, a release that would flood the line). A new
 * top-level section is a {@link Keys#LINE} entry plus one reader call in {@link #read}.
 */
final class LineReader {
    private final Values v;

    LineReader(Diagnostics d) {
        this.v = new Values(d);
    }

    /** Null when there are errors (all recorded). */
    /** Far above any real plant, low enough that validation and memory stay bounded (see docs/limits.md). */
    static final int MAX_STATIONS = 10_000;
    static final int MAX_SERVERS_IN_ALL = 1_000_000;

    LineSpec read(Node root, String defaultName) {
        MapNode map = v.section(root, "config", "the config", Keys.LINE);
        if (map == null) return null;

        String name = Keys.Line.NAME.given(map) ? Keys.Line.NAME.read(v, map, "") : fileName(defaultName, map);
        Long seed = Keys.Line.SEED.read(v, map, "");
        Double horizon = Keys.Line.HORIZON.read(v, map, "");
        Double warmup = Keys.Line.WARMUP.read(v, map, "");
        CalendarSpec calendar = Keys.Line.CALENDAR.given(map) ? new CalendarReader(v).read(Keys.Line.CALENDAR.node(map)) : null;
        List<ProductSpec> products = products(map);
        Set<String> productNames = new LinkedHashSet<>();
        if (products != null) products.forEach(p -> productNames.add(p.name()));
        SequenceSpec sequence = sequence(map, productNames);
        ReleaseSpec release = release(map);
        List<StationSpec> stations = Keys.Line.STATIONS.given(map) ? stations(map, productNames) : null;
        List<FeederSpec> feeders = List.of();
        if (Keys.Line.FEEDERS.given(map)) {
            ListNode list = Keys.Line.FEEDERS.read(v, map, "");
            feeders = list == null ? null : new FeederReader(v).read(list, productNames, stationNamesSeen);
        }
        List<TargetSpec> targets = Keys.Line.TARGETS.given(map) ? new TargetReader(v).read(Keys.Line.TARGETS.node(map)) : List.of();
        SupplyReader supply = new SupplyReader(v);
        SiteSpec site = SupplyKeys.Line.SITE.given(map) ? supply.site(SupplyKeys.Line.SITE.node(map)) : null;
        LogisticsSpec logistics = supply.logistics(SupplyKeys.Line.LOGISTICS.node(map));
        Set<String> stationNames = null;
        if (stations != null) {
            stationNames = new LinkedHashSet<>();
            for (StationSpec s : stations) stationNames.add(s.name());
            if (feeders != null) for (FeederSpec f : feeders) for (StationSpec s : f.stations()) stationNames.add(s.name());
        }
        Node partsNode = SupplyKeys.Line.PARTS.node(map);
        Node suppliersNode = SupplyKeys.Line.SUPPLIERS.node(map);
        List<PartSpec> parts = partsNode == null ? List.of() : supply.parts(partsNode, stationNames, productNames);
        List<SupplierSpec> suppliers = partsNode == null && suppliersNode == null ? List.of()
                : supply.suppliers(suppliersNode, parts, partsNode, site, logistics);

        boolean energyGiven = EnergyKeys.ENERGY.given(map);
        EnergySpec energy = energyGiven ? new EnergyReader(v).energy(EnergyKeys.ENERGY.node(map)) : null;
        if (stations != null && (!energyGiven || energy != null)) {
            new EnergyReader(v).check(map, stations, energy);
        }
        List<String> productList = new ArrayList<>(productNames);
        if (stations != null && !productList.isEmpty()) {
            new NetworkCheck(v.d, (ListNode) Keys.Line.STATIONS.node(map), stations, productList)
                    .check(releaseTo, releaseToNode);
            if (feeders != null && !feeders.isEmpty() && !v.d.hasErrors()) {
                new FeederCheck(v.d, (ListNode) Keys.Line.STATIONS.node(map), stations, productList, releaseTo)
                        .check((ListNode) Keys.Line.FEEDERS.node(map), feeders);
            }
        }
        int entry = entryIndex(stations);
        if (release instanceof ReleaseSpec.Unlimited && entry >= 0 && stations.get(entry).unlimitedBuffer()) {
            MapNode at = (MapNode) ((ListNode) Keys.Line.STATIONS.node(map)).items().get(entry);
            Node buffer = Keys.Station.BUFFER.node(at);
            v.d.error(buffer, "stations[" + entry + "].buffer: 'unlimited' in front of the "
                    + (entry == 0 && releaseTo == null ? "first station" : "station the release feeds")
                    + " with release: unlimited"
                    + " would fill without end; give release a takt or an interarrival, or make the buffer finite");
        }
        if (horizon != null && warmup != null && horizon + warmup > Units.MAX_DURATION) {
            v.d.error(Keys.Line.HORIZON.node(map), "horizon: warm-up plus horizon is "
                    + Units.formatDuration(horizon + warmup) + ", " + Values.tooLong("run"));
        }
        if (v.d.hasErrors()) return null;
        return new LineSpec(name, seed, horizon, warmup, calendar, products, sequence, release, stations, targets,
                site, logistics, parts, suppliers, energy, releaseTo, feeders);
    }

    /** The index of the station the release feeds; -1 when unknown (errors already reported). */
    private int entryIndex(List<StationSpec> stations) {
        if (stations == null || stations.isEmpty()) return -1;
        if (releaseTo == null) return 0;
        for (int i = 0; i < stations.size(); i++) if (stations.get(i).name().equals(releaseTo)) return i;
        return -1;
    }

    /** The file's name as the line's name, unless it holds a character that would act on a terminal. */
    private String fileName(String name, MapNode root) {
        String refused = Names.controlProblem(name);
        if (refused == null) return name;
        v.d.error(root.pos(), "name: the config gives no name, so the line would be named after its file, '"
                + Printable.escape(name) + "', which " + refused + "; add a name: key or rename the file");
        return null;
    }

    private List<ProductSpec> products(MapNode line) {
        if (!Keys.Line.PRODUCTS.given(line)) return List.of(new ProductSpec(LineSpec.DEFAULT_PRODUCT, 1.0));
        MapNode map = Keys.Line.PRODUCTS.read(v, line, "");
        if (map == null) return null;
        if (map.entries().isEmpty()) {
            v.d.error(map, "products: at least one product is needed (or leave 'products' out)");
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String path = "products." + e.getKey();
            ok &= v.nameKey(e.getKey(), e.getValue().keyPos(), path);
            MapNode p = v.section(e.getValue().value(), path, "product '" + e.getKey() + "'", Keys.Product.SECTION);
            Double share = p == null ? null : Keys.Product.SHARE.read(v, p, path);
            ok &= share != null;
            names.add(e.getKey());
            shares.add(share);
        }
        if (!ok) return null;
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        // shares near the top of the double range overflow the sum: scale them by the largest first
        double scale = Double.isInfinite(sum) ? shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow() : 1;
        double scaledSum = shares.stream().mapToDouble(x -> x / scale).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            v.d.warn(map.pos(), "products: shares sum to " + Values.fmt(sum) + ", not 1; they are normalised");
        }
        List<ProductSpec> products = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            products.add(new ProductSpec(names.get(i), shares.get(i) / scale / scaledSum));
        }
        return products;
    }

    private SequenceSpec sequence(MapNode line, Set<String> products) {
        Object value = Keys.Line.SEQUENCE.read(v, line, "");
        if (value instanceof String) return new SequenceSpec.Random();
        if (!(value instanceof MapNode map) || !Keys.Sequence.REPEAT.given(map)) return null;
        ListNode list = Keys.Sequence.REPEAT.read(v, map, "sequence");
        if (list == null) return null;
        List<String> pattern = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String name = Types.text().read(v, item, "sequence.repeat[" + i + "]");
            if (name != null && !products.isEmpty() && !products.contains(name)) {
                v.d.error(item, "sequence.repeat[" + i + "]: unknown product '" + name + "'"
                        + Suggest.didYouMean(name, products) + " (products: " + String.join(", ", products) + ")");
            }
            pattern.add(name);
        }
        return pattern.contains(null) ? null : new SequenceSpec.Repeat(pattern);
    }

    /** release.to and its position; null when the release feeds the first station. */
    private String releaseTo;
    private Node releaseToNode;

    private ReleaseSpec release(MapNode line) {
        Object value = Keys.Line.RELEASE.read(v, line, "");
        if (value instanceof String) return new ReleaseSpec.Unlimited();
        if (!(value instanceof MapNode map)) return null;
        Node n = map;
        if (Keys.Release.TO.given(map)) {
            releaseToNode = Keys.Release.TO.node(map);
            releaseTo = Keys.Release.TO.read(v, map, "release");
        }
        List<String> kinds = new ArrayList<>(map.entries().keySet());
        kinds.remove(Keys.Release.TO.name());
        if (kinds.isEmpty() && Keys.Release.TO.given(map)) return new ReleaseSpec.Unlimited(); // {to: X}: unlimited into X
        if (kinds.size() != 1) {
            v.d.error(n, "release: expected exactly one of takt or interarrival, got "
                    + (kinds.isEmpty() ? "neither" : String.join(" and ", kinds)));
            return null;
        }
        if (Keys.Release.TAKT.given(map)) {
            Double takt = Keys.Release.TAKT.read(v, map, "release");
            return takt == null ? null : new ReleaseSpec.Takt(takt);
        }
        if (Keys.Release.INTERARRIVAL.given(map)) {
            var d = Keys.Release.INTERARRIVAL.read(v, map, "release");
            if (d != null && d.mean() <= 0) {
                v.d.error(Keys.Release.INTERARRIVAL.node(map), "release.interarrival: the mean time between releases must be > 0");
                return null;
            }
            return d == null ? null : new ReleaseSpec.Interarrival(d);
        }
        return null; // an unknown key, already reported
    }

    /** Lower-case station names read so far (main line, then feeders) and where each was first written. */
    private final Map<String, Node.Pos> stationNamesSeen = new HashMap<>();

    private List<StationSpec> stations(MapNode line, Set<String> products) {
        Node n = Keys.Line.STATIONS.node(line);
        ListNode list = Keys.Line.STATIONS.read(v, line, "");
        if (list == null) return null;
        if (list.items().size() > MAX_STATIONS) {
            v.d.error(n, "stations: " + list.items().size() + " stations; at most " + MAX_STATIONS
                    + " are accepted (a plant has hundreds; split a bigger model into plants of a cluster)");
            return null;
        }
        StationReader reader = new StationReader(v);
        List<StationSpec> stations = new ArrayList<>();
        Map<String, Node.Pos> seen = stationNamesSeen;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = "stations[" + i + "]";
            if (item instanceof MapNode m && Keys.Station.NAME.node(m) instanceof Scalar s && !s.isNull()) {
                String key = s.text().toLowerCase(Locale.ROOT);
                Node.Pos first = seen.putIfAbsent(key, s.pos());
                if (first != null) {
                    v.d.error(s, path + ".name: duplicate station name '" + s.text() + "' (first used at line "
                            + first.line() + "); station names must be unique");
                }
            }
            stations.add(reader.read(item, path, products));
        }
        if (stations.contains(null)) return null;
        long servers = stations.stream().mapToLong(StationSpec::servers).sum();
        if (servers > MAX_SERVERS_IN_ALL) {
            v.d.error(n, "stations: " + servers + " servers in all; at most " + MAX_SERVERS_IN_ALL
                    + " are accepted (each is simulated on its own)");
            return null;
        }
        return stations;
    }
}
