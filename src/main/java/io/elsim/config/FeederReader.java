package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.CalendarSpec;
import io.elsim.model.FeederSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code feeders}: each feeder's keys and stations (read as main-line stations are), then the
 * checks that tie a feeder to the main line ({@link FeederCheck}). Station names are unique
 * across the main line and every feeder; the caller passes the names already taken.
 */
final class FeederReader {
    private final Values v;

    FeederReader(Values v) {
        this.v = v;
    }

    /**
     * Null when a feeder has a problem (reported).
     *
     * @param taken lower-case station names already used (the main line's) → where; names read here are added
     */
    List<FeederSpec> read(ListNode list, Set<String> products, Map<String, Node.Pos> taken) {
        List<FeederSpec> feeders = new ArrayList<>();
        Map<String, Node.Pos> names = new LinkedHashMap<>();
        for (int k = 0; k < list.items().size(); k++) {
            feeders.add(feeder(list.items().get(k), "feeders[" + k + "]", products, taken, names));
        }
        return feeders.contains(null) ? null : feeders;
    }

    private FeederSpec feeder(Node n, String path, Set<String> products, Map<String, Node.Pos> taken,
                              Map<String, Node.Pos> names) {
        String label = label(n, path);
        MapNode map = v.section(n, path, label, Keys.Feeder.SECTION);
        if (map == null) return null;
        String name = Keys.Feeder.NAME.read(v, map, path);
        if (name != null) {
            Node.Pos first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), Keys.Feeder.NAME.node(map).pos());
            if (first != null) {
                v.d.error(Keys.Feeder.NAME.node(map), path + ".name: duplicate feeder name '" + name
                        + "' (first used at line " + first.line() + "); feeder names must be unique");
                name = null;
            }
        }
        String into = Keys.Feeder.INTO.read(v, map, path);
        Integer perVehicle = null;
        Map<String, Integer> perProduct = Map.of();
        Object quantity = Keys.Feeder.PER_VEHICLE.read(v, map, path);
        if (quantity instanceof MapNode pm) {
            perProduct = ProductQuantities.read(v, pm, Keys.Feeder.PER_VEHICLE.path(path), products, "needs this feeder's units");
            perVehicle = 0;
        } else if (quantity instanceof Integer q) {
            perVehicle = q;
            if (q == 0) {
                v.d.error(Keys.Feeder.PER_VEHICLE.node(map), Keys.Feeder.PER_VEHICLE.path(path)
                        + ": 0 units per vehicle: no vehicle needs this feeder; remove it, or give units per product");
                perVehicle = null;
            }
        }
        Integer store = Keys.Feeder.STORE.read(v, map, path);
        String matchWord = Keys.Feeder.MATCH.given(map) ? Keys.Feeder.MATCH.read(v, map, path) : null;
        FeederSpec.Start start = start(map, path);
        FeederSpec.Match match = matchWord != null ? FeederSpec.Match.valueOf(matchWord.toUpperCase(Locale.ROOT))
                : start instanceof FeederSpec.Split ? FeederSpec.Match.VEHICLE : FeederSpec.Match.PRODUCT;
        boolean ok = true;
        if (match == FeederSpec.Match.VEHICLE && start != null && !(start instanceof FeederSpec.Split)) {
            v.d.error(Keys.Feeder.MATCH.node(map), Keys.Feeder.MATCH.path(path) + ": 'vehicle' matches a vehicle"
                    + " with its own unit, which only split_from gives it; use split_from, or match: product or any");
            ok = false;
        }
        if (start instanceof FeederSpec.Push push && push.release() instanceof ReleaseSpec.Unlimited
                && store != null && store == StationSpec.UNLIMITED) {
            v.d.error(Keys.Feeder.RELEASE.node(map), Keys.Feeder.RELEASE.path(path) + ": 'unlimited' with an"
                    + " unlimited store would build units without end; give the feeder a store (store: 8) or a takt");
            ok = false;
        }
        CalendarSpec calendar = null;
        if (Keys.Feeder.CALENDAR.given(map)) {
            calendar = new CalendarReader(v).read(Keys.Feeder.CALENDAR.node(map), Keys.Feeder.CALENDAR.path(path));
            ok &= calendar != null;
        }
        List<StationSpec> stations = Keys.Feeder.STATIONS.given(map) ? stations(map, path, products, taken) : null;
        if (stations != null && start instanceof FeederSpec.Push push && push.release() instanceof ReleaseSpec.Unlimited
                && stations.get(0).unlimitedBuffer()) {
            MapNode first = (MapNode) ((ListNode) Keys.Feeder.STATIONS.node(map)).items().get(0);
            v.d.error(Keys.Station.BUFFER.node(first), Keys.Feeder.STATIONS.path(path) + "[0].buffer: 'unlimited'"
                    + " in front of the feeder's first station with release: unlimited would fill without end;"
                    + " give release a takt, or make the buffer finite");
            ok = false;
        }
        if (!ok || name == null || into == null || perVehicle == null || perProduct == null || store == null
                || start == null || stations == null) {
            return null;
        }
        return new FeederSpec(name, into, perVehicle, perProduct, store, match, start, calendar, stations);
    }

    /** How units start: release (pull or push) or split_from, exactly one. */
    private FeederSpec.Start start(MapNode map, String path) {
        boolean release = Keys.Feeder.RELEASE.given(map);
        boolean split = Keys.Feeder.SPLIT_FROM.given(map);
        if (release == split) {
            v.d.error(release ? Keys.Feeder.SPLIT_FROM.node(map) : map, path + ": give exactly one of release"
                    + " ({pull: STATION}, {takt: ...} or unlimited) and split_from (the vehicle's own component)"
                    + (release ? ", not both" : ""));
            return null;
        }
        if (split) {
            String from = Keys.Feeder.SPLIT_FROM.read(v, map, path);
            return from == null ? null : new FeederSpec.Split(from);
        }
        Object value = Keys.Feeder.RELEASE.read(v, map, path);
        if (value instanceof String) return new FeederSpec.Push(new ReleaseSpec.Unlimited());
        if (!(value instanceof MapNode r)) return null;
        String rp = Keys.Feeder.RELEASE.path(path);
        boolean pull = Keys.FeederRelease.PULL.given(r);
        boolean takt = Keys.FeederRelease.TAKT.given(r);
        if (pull == takt) {
            v.d.error(r, rp + ": expected exactly one of pull and takt, got " + (pull ? "both" : "neither"));
            return null;
        }
        if (pull) {
            String station = Keys.FeederRelease.PULL.read(v, r, rp);
            return station == null ? null : new FeederSpec.Pull(station);
        }
        Double seconds = Keys.FeederRelease.TAKT.read(v, r, rp);
        return seconds == null ? null : new FeederSpec.Push(new ReleaseSpec.Takt(seconds));
    }

    private List<StationSpec> stations(MapNode map, String path, Set<String> products, Map<String, Node.Pos> taken) {
        ListNode list = Keys.Feeder.STATIONS.read(v, map, path);
        if (list == null) return null;
        StationReader reader = new StationReader(v);
        List<StationSpec> stations = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String sp = Keys.Feeder.STATIONS.path(path) + "[" + i + "]";
            if (item instanceof MapNode m && Keys.Station.NAME.node(m) instanceof Scalar s && !s.isNull()) {
                Node.Pos first = taken.putIfAbsent(s.text().toLowerCase(Locale.ROOT), s.pos());
                if (first != null) {
                    v.d.error(s, sp + ".name: duplicate station name '" + s.text() + "' (first used at line "
                            + first.line() + "); station names must be unique over the main line and the feeders");
                }
            }
            stations.add(reader.read(item, sp, products));
        }
        return stations.contains(null) ? null : stations;
    }

    /** "feeder 'pack-line'" when the name is readable, else the path. */
    private static String label(Node n, String path) {
        if (n instanceof MapNode m && Keys.Feeder.NAME.node(m) instanceof Scalar s && !s.isNull()) {
            return "feeder '" + s.text() + "'";
        }
        return path;
    }
}
