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

    /**
     * A station's {@code power_kw} or {@code gas_kw} (the {@code key} of the {@code station}
     * mapping): a number or a mapping by state; null on error. The mapping's keys are checked
     * here rather than by the section, to tell blocked and starved apart from a typo.
     */
    PowerSpec power(Key<Object> powerKey, MapNode stationMap, String parent, String station) {
        Node n = powerKey.node(stationMap);
        String path = powerKey.path(parent);
        if (!(n instanceof MapNode map)) {
            Object kw = powerKey.read(v, stationMap, parent);
            return kw instanceof Double d ? PowerSpec.onShift(d) : null;
        }
        List<String> states = EnergyKeys.Power.SECTION.names();
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            String key = e.getKey();
            if (states.contains(key)) continue;
            ok = false;
            if (IDLE_WORDS.contains(key)) {
                v.d.error(e.getValue().keyPos(), path + ": '" + key + "' is not a power state of its own; blocked, "
                        + "starved and starved of parts all draw the 'idle' power");
            } else {
                v.d.error(e.getValue().keyPos(), path + ": unknown power state '" + key + "' in " + station
                        + Suggest.didYouMean(key, states) + " (states: " + String.join(", ", states) + ")");
            }
        }
        if (!EnergyKeys.Power.WORKING.given(map)) {
            v.d.error(map, path + ": missing 'working' in " + station + " (the kW while processing; idle, setup "
                    + "and down default to it)");
            return null;
        }
        Double working = EnergyKeys.Power.WORKING.read(v, map, path);
        Double setup = EnergyKeys.Power.SETUP.given(map) ? EnergyKeys.Power.SETUP.read(v, map, path) : working;
        Double idle = EnergyKeys.Power.IDLE.given(map) ? EnergyKeys.Power.IDLE.read(v, map, path) : working;
        Double down = EnergyKeys.Power.DOWN.given(map) ? EnergyKeys.Power.DOWN.read(v, map, path) : idle;
        Double off = EnergyKeys.Power.OFF_SHIFT.read(v, map, path);
        if (!ok || working == null || setup == null || idle == null || down == null || off == null) return null;
        return new PowerSpec(working, setup, idle, down, off);
    }

    /** The {@code energy} section; null on error. */
    EnergySpec energy(Node n) {
        MapNode map = v.section(n, "energy", "the energy section", EnergyKeys.Energy.SECTION);
        if (map == null) return null;
        Key<Double> electricity = EnergyKeys.Energy.ELECTRICITY_CO2;
        Key<Double> gasFactor = EnergyKeys.Energy.GAS_CO2;
        Double grid = electricity.read(v, map, "energy");
        Double gas = gasFactor.read(v, map, "energy");
        double[] base = baseLoad(map);
        if (!electricity.given(map) && !gasFactor.given(map)) {
            v.d.error(n, "energy: no emission factor; give electricity_co2_kg_per_kwh (France 2023: 0.032 kg CO2e "
                    + "per kWh, RTE) and, if a station burns gas, gas_co2_kg_per_kwh (ADEME: 0.227)");
            return null;
        }
        if ((electricity.given(map) && grid == null) || (gasFactor.given(map) && gas == null) || base == null) {
            return null;
        }
        return new EnergySpec(grid, gas, base[0], base[1]);
    }

    /** {on_shift, off_shift} kW of the base load; a bare number is the on-shift load. */
    private double[] baseLoad(MapNode energy) {
        Key<Object> key = EnergyKeys.Energy.BASE_LOAD_KW;
        Node n = key.node(energy);
        String path = key.path("energy");
        if (!(n instanceof MapNode)) {
            Object kw = key.read(v, energy, "energy");
            return kw instanceof Double d ? new double[] {d, 0} : null;
        }
        MapNode map = v.section(n, path, "base_load_kw", EnergyKeys.BaseLoad.SECTION);
        if (map == null) return null;
        Double on = EnergyKeys.BaseLoad.ON_SHIFT.read(v, map, path);
        Double off = EnergyKeys.BaseLoad.OFF_SHIFT.read(v, map, path);
        return on == null || off == null ? null : new double[] {on, off};
    }

    /**
     * Checks across sections: a factor for each carrier used (when there is an energy section:
     * without one the report gives kWh and no CO2, and a warning says so), and no station
     * named like the base-load row.
     */
    void check(MapNode root, List<StationSpec> stations, EnergySpec energy) {
        ListNode nodes = (ListNode) Keys.Line.STATIONS.node(root);
        Node firstPower = null;
        Node firstGas = null;
        String gasPath = null;
        boolean modelled = energy != null;
        for (int i = 0; i < stations.size(); i++) {
            MapNode station = (MapNode) nodes.items().get(i);
            if (firstPower == null) firstPower = Keys.Station.POWER_KW.node(station);
            if (firstGas == null && Keys.Station.GAS_KW.given(station)) {
                firstGas = Keys.Station.GAS_KW.node(station);
                gasPath = "stations[" + i + "].gas_kw";
            }
            modelled |= stations.get(i).hasPower();
        }
        if (!modelled) return;
        for (int i = 0; i < stations.size(); i++) {
            if (stations.get(i).name().equalsIgnoreCase(BASE_ROW)) {
                v.d.error(Keys.Station.NAME.node((MapNode) nodes.items().get(i)), "stations[" + i + "].name: '"
                        + stations.get(i).name() + "' is the name of the energy table's base-load row; rename the "
                        + "station");
            }
        }
        Node section = EnergyKeys.ENERGY.node(root);
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
