package io.elsim.energy;

import io.elsim.model.EnergySpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.PowerSpec.StateSeconds;
import io.elsim.model.Units;
import io.elsim.report.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run burnt, from the time each station's servers spent in each state and the time the
 * plant was on and off shift: energy = Σ over servers and states of power × time in that
 * state, plus the base load × on- and off-shift time. It reads statistics a run keeps anyway,
 * so accounting for energy adds nothing to the simulation's events.
 */
public final class EnergyAccount {
    public static final List<String> COLUMNS = List.of(
            "name", "electricity_kwh", "gas_kwh", "kwh_per_vehicle", "idle_kwh_share", "co2_kg");
    /** The summary fields, in order: NaN (an empty cell) when energy is not modelled. */
    public static final List<String> SUMMARY_FIELDS = List.of(
            "energy_kwh_per_vehicle", "production_co2_kg_per_vehicle", "co2_kg_per_vehicle");
    /** The row of the building's base load. */
    public static final String BASE = "base";

    /**
     * One station that draws power.
     *
     * @param power electricity per server by state, null for none
     * @param gas   gas per server by state, null for none
     */
    public record StationUse(String name, PowerSpec power, PowerSpec gas, StateSeconds seconds) {
        double electricityKwh() { return power == null ? 0 : power.kwh(seconds); }

        double gasKwh() { return gas == null ? 0 : gas.kwh(seconds); }

        double idleKwh() {
            return (power == null ? 0 : power.idleKwh(seconds)) + (gas == null ? 0 : gas.idleKwh(seconds));
        }
    }

    private record Row(String name, double electricity, double gas, double idle) { }

    private final EnergySpec spec;
    private final List<Row> rows = new ArrayList<>();
    private double electricity;
    private double gas;

    /**
     * @param spec            the energy section, null when the config has none (then no base row and no CO2)
     * @param onShiftSeconds  on-shift time of the measured period
     * @param offShiftSeconds off-shift time of the measured period
     */
    public EnergyAccount(EnergySpec spec, List<StationUse> stations, double onShiftSeconds, double offShiftSeconds) {
        this.spec = spec;
        for (StationUse s : stations) add(new Row(s.name(), s.electricityKwh(), s.gasKwh(), s.idleKwh()));
        if (spec != null) {
            double off = spec.baseLoadKw().offShift() * offShiftSeconds / Units.HOUR;
            add(new Row(BASE, spec.baseLoadKw().onShift() * onShiftSeconds / Units.HOUR + off, 0, off));
        }
    }

    private void add(Row r) {
        rows.add(r);
        electricity += r.electricity;
        gas += r.gas;
    }

    public double electricityKwh() { return electricity; }

    public double gasKwh() { return gas; }

    /** kg CO2e of the electricity and gas burnt; NaN without an energy section. */
    public double co2Kg() {
        return co2(electricity, gas);
    }

    private double co2(double kwhElectricity, double kwhGas) {
        if (spec == null) return Double.NaN;
        double e = kwhElectricity == 0 ? 0 : kwhElectricity * factor(spec.electricityCo2KgPerKwh());
        double g = kwhGas == 0 ? 0 : kwhGas * factor(spec.gasCo2KgPerKwh());
        return e + g;
    }

    /** A missing factor makes CO2 unknown (NaN); the config check forbids it when the carrier is used. */
    private static double factor(Double f) {
        return f == null ? Double.NaN : f;
    }

    /** One row per station that draws power, then {@value #BASE} when there is an energy section. */
    public Table table(long vehicles) {
        Table t = new Table("energy", COLUMNS);
        for (Row r : rows) {
            double total = r.electricity + r.gas;
            t.addRow(r.name, r.electricity, r.gas, perVehicle(total, vehicles), total > 0 ? r.idle / total : Double.NaN,
                    co2(r.electricity, r.gas));
        }
        return t;
    }

    /**
     * energy_kwh_per_vehicle, production_co2_kg_per_vehicle and co2_kg_per_vehicle (production
     * plus inbound, the inbound part counted only when suppliers are modelled).
     *
     * @param inboundCo2KgPerVehicle NaN when the config models no suppliers
     */
    public double[] summary(long vehicles, double inboundCo2KgPerVehicle) {
        double production = perVehicle(co2Kg(), vehicles);
        double inbound = Double.isNaN(inboundCo2KgPerVehicle) ? 0 : inboundCo2KgPerVehicle;
        return new double[] {perVehicle(electricity + gas, vehicles), production, production + inbound};
    }

    /** The summary fields of a run that does not model energy: all empty. */
    public static double[] notModelled() {
        return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }

    private static double perVehicle(double amount, long vehicles) {
        return vehicles > 0 ? amount / vehicles : Double.NaN;
    }
}
