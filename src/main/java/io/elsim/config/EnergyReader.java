package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.EnergySpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.StationSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code energy} section and the stations' {@code power_kw} / {@code gas_kw}, with the
 * defaulting chain of the power states (setup and idle from working, down from idle, off
 * shift 0) and the checks that span them: an emission factor for each carrier in use, and no
 * station called {@code base}, the name of the energy table's base-load row.
 */
final class EnergyReader {
    /** The energy table's row for the building's base load. */
    static final String BASE_ROW = "base";
    /** Words a user may write for a state that the energy model folds into {@code idle}. */
    private static final Set<String> IDLE_WORDS = Set.of("blocked", "starved", "starved_parts", "starved_of_parts");

    private final Values v;

    EnergyReader(Values v) {
        this.v = v;
    }

    /** A station's {@code power_kw} or {@code gas_kw}: a number or a mapping by state; null on error. */
    PowerSpec power(Node n, String path, String station) {
        if (n instanceof Scalar) {
            Double kw = v.number(n, path, 0, true);
            return kw == null ? null : PowerSpec.onShift(kw);
        }
        if (!(n instanceof MapNode map)) {
            v.d.error(n, path + ": expected kW as a number or a mapping of "
                    + String.join(", ", Keys.POWER.names()) + ", got " + n.describe());
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String key = e.getKey();
            if (Keys.POWER.names().contains(key)) continue;
            ok = false;
            if (IDLE_WORDS.contains(key)) {
                v.d.error(e.getValue().keyPos(), path + ": '" + key + "' is not a power state of its own; blocked, "
                        + "starved and starved of parts all draw the 'idle' power");
            } else {
                v.d.error(e.getValue().keyPos(), path + ": unknown power state '" + key + "' in " + station
                        + Suggest.didYouMean(key, Keys.POWER.names()) + " (states: "
                        + String.join(", ", Keys.POWER.names()) + ")");
            }
        }
        if (map.get("working") == null) {
            v.d.error(map, path + ": missing 'working' in " + station + " (the kW while processing; idle, setup "
                    + "and down default to it)");
            return null;
        }
        Double working = kw(map, "working", path);
        Double setup = map.get("setup") == null ? working : kw(map, "setup", path);
        Double idle = map.get("idle") == null ? working : kw(map, "idle", path);
        Double down = map.get("down") == null ? idle : kw(map, "down", path);
        Double off = map.get("off_shift") == null ? Double.valueOf(0) : kw(map, "off_shift", path);
        if (!ok || working == null || setup == null || idle == null || down == null || off == null) return null;
        return new PowerSpec(working, setup, idle, down, off);
    }

    private Double kw(MapNode map, String key, String path) {
        return v.number(map.get(key), path + "." + key, 0, true);
    }

    /** The {@code energy} section; null on error. */
    EnergySpec energy(Node n) {
        MapNode map = v.section(n, "energy", "the energy section", Keys.ENERGY);
        if (map == null) return null;
        Double grid = map.get("electricity_co2_kg_per_kwh") == null ? null
                : v.number(map.get("electricity_co2_kg_per_kwh"), "energy.electricity_co2_kg_per_kwh", 0, true);
        Double gas = map.get("gas_co2_kg_per_kwh") == null ? null
                : v.number(map.get("gas_co2_kg_per_kwh"), "energy.gas_co2_kg_per_kwh", 0, true);
        double[] base = baseLoad(v.get(map, Keys.ENERGY.field("base_load_kw")));
        if (map.get("electricity_co2_kg_per_kwh") == null && map.get("gas_co2_kg_per_kwh") == null) {
            v.d.error(n, "energy: no emission factor; give electricity_co2_kg_per_kwh (France 2023: 0.032 kg CO2e "
                    + "per kWh, RTE) and, if a station burns gas, gas_co2_kg_per_kwh (ADEME: 0.227)");
            return null;
        }
        if ((map.get("electricity_co2_kg_per_kwh") != null && grid == null)
                || (map.get("gas_co2_kg_per_kwh") != null && gas == null) || base == null) {
            return null;
        }
        return new EnergySpec(grid, gas, base[0], base[1]);
    }

    private double[] baseLoad(Node n) {
        String path = "energy.base_load_kw";
        if (n instanceof Scalar) {
            Double kw = v.number(n, path, 0, true);
            return kw == null ? null : new double[] {kw, 0};
        }
        MapNode map = v.section(n, path, "base_load_kw", Keys.BASE_LOAD);
        if (map == null) return null;
        Double on = v.number(v.get(map, Keys.BASE_LOAD.field("on_shift")), path + ".on_shift", 0, true);
        Double off = v.number(v.get(map, Keys.BASE_LOAD.field("off_shift")), path + ".off_shift", 0, true);
        return on == null || off == null ? null : new double[] {on, off};
    }

    /**
     * Checks across sections: a factor for each carrier used (when there is an energy section:
     * without one the report gives kWh and no CO2, and a warning says so), and no station
     * named like the base-load row.
     */
    void check(MapNode root, List<StationSpec> stations, EnergySpec energy) {
        ListNode nodes = (ListNode) root.get("stations");
        Node firstPower = null;
        Node firstGas = null;
        String gasPath = null;
        boolean modelled = energy != null;
        for (int i = 0; i < stations.size(); i++) {
            MapNode station = (MapNode) nodes.items().get(i);
            if (firstPower == null) firstPower = station.get("power_kw");
            if (firstGas == null && station.get("gas_kw") != null) {
                firstGas = station.get("gas_kw");
                gasPath = "stations[" + i + "].gas_kw";
            }
            modelled |= stations.get(i).hasPower();
        }
        if (!modelled) return;
        for (int i = 0; i < stations.size(); i++) {
            if (stations.get(i).name().equalsIgnoreCase(BASE_ROW)) {
                v.d.error(((MapNode) nodes.items().get(i)).get("name"), "stations[" + i + "].name: '"
                        + stations.get(i).name() + "' is the name of the energy table's base-load row; rename the "
                        + "station");
            }
        }
        Node section = root.get("energy");
        if (energy == null) {
            v.d.warn(firstPower != null ? firstPower.pos() : firstGas.pos(), "stations give power_kw or gas_kw "
                    + "but there is no energy section: energy is reported in kWh, without CO2");
            return;
        }
        boolean electricityUsed = firstPower != null || energy.baseLoadKw().onShift() > 0 || energy.baseLoadKw().offShift() > 0;
        if (electricityUsed && energy.electricityCo2KgPerKwh() == null) {
            v.d.error(section, "energy: electricity_co2_kg_per_kwh is missing, but "
                    + (firstPower != null ? "stations draw power_kw" : "base_load_kw draws electricity")
                    + " (France 2023: 0.032 kg CO2e per kWh, RTE)");
        }
        if (firstGas != null && energy.gasCo2KgPerKwh() == null) {
            v.d.error(firstGas, gasPath + ": energy.gas_co2_kg_per_kwh is missing, so this gas has no CO2 "
                    + "(natural gas, ADEME: 0.227 kg CO2e per kWh)");
        }
    }
}
