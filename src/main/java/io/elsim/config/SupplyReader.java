package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.DistributionSpec;
import io.elsim.model.Geo;
import io.elsim.model.LogisticsSpec;
import io.elsim.model.PartSpec;
import io.elsim.model.PolicySpec;
import io.elsim.model.ReliabilitySpec;
import io.elsim.model.SiteSpec;
import io.elsim.model.SupplierSpec;
import io.elsim.model.TruckSpec;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The supply sections: {@code site}, {@code logistics}, {@code parts} and {@code suppliers},
 * and the checks between them and the stations (a part consumed at an unknown station, a
 * part nobody delivers, a truck smaller than one order, suppliers beyond the radius).
 */
final class SupplyReader {
    private final Values v;

    SupplyReader(Values v) {
        this.v = v;
    }

    SiteSpec site(Node n) {
        MapNode map = v.section(n, "site", "site", SupplyKeys.Site.SECTION);
        if (map == null) return null;
        String name = SupplyKeys.Site.NAME.read(v, map, "site");
        Double lat = SupplyKeys.Site.LAT.read(v, map, "site");
        Double lon = SupplyKeys.Site.LON.read(v, map, "site");
        if (name == null || lat == null || lon == null) return null;
        return new SiteSpec(name, lat, lon);
    }

    /** Orders one supplier may have open at once (each is a pending truck trip). */
    static final int MAX_OPEN_ORDERS = 100_000;

    LogisticsSpec logistics(Node n) {
        if (n == null) return LogisticsSpec.DEFAULT;
        MapNode map = v.section(n, "logistics", "logistics", SupplyKeys.Logistics.SECTION);
        if (map == null) return null;
        Double radius = SupplyKeys.Logistics.RADIUS_KM.read(v, map, "logistics");
        Double road = SupplyKeys.Logistics.ROAD_FACTOR.read(v, map, "logistics");
        Double loaded = SupplyKeys.Logistics.CO2_LOADED.read(v, map, "logistics");
        Double empty = SupplyKeys.Logistics.CO2_EMPTY.read(v, map, "logistics");
        if (radius == null || road == null || loaded == null || empty == null) return null;
        return new LogisticsSpec(radius, road, loaded, empty);
    }

