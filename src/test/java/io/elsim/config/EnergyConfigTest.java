package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.model.EnergySpec;
import io.elsim.model.PowerSpec;
import io.elsim.model.StationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The energy section and power_kw / gas_kw: the defaulting chain, and each mistake at its position. */
class EnergyConfigTest {

    static StationSpec station(String power) throws ConfigException {
        return ConfigLoader.load("t.yaml", "stations: [{name: a, cycle: 1, power_kw: " + power + "}]\n", List.of())
                .spec().stations().get(0);
    }

    /** Catches a chain that defaults down to working (5) instead of idle (3), or off shift to working. */
    @Test
    void missing_states_follow_the_chain() throws ConfigException {
        assertThat(station("{working: 5, idle: 3}").powerKw()).isEqualTo(new PowerSpec(5, 5, 3, 3, 0));
        assertThat(station("{working: 5}").powerKw()).isEqualTo(new PowerSpec(5, 5, 5, 5, 0));
        assertThat(station("{working: 5, setup: 9, down: 1, off_shift: 0.5}").powerKw())
                .isEqualTo(new PowerSpec(5, 9, 5, 1, 0.5));
        assertThat(station("4").powerKw()).isEqualTo(new PowerSpec(4, 4, 4, 4, 0));
    }

    @Test
    void the_energy_section_reads_factors_and_base_load() throws ConfigException {
        var spec = ConfigLoader.load("t.yaml", """
                energy:
                  electricity_co2_kg_per_kwh: 0.03
                  gas_co2_kg_per_kwh: 0.227
                  base_load_kw: {on_shift: 1500, off_shift: 400}
                stations: [{name: a, cycle: 1, gas_kw: 2}]
                """, List.of()).spec();
        assertThat(spec.energy()).isEqualTo(new EnergySpec(0.03, 0.227, 1500, 400));
        assertThat(spec.modelsEnergy()).isTrue();
        assertThat(ConfigLoader.load("t.yaml", "stations: [{name: a, cycle: 1}]", List.of()).spec().modelsEnergy())
                .isFalse();
    }

    @Test
    void negative_power_is_an_error_at_its_value() {
        assertThat(ConfigErrorsTest.only("stations:\n  - {name: a, cycle: 1, power_kw: {working: 3, idle: -1}}\n"
                + "energy: {electricity_co2_kg_per_kwh: 0.03}\n"))
                .isEqualTo("bad.yaml:2:54: stations[0].power_kw.idle: must be >= 0, got -1");
        assertThat(ConfigErrorsTest.only("stations:\n  - {name: a, cycle: 1, gas_kw: -2}\n"))
                .isEqualTo("bad.yaml:2:33: stations[0].gas_kw: must be >= 0, got -2");
        assertThat(ConfigErrorsTest.only("energy: {electricity_co2_kg_per_kwh: -0.1}\nstations: [{name: a, cycle: 1}]\n"))
                .isEqualTo("bad.yaml:1:38: energy.electricity_co2_kg_per_kwh: must be >= 0, got -0.1");
    }

    @Test
    void unknown_state_names_are_errors_at_their_key() {
        assertThat(ConfigErrorsTest.only("stations:\n  - name: a\n    cycle: 1\n    power_kw: {working: 3, idel: 1}\n"))
                .isEqualTo("bad.yaml:4:28: stations[0].power_kw: unknown power state 'idel' in station 'a'; "
                        + "did you mean 'idle'? (states: working, setup, idle, down, off_shift)");
        assertThat(ConfigErrorsTest.only("stations:\n  - name: a\n    cycle: 1\n    power_kw: {working: 3, blocked: 1}\n"))
                .isEqualTo("bad.yaml:4:28: stations[0].power_kw: 'blocked' is not a power state of its own; "
                        + "blocked, starved and starved of parts all draw the 'idle' power");
        assertThat(ConfigErrorsTest.only("stations:\n  - name: a\n    cycle: 1\n    power_kw: {idle: 1}\n"))
                .startsWith("bad.yaml:4:15: stations[0].power_kw: missing 'working' in station 'a'");
    }

    @Test
    void an_energy_section_needs_a_factor() {
        assertThat(ConfigErrorsTest.only("energy: {base_load_kw: 100}\nstations: [{name: a, cycle: 1}]\n"))
                .startsWith("bad.yaml:1:9: energy: no emission factor; give electricity_co2_kg_per_kwh");
        assertThat(ConfigErrorsTest.only("energy: {gas_co2_kg_per_kwh: 0.227, base_load_kw: 100}\n"
                + "stations: [{name: a, cycle: 1}]\n"))
                .startsWith("bad.yaml:1:9: energy: electricity_co2_kg_per_kwh is missing, but base_load_kw draws electricity");
        assertThat(ConfigErrorsTest.only("energy: {electricity_co2_kg_per_kwh: 0.03}\n"
                + "stations: [{name: a, cycle: 1}, {name: b, cycle: 1, gas_kw: 3}]\n"))
                .startsWith("bad.yaml:2:61: stations[1].gas_kw: energy.gas_co2_kg_per_kwh is missing");
        assertThat(ConfigErrorsTest.only("energy: {electricity_co2_kg_per_kwh: 0.03, base_load_kw: {on_shift: 1, offshift: 2}}\n"
                + "stations: [{name: a, cycle: 1}]\n"))
                .startsWith("bad.yaml:1:72: unknown key 'offshift' in base_load_kw; did you mean 'off_shift'?");
    }

    @Test
    void a_station_named_base_clashes_with_the_base_row_only_when_energy_is_modelled() throws ConfigException {
        assertThat(ConfigErrorsTest.only("stations: [{name: Base, cycle: 1, power_kw: 1}]\n"))
                .startsWith("bad.yaml:1:19: stations[0].name: 'Base' is the name of the energy table's base-load row");
        assertThat(ConfigLoader.load("t.yaml", "stations: [{name: base, cycle: 1}]", List.of()).spec()).isNotNull();
    }

    @Test
    void power_without_an_energy_section_warns_that_co2_is_not_reported() throws ConfigException {
        var loaded = ConfigLoader.load("t.yaml", "stations: [{name: a, cycle: 1, power_kw: 1}]", List.of());
        assertThat(loaded.warnings()).hasSize(1);
        assertThat(loaded.warnings().get(0).toString()).isEqualTo("t.yaml:1:42: stations give power_kw or gas_kw but "
                + "there is no energy section: energy is reported in kWh, without CO2");
    }
}
