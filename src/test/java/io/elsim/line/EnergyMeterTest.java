package io.elsim.line;

import io.elsim.energy.PowerSeries;
import io.elsim.engine.Simulator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The chart's power series (EnergyMeter) on deterministic lines: which stations get a series of
 * their own, and the mean kW of each bucket, the last one shorter, by hand.
 */
class EnergyMeterTest {
    static final double EPS = 1e-9;

    static PowerSeries series(String yaml) {
        return FeederHandCalculationTest.run(yaml).powerSeries();
    }

    /**
     * Rated power = servers × (electricity + gas while working): a 1 × 13 = 13 kW, b 2 × (4 + 3)
     * = 14 kW, c 3 × 4 = 12 kW, d 1 × 1 = 1 kW (gas only). The series go by rating: b, a, c, d,
     * whatever the order of the list.
     */
    @Test
    void stations_are_ranked_by_servers_times_working_power_and_gas() {
        PowerSeries s = series("""
                release: {takt: 60s}
                horizon: 1h
                stations:
                  - {name: a, cycle: 10s, power_kw: {working: 13, idle: 0}}
                  - {name: b, cycle: 10s, servers: 2, power_kw: {working: 4, idle: 0}, gas_kw: {working: 3, idle: 0}}
                  - {name: c, cycle: 10s, servers: 3, power_kw: {working: 4, idle: 0}}
                  - {name: d, cycle: 10s, gas_kw: {working: 1, idle: 0}}
                """);
        assertThat(s.names()).containsExactly("b", "a", "c", "d");
    }

    static String stations(int n) {
        StringBuilder b = new StringBuilder("release: {takt: 60s}\nhorizon: 1h\nstations:\n");
        for (int i = 1; i <= n; i++) {
            b.append("  - {name: s").append(i).append(", cycle: 30s, power_kw: {working: ").append(10 - i)
                    .append(", idle: 0}}\n");
        }
        return b.toString();
    }

    /**
     * Six stations each get a series; a seventh, the smallest, goes into "other stations". Station
     * 7 (3 kW working) starts vehicle k at 60k + 180 s for 30 s: in the first hour k = 0 … 56,
     * 1,710 s, so 1.425 kWh, a mean of 1.425 kW.
     */
    @Test
    void six_stations_have_their_own_series_and_a_seventh_goes_into_the_others() {
        assertThat(series(stations(6)).names()).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        PowerSeries seven = series(stations(7));
        assertThat(seven.names()).containsExactly("s1", "s2", "s3", "s4", "s5", "s6", PowerSeries.OTHER_STATIONS);
        assertThat(seven.kw()[6]).hasSize(1);
        assertThat(seven.kw()[6][0]).isCloseTo(3 * 1710 / 3600.0, within(EPS));
    }

    /**
     * One station of 30 s drawing 10 kW while working, nothing idle, a vehicle every 60 s, over
     * 1.5 h: hour 1 holds 60 cycles (30 min working, 5 kWh, 5 kW), the last half hour 30 cycles
     * (15 min, 2.5 kWh over 0.5 h: again 5 kW). The energy table's total is 7.5 kWh.
     */
    @Test
    void the_last_bucket_is_shorter_and_averaged_over_its_own_length() {
        Line line = FeederHandCalculationTest.run("""
                release: {takt: 60s}
                horizon: 5400s
                stations:
                  - {name: s, cycle: 30s, power_kw: {working: 10, idle: 0}}
                """);
        PowerSeries s = line.powerSeries();
        assertThat(s.names()).containsExactly("s");
        assertThat(s.kw()[0]).containsExactly(new double[] {5, 5}, within(EPS));
        assertThat(line.energyAccount().table(line.sink().completed()).getDouble(0, "electricity_kwh"))
                .isCloseTo(7.5, within(EPS));
    }

    /**
     * Waiting for parts is idle: 4 wheels on hand, 5 a vehicle, and the stock position (4) never
     * falls to the reorder point (2), so the first vehicle waits on the station's server for
     * the whole hour. At 2 kW idle that is 2 kWh, a mean of 2 kW.
     */
    @Test
    void waiting_for_parts_draws_idle_power() {
        Line line = FeederHandCalculationTest.run("""
                release: {takt: 60s}
                horizon: 1h
                stations:
                  - {name: s, cycle: 30s, buffer: unlimited, power_kw: {working: 0, idle: 2}}
                parts:
                  - {name: wheel, station: s, per_vehicle: 5, stock: {initial: 4, capacity: 8}}
                suppliers:
                  - {name: tyres, distance_km: 10, parts: [wheel], truck: {capacity: 4}, policy: {reorder_point: 2, order_quantity: 4}}
                """);
        assertThat(line.stations().get(0).stateSeconds(ServerState.STARVED_PARTS)).isCloseTo(3600, within(EPS));
        assertThat(line.powerSeries().kw()[0]).containsExactly(new double[] {2}, within(EPS));
        assertThat(line.energyAccount().table(line.sink().completed()).getDouble(0, "electricity_kwh"))
                .isCloseTo(2, within(EPS));
    }

    /**
     * A vehicle every 10⁶ s and 100 h of readings: after the release at 0 and the station's
     * completion at 30 s only the hourly readings are left, so a budget of 5 events trips on
     * the fourth reading, at 4 h, and names its owner.
     */
    @Test
    void the_meter_names_itself_as_the_owner_of_its_readings() {
        Line line = new Line(FeederHandCalculationTest.spec("""
                release: {takt: 1000000s}
                horizon: 100h
                stations:
                  - {name: s, cycle: 30s, power_kw: 10}
                """), 0);
        line.setMaxEvents(5);
        assertThatThrownBy(line::run).isInstanceOfSatisfying(Simulator.EventLimitExceeded.class, e -> {
            assertThat(e.getMessage()).startsWith("more than 5 events by simulated time 14400.0 s");
            assertThat(e.event().owner()).isEqualTo("the energy meter");
        });
    }
}