    /** @param stations station names as written; @param products product names (empty if they had errors) */
    List<PartSpec> parts(Node n, Set<String> stations, Set<String> products) {
        ListNode list = SupplyKeys.Line.PARTS.type().read(v, n, "parts");
        if (list == null) return null;
        List<PartSpec> parts = new ArrayList<>();
        Map<String, Node.Pos> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "parts[" + i + "]";
            Node item = list.items().get(i);
            MapNode map = v.section(item, path, label("part", item, path), SupplyKeys.Part.SECTION);
            if (map == null) {
                parts.add(null);
                continue;
            }
            String name = SupplyKeys.Part.NAME.read(v, map, path);
            if (name != null) {
                Node.Pos first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), SupplyKeys.Part.NAME.node(map).pos());
                if (first != null) {
                    v.d.error(SupplyKeys.Part.NAME.node(map), path + ".name: duplicate part name '" + name + "' (first used at line "
                            + first.line() + "); part names must be unique");
                }
            }
            String station = SupplyKeys.Part.STATION.read(v, map, path);
            if (station != null && stations != null && !stations.contains(station)) {
                v.d.error(SupplyKeys.Part.STATION.node(map), path + ".station: part '" + name + "' is consumed at unknown station '"
                        + station + "'" + Suggest.didYouMean(station, stations)
                        + " (stations: " + String.join(", ", stations) + ")");
                station = null;
            }
            Integer perVehicle = null;
            Map<String, Integer> perProduct = Map.of();
            Node pv = SupplyKeys.Part.PER_VEHICLE.node(map);
            Object quantity = SupplyKeys.Part.PER_VEHICLE.read(v, map, path);
            if (quantity instanceof MapNode pm) {
                perProduct = ProductQuantities.read(v, pm, SupplyKeys.Part.PER_VEHICLE.path(path), products, "uses this part");
                perVehicle = 0;
            } else if (quantity instanceof Integer q) {
                perVehicle = q;
            }
            int[] stock = stock(SupplyKeys.Part.STOCK.node(map), SupplyKeys.Part.STOCK.path(path));
            if (name == null || station == null || perVehicle == null || perProduct == null || stock == null) {
                parts.add(null);
                continue;
            }
            int most = Math.max(perVehicle, perProduct.values().stream().mapToInt(Integer::intValue).max().orElse(0));
            if (most > stock[1]) {
                v.d.error(pv, path + ".per_vehicle: a vehicle takes " + most + " parts '" + name
                        + "' but the stock holds at most " + stock[1] + ", so no vehicle could ever be built;"
                        + " raise stock.capacity or lower per_vehicle");
                parts.add(null);
                continue;
            }
            parts.add(new PartSpec(name, station, perVehicle, perProduct, stock[0], stock[1]));
        }
        return parts.contains(null) ? null : parts;
    }

    /** {initial, capacity}; null on error. */
    private int[] stock(Node n, String path) {
        if (n == null) return new int[] {0, PartSpec.UNLIMITED};
        MapNode map = v.section(n, path, "stock", SupplyKeys.Stock.SECTION);
        if (map == null) return null;
        Integer initial = SupplyKeys.Stock.INITIAL.read(v, map, path);
        Integer capacity = SupplyKeys.Stock.CAPACITY.read(v, map, path);
        if (initial == null || capacity == null) return null;
        if (initial > capacity) {
            v.d.error(SupplyKeys.Stock.INITIAL.node(map), path + ".initial: " + initial + " parts do not fit in a stock of capacity "
                    + capacity);
            return null;
        }
        return new int[] {initial, capacity};
    }

    /**
     * Suppliers, checked against the parts (each part has exactly one supplier) and the site.
     *
     * @param parts the parts read, null when they had errors (then part checks are skipped)
     */
    List<SupplierSpec> suppliers(Node n, List<PartSpec> parts, Node partsNode, SiteSpec site, LogisticsSpec logistics) {
        ListNode list = n == null ? null : SupplyKeys.Line.SUPPLIERS.type().read(v, n, "suppliers");
        if (n != null && list == null) return null;
        Map<String, PartSpec> partsByName = new LinkedHashMap<>();
        if (parts != null) parts.forEach(p -> partsByName.put(p.name(), p));
        Map<String, String> supplierOf = new HashMap<>();
        List<SupplierSpec> suppliers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Node> items = list == null ? List.of() : list.items();
        for (int i = 0; i < items.size(); i++) {
            String path = "suppliers[" + i + "]";
            Node item = items.get(i);
            SupplierSpec s = supplier(item, path, partsByName, parts != null, supplierOf, site);
            if (s != null && !names.add(s.name().toLowerCase(Locale.ROOT))) {
                v.d.error(SupplyKeys.Supplier.NAME.node((MapNode) item), path + ".name: duplicate supplier name '" + s.name() + "'");
                s = null;
            }
            if (s != null && logistics != null) {
                double road = Geo.roadKm(s, site, logistics);
                if (!(s.truck().driveSeconds(road) <= Units.MAX_DURATION)) {
                    MapNode truck = (MapNode) SupplyKeys.Supplier.TRUCK.node((MapNode) item);
                    v.d.error(SupplyKeys.Truck.SPEED_KMH.node(truck), path
                            + ".truck.speed_kmh: " + Math.round(road) + " km at " + Values.fmt(s.truck().speedKmh())
                            + " km/h takes " + Values.TOO_LONG);
                    s = null;
                } else if (road > logistics.radiusKm()) {
                    v.d.warn(item.pos(), path + ": supplier '" + s.name() + "' is " + Math.round(road)
                            + " km by road from the site, beyond the " + Values.fmt(logistics.radiusKm())
                            + " km radius");
                }
            }
            suppliers.add(s);
        }
        if (parts != null) {
            for (int i = 0; i < parts.size(); i++) {
                if (!supplierOf.containsKey(parts.get(i).name())) {
                    Node at = ((ListNode) partsNode).items().get(i);
                    v.d.error(at, "parts[" + i + "]: no supplier delivers part '" + parts.get(i).name()
                            + "'; list it in the parts of one of the suppliers");
                }
            }
        }
        return suppliers.contains(null) ? null : suppliers;
    }

    private SupplierSpec supplier(Node item, String path, Map<String, PartSpec> partsByName, boolean checkParts,
                                  Map<String, String> supplierOf, SiteSpec site) {
        MapNode map = v.section(item, path, label("supplier", item, path), SupplyKeys.Supplier.SECTION);
        if (map == null) return null;
        String name = SupplyKeys.Supplier.NAME.read(v, map, path);
        boolean ok = name != null;
        double lat = Double.NaN;
        double lon = Double.NaN;
        double distance = Double.NaN;
        Node loc = SupplyKeys.Supplier.LOCATION.node(map);
        Node dk = SupplyKeys.Supplier.DISTANCE_KM.node(map);
        if ((loc == null) == (dk == null)) {
            v.d.error(map, path + ": give exactly one of location {lat, lon} or distance_km, got "
                    + (loc == null ? "neither" : "both"));
            ok = false;
        } else if (loc != null) {
            MapNode lm = v.section(loc, path + ".location", "location", SupplyKeys.Location.SECTION);
            Double la = lm == null ? null : SupplyKeys.Location.LAT.read(v, lm, path + ".location");
            Double lo = lm == null ? null : SupplyKeys.Location.LON.read(v, lm, path + ".location");
            if (la == null || lo == null) {
                ok = false;
            } else {
                lat = la;
                lon = lo;
                if (site == null) {
                    v.d.error(loc, path + ".location: a supplier located by coordinates needs the plant's 'site'"
                            + " {lat, lon} (or give distance_km instead)");
                    ok = false;
                }
            }
        } else {
            Double d = SupplyKeys.Supplier.DISTANCE_KM.read(v, map, path);
            if (d == null) ok = false; else distance = d;
        }
        List<String> partNames = new ArrayList<>();
        ListNode pl = SupplyKeys.Supplier.PARTS.read(v, map, path);
        if (pl == null) {
            ok = false;
        } else {
            for (int j = 0; j < pl.items().size(); j++) {
                Node pn = pl.items().get(j);
                String part = Types.text().read(v, pn, path + ".parts[" + j + "]");
                if (part == null) {
                    ok = false;
                    continue;
                }
                if (checkParts && !partsByName.containsKey(part)) {
                    v.d.error(pn, path + ".parts[" + j + "]: unknown part '" + part + "'"
                            + Suggest.didYouMean(part, partsByName.keySet())
                            + (partsByName.isEmpty() ? " (no parts are defined)"
                               : " (parts: " + String.join(", ", partsByName.keySet()) + ")"));
                    ok = false;
                    continue;
                }
                String other = supplierOf.putIfAbsent(part, name);
                if (other != null) {
                    v.d.error(pn, path + ".parts[" + j + "]: part '" + part + "' is already delivered by '" + other
                            + "'; a part has one supplier");
                    ok = false;
                }
                partNames.add(part);
            }
        }
        TruckSpec truck = SupplyKeys.Supplier.TRUCK.given(map)
                ? truck(SupplyKeys.Supplier.TRUCK.node(map), SupplyKeys.Supplier.TRUCK.path(path)) : null;
        DistributionSpec delay = SupplyKeys.Supplier.DELAY.read(v, map, path);
        ReliabilitySpec reliability = SupplyKeys.Supplier.RELIABILITY.given(map)
                ? reliability(SupplyKeys.Supplier.RELIABILITY.node(map), SupplyKeys.Supplier.RELIABILITY.path(path))
                : ReliabilitySpec.ALWAYS;
        PolicySpec policy = SupplyKeys.Supplier.POLICY.given(map)
                ? policy(SupplyKeys.Supplier.POLICY.node(map), SupplyKeys.Supplier.POLICY.path(path)) : null;
        if (truck != null && policy instanceof PolicySpec.ReorderPoint rp && rp.orderQuantity() > truck.capacity()) {
            MapNode pm = (MapNode) SupplyKeys.Supplier.POLICY.node(map);
            v.d.error(SupplyKeys.Policy.ORDER_QUANTITY.node(pm), path + ".policy.order_quantity: an order of " + rp.orderQuantity()
                    + " parts does not fit in a truck of capacity " + truck.capacity()
                    + "; raise truck.capacity or lower order_quantity");
            ok = false;
        }
        if (!ok || truck == null || delay == null || reliability == null || policy == null) return null;
        return new SupplierSpec(name, lat, lon, distance, partNames, truck, delay, reliability, policy);
    }

    private TruckSpec truck(Node n, String path) {
        MapNode map = v.section(n, path, "truck", SupplyKeys.Truck.SECTION);
        if (map == null) return null;
        Integer capacity = SupplyKeys.Truck.CAPACITY.read(v, map, path);
        Double speed = SupplyKeys.Truck.SPEED_KMH.read(v, map, path);
        Double load = SupplyKeys.Truck.LOAD_TIME.read(v, map, path);
        Double unload = SupplyKeys.Truck.UNLOAD_TIME.read(v, map, path);
        Integer trucks = SupplyKeys.Truck.TRUCKS.given(map) ? SupplyKeys.Truck.TRUCKS.read(v, map, path)
                : Integer.valueOf(TruckSpec.AS_NEEDED);
        if (capacity == null || speed == null || load == null || unload == null || trucks == null) return null;
        return new TruckSpec(capacity, speed, load, unload, trucks);
    }

    private ReliabilitySpec reliability(Node n, String path) {
        MapNode map = v.section(n, path, "reliability", SupplyKeys.Reliability.SECTION);
        if (map == null) return null;
        Double onTime = SupplyKeys.Reliability.ON_TIME.read(v, map, path);
        DistributionSpec lateBy = SupplyKeys.Reliability.LATE_BY.read(v, map, path);
        if (onTime == null || lateBy == null) return null;
        return new ReliabilitySpec(onTime, lateBy);
    }

    private PolicySpec policy(Node n, String path) {
        MapNode map = v.section(n, path, "policy", SupplyKeys.Policy.SECTION);
        if (map == null) return null;
        boolean every = SupplyKeys.Policy.EVERY.given(map);
        boolean rp = SupplyKeys.Policy.REORDER_POINT.given(map) || SupplyKeys.Policy.ORDER_QUANTITY.given(map);
        if (every == rp) {
            v.d.error(n, path + ": expected either {every: duration} or {reorder_point: n, order_quantity: n}, got "
                    + (every ? "both" : "neither"));
            return null;
        }
        if (every) {
            Double period = SupplyKeys.Policy.EVERY.read(v, map, path);
            return period == null ? null : new PolicySpec.Every(period);
        }
        if (!SupplyKeys.Policy.REORDER_POINT.given(map) || !SupplyKeys.Policy.ORDER_QUANTITY.given(map)) {
            v.d.error(n, path + ": a reorder-point policy needs both reorder_point and order_quantity");
            return null;
        }
        Integer point = SupplyKeys.Policy.REORDER_POINT.read(v, map, path);
        Integer quantity = SupplyKeys.Policy.ORDER_QUANTITY.read(v, map, path);
        if (point == null || quantity == null) return null;
        long openOrders = point / quantity + 1;
        if (openOrders > MAX_OPEN_ORDERS) {
            // every order is a truck trip in the calendar: millions of them exhaust memory before the first arrives
            v.d.error(SupplyKeys.Policy.REORDER_POINT.node(map), path + ".reorder_point: " + point + " with orders of " + quantity
                    + " parts opens up to " + openOrders + " orders at once; at most " + MAX_OPEN_ORDERS
                    + " are accepted (raise order_quantity or lower reorder_point)");
            return null;
        }
        return new PolicySpec.ReorderPoint(point, quantity);
    }

    private static String label(String what, Node n, String path) {
        if (n instanceof MapNode m && m.get("name") instanceof Scalar s && !s.isNull()) {
            return what + " '" + s.text() + "'";
        }
        return path;
    }
}
