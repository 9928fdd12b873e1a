package io.elsim.config;

import static io.elsim.config.Composites.either;
import static io.elsim.config.Composites.section;
import static io.elsim.config.Key.optional;
import static io.elsim.config.Key.required;

import io.elsim.config.Node.MapNode;

/** The keys of the {@code energy} section and of a station's {@code power_kw} and {@code gas_kw}. */
final class EnergyKeys {
    private EnergyKeys() { }

    /** power_kw / gas_kw of a station by state; the defaults chain working -> idle -> down. */
    static final class Power {
        static final Key<Double> WORKING = required("working", Types.number(0, true),
                "while processing a vehicle; idle, setup and down default to it", "20").unit("kW");
        static final Key<Double> SETUP = optional("setup", Types.number(0, true), null,
                "during a changeover", "20").unit("kW").defaultDoc("`working`");
        static final Key<Double> IDLE = optional("idle", Types.number(0, true), null,
                "while blocked, starved or starved of parts", "15").unit("kW").defaultDoc("`working`");
        static final Key<Double> DOWN = optional("down", Types.number(0, true), null,
                "while failed or under repair", "5").unit("kW").defaultDoc("`idle`");
        static final Key<Double> OFF_SHIFT = optional("off_shift", Types.number(0, true), "0",
                "while the plant is off shift", "1").unit("kW");
        static final Section SECTION = Section.of("power", "a station's power per server by state",
                WORKING, SETUP, IDLE, DOWN, OFF_SHIFT);
    }

    static final class BaseLoad {
        static final Key<Double> ON_SHIFT = optional("on_shift", Types.number(0, true), "0",
                "drawn while the plant's calendar is on shift", "1500").unit("kW");
        static final Key<Double> OFF_SHIFT = optional("off_shift", Types.number(0, true), "0",
                "drawn while it is off shift (nights, weekends)", "400").unit("kW");
        static final Section SECTION = Section.of("base_load", "the building's load on and off shift", ON_SHIFT,
                OFF_SHIFT);
    }

    static final class Energy {
        static final Key<Double> ELECTRICITY_CO2 = optional("electricity_co2_kg_per_kwh", Types.number(0, true), null,
                "grid emission factor (France 2023: 0.032, RTE); required when electricity is drawn (any"
                        + " `power_kw`, or a base load above 0)", "0.032").unit("kg CO2e / kWh");
        static final Key<Double> GAS_CO2 = optional("gas_co2_kg_per_kwh", Types.number(0, true), null,
                "natural-gas emission factor (ADEME: 0.227); required when a station gives `gas_kw`", "0.227")
                .unit("kg CO2e / kWh");
        static final Key<Object> BASE_LOAD_KW = optional("base_load_kw", either(Types.number(0, true),
                        section(BaseLoad.SECTION)), "0",
                "electricity not tied to a station (lighting, HVAC, compressed air, IT); a bare number is the"
                        + " on-shift load, 0 off shift", "{on_shift: 1500, off_shift: 400}").unit("kW");
        static final Section SECTION = Section.of("energy", "emission factors and the building's base load",
                ELECTRICITY_CO2, GAS_CO2, BASE_LOAD_KW);
    }

    /** A station's power_kw or gas_kw: kW per server, a number (every on-shift state) or by state. */
    static Key<Object> power(String name, String doc, String example) {
        return optional(name, either(Types.number(0, true), section(Power.SECTION)), null, doc, example).unit("kW");
    }

    static final Key<MapNode> ENERGY = optional("energy", section(Energy.SECTION), null,
            "emission factors and the building's base load; with power_kw/gas_kw: the energy table",
            "{electricity_co2_kg_per_kwh: 0.032, gas_co2_kg_per_kwh: 0.227}");
}
