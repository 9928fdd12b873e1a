package io.elsim.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.config.ConfigLoader;
import io.elsim.line.Line;
import io.elsim.experiment.LineReport;
import io.elsim.line.RunSeries;
import io.elsim.model.LineSpec;
import io.elsim.report.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Energy and CO2 of deterministic lines, against figures worked out by hand in the comments.
 * Each test names the deliberate bug (mutant) it is there to catch.
 */
class EnergyHandCalculationTest {

    static LineSpec load(String yaml) throws Exception {
        return ConfigLoader.load("test.yaml", yaml, List.of()).spec();
    }

    static Line run(LineSpec spec) {
        Line line = new Line(spec, 0);
        line.run();
        return line;
    }

    static Table table(Line line, String name) {
        return LineReport.tables(line).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static int row(Table t, String name) {
        for (int r = 0; r < t.size(); r++) if (name.equals(t.get(r, "name"))) return r;
        throw new AssertionError("no row " + name + " in " + t.name());
    }

    static double energy(Line line, String station, String column) {
        Table t = table(line, "energy");
        return t.getDouble(row(t, station), column);
    }

    /**
     * Station a (30 s, calendar-basis failures every 540 s + 60 s repair, both constant) feeds
     * b (600 s, no buffer); release unlimited; Mon-Fri 06:00-22:00; one week measured from
     * Monday 00:00. Failures fall at 540 s mod 600 s (the clock runs off shift too), b takes a
     * vehicle at 30 s mod 600 s, and each off-shift gap is whole hours, so every on-shift
     * 600 s window from b's take-over is: a works 30 s, is blocked 480 s, down 60 s, blocked
     * 30 s. By hand, per day (57,600 s on shift):
     * <ul>
     *   <li>Monday (a starts empty at 06:00: two vehicles back to back, then 94 windows and a
     *       570 s tail cut by the shift end): working 60 + 94x30 + 30 = 2,910 s; blocked 510 +
     *       94x510 + 480 = 48,930 s; down 60 + 94x60 + 60 = 5,760 s;</li>
     *   <li>Tuesday to Friday (b resumes its frozen cycle with 30 s left, a blocked meanwhile,
     *       then 95 windows and a 570 s tail): working 96x30 = 2,880 s; blocked 30 + 95x510 + 480
     *       = 48,960 s; down 5,760 s;</li>
     *   <li>off shift: 604,800 - 5x57,600 = 316,800 s.</li>
     * </ul>
     * Week: working 14,430 s, blocked 244,770 s, down 28,800 s, off shift 316,800 s.
     */
    static final String TWO_STATIONS = """
            horizon: 1w
            calendar: {shifts: [{days: Mon-Fri, from: "06:00", to: "22:00"}]}
            stations:
              - name: a
                cycle: 30s
                failures: {mtbf: {uniform: {min: 540s, max: 540s}}, mttr: {uniform: {min: 60s, max: 60s}}, basis: calendar}
                power_kw: %s
              - name: b
                cycle: 600s
            """;

    static double stationKwh(String power) throws Exception {
        return energy(run(load(TWO_STATIONS.formatted(power))), "a", "electricity_kwh");
    }

    /**
     * Each state alone at 1 kW gives its hours. Catches: blocked booked as working or as
     * down (working-only and idle-only figures change), down defaulting to working instead of
     * idle, off_shift defaulting to anything but 0, setup/down/idle swapped in the sum.
     */
    @Test
    void a_deterministic_station_by_state_to_the_kwh() throws Exception {
        assertThat(stationKwh("{working: 1, idle: 0}")).isCloseTo(14_430 / 3600.0, within(1e-9));
        assertThat(stationKwh("{working: 0, idle: 1, down: 0}")).isCloseTo(244_770 / 3600.0, within(1e-9));
        assertThat(stationKwh("{working: 0, down: 1}")).isCloseTo(28_800 / 3600.0, within(1e-9));
        assertThat(stationKwh("{working: 0, off_shift: 1}")).isCloseTo(316_800 / 3600.0, within(1e-9));
        // the defaults: idle = working, down = idle, off shift 0
        assertThat(stationKwh("{working: 10, idle: 4}"))
                .isCloseTo((10 * 14_430 + 4 * (244_770 + 28_800)) / 3600.0, within(1e-9));
        // a bare number: every on-shift state, 0 off shift
        assertThat(stationKwh("7")).isCloseTo(7 * (604_800 - 316_800) / 3600.0, within(1e-9));
        // all four at once: 416.05 kWh; idle share = everything but working
        Line line = run(load(TWO_STATIONS.formatted("{working: 10, idle: 4, down: 2, off_shift: 1}")));
        double kwh = (10 * 14_430 + 4 * 244_770 + 2 * 28_800 + 316_800) / 3600.0;
        assertThat(energy(line, "a", "electricity_kwh")).isCloseTo(kwh, within(1e-9)).isCloseTo(416.05, within(1e-9));
        assertThat(energy(line, "a", "idle_kwh_share")).isCloseTo(1 - 10 * 14_430 / 3600.0 / kwh, within(1e-12));
        assertThat(energy(line, "a", "gas_kwh")).isZero();
        assertThat(table(line, "energy").size()).as("b has no power figures, and there is no base row").isEqualTo(1);
    }

    /**
     * Base load over Mon-Fri 06:00-22:00 plus Sat 06:00-14:00, measured from Thursday 00:00
     * (warm-up 3 d) for 10 days, to Sunday 00:00 of week 2. On shift: Thu 16 + Fri 16 + Sat 8
     * + Mon-Fri 80 + Sat 8 = 128 h; off shift 240 - 128 = 112 h. Base = 1,000 x 128 + 250 x 112
     * = 156,000 kWh, 28,000 of it off shift. Catches: the base load charged at the on-shift
     * rate all the time (240,000), off-shift time taken from the whole run instead of the
     * measured period, the weekend shift ignored.
     */
    @Test
    void base_load_over_shifts_and_a_weekend() throws Exception {
        String yaml = """
                warmup: 3d
                horizon: 10d
                calendar:
                  shifts:
                    - {days: Mon-Fri, from: "06:00", to: "22:00"}
                    - {days: Sat, from: "06:00", to: "14:00"}
                energy: {electricity_co2_kg_per_kwh: 0.03, base_load_kw: %s}
                stations: [{name: a, cycle: 60s}]
                """;
        Line line = run(load(yaml.formatted("{on_shift: 1000, off_shift: 250}")));
        assertThat(energy(line, "base", "electricity_kwh")).isCloseTo(156_000, within(1e-6));
        assertThat(energy(line, "base", "idle_kwh_share")).isCloseTo(28_000 / 156_000.0, within(1e-12));
        assertThat(energy(line, "base", "co2_kg")).isCloseTo(156_000 * 0.03, within(1e-6));
        // a bare number is the on-shift load only
        assertThat(energy(run(load(yaml.formatted("1000"))), "base", "electricity_kwh")).isCloseTo(128_000, within(1e-6));
        // the chart's hourly series holds the same energy, hour by hour
        RunSeries series = RunSeries.of(line);
        double[] base = series.power().kw()[series.power().names().indexOf("base load")];
        assertThat(base).hasSize(240);
        double sum = 0;
        for (double kw : base) sum += kw;
        assertThat(sum).isCloseTo(156_000, within(1e-6));
        assertThat(base[0]).as("Thursday 00:00-01:00, off shift").isEqualTo(250);
        assertThat(base[6]).as("Thursday 06:00-07:00, on shift").isEqualTo(1000);
    }

    /**
     * An oven of 45 places, 40 min each, fed one body every 60 s, 24/7: once full, exactly 40
     * places are busy and 5 idle at every moment. Measured 24 h after a warm-up of 3,630 s
     * (off the event grid, so exactly 1,440 bodies complete). Per place: 20 kW working, 15 kW
     * idle; gas 40 kW in both. Electricity = (40 x 20 + 5 x 15) x 24 = 21,000 kWh; gas = 45 x
     * 40 x 24 = 43,200 kWh. Catches: power not multiplied by the number of servers (466.7 and
     * 960), state fractions used without the servers, gas added to electricity's column.
     */
    static final String OVEN = """
            warmup: 3630s
            horizon: 24h
            release: {takt: 60s}
            energy: {electricity_co2_kg_per_kwh: 0.03, gas_co2_kg_per_kwh: 0.227}
            stations:
              - name: oven
                cycle: 40min
                servers: 45
                power_kw: {working: 20, idle: 15}
                gas_kw: 40
            """;

    @Test
    void a_many_server_oven() throws Exception {
        Line line = run(load(OVEN));
        assertThat(energy(line, "oven", "electricity_kwh")).isCloseTo(21_000, within(1e-6));
        assertThat(energy(line, "oven", "gas_kwh")).isCloseTo(43_200, within(1e-6));
        assertThat(energy(line, "oven", "idle_kwh_share")).isCloseTo((5 * 15 + 5 * 40) * 24 / 64_200.0, within(1e-12));
        assertThat(energy(line, "oven", "kwh_per_vehicle")).isCloseTo(64_200 / 1440.0, within(1e-9));
        Table summary = table(line, "summary");
        assertThat(summary.get(0, "vehicles_completed")).isEqualTo(1440L);
        assertThat(summary.getDouble(0, "energy_kwh_per_vehicle")).isCloseTo(64_200 / 1440.0, within(1e-9));
        // the hourly series: 875 kW of electricity + 1,800 kW of gas in every hour
        for (double kw : RunSeries.of(line).power().total()) assertThat(kw).isCloseTo(2675, within(1e-9));
    }

    /**
     * CO2 of the oven: 21,000 kWh x 0.03 + 43,200 kWh x 0.227 = 630 + 9,806.4 = 10,436.4 kg,
     * 7.2475 kg per vehicle over 1,440. With a supplier 100 km away the total per vehicle is
     * that plus the summary's inbound figure. Catches: the two factors swapped (13,608 kg), the
     * gas factor applied to all energy, the inbound part left out of co2_kg_per_vehicle or
     * counted twice.
     */
    @Test
    void co2_is_electricity_and_gas_by_their_factors_plus_inbound() throws Exception {
        String withSupplier = OVEN + """
                parts: [{name: tray, station: oven, stock: {initial: 200, capacity: 400}}]
                suppliers:
                  - {name: trays, distance_km: 100, parts: [tray], truck: {capacity: 100, speed_kmh: 50},
                     policy: {reorder_point: 150, order_quantity: 100}}
                """;
        Line line = run(load(withSupplier));
        assertThat(energy(line, "oven", "co2_kg")).isCloseTo(10_436.4, within(1e-6));
        Table summary = table(line, "summary");
        assertThat(summary.get(0, "vehicles_completed")).as("the supplier keeps up").isEqualTo(1440L);
        double production = summary.getDouble(0, "production_co2_kg_per_vehicle");
        assertThat(production).isCloseTo(10_436.4 / 1440, within(1e-9));
        double inbound = summary.getDouble(0, "inbound_co2_kg_per_vehicle");
        assertThat(inbound).isPositive();
        assertThat(summary.getDouble(0, "co2_kg_per_vehicle")).isCloseTo(production + inbound, within(1e-12));
        // without suppliers the total is the production figure
        Table alone = table(run(load(OVEN)), "summary");
        assertThat(alone.getDouble(0, "co2_kg_per_vehicle")).isCloseTo(10_436.4 / 1440, within(1e-9));
    }

    /** Without power figures nothing changes: no energy table, empty energy fields. */
    @Test
    void a_line_without_power_figures_has_no_energy_table() throws Exception {
        Line line = run(load("stations: [{name: a, cycle: 60s}]\n"));
        assertThat(LineReport.tables(line)).noneMatch(t -> t.name().equals("energy"));
        Table summary = table(line, "summary");
        for (String f : EnergyAccount.SUMMARY_FIELDS) assertThat(summary.getDouble(0, f)).as(f).isNaN();
        assertThat(RunSeries.of(line).power()).isNull();
    }

    /**
     * Power figures change no simulated figure: the same config with and without them gives
     * the same stations table and events count (the meter's readings are not model events).
     * Catches a meter that flushes state in a way that books time twice, or counts its own
     * readings as events.
     */
    @Test
    void power_figures_do_not_change_the_simulation() throws Exception {
        String plain = TWO_STATIONS.replace("    power_kw: %s\n", "");
        Line without = run(load(plain));
        Line with = run(load(TWO_STATIONS.formatted("{working: 10, idle: 4, down: 2, off_shift: 1}")));
        assertThat(with.events()).isEqualTo(without.events());
        Table a = table(without, "stations");
        Table b = table(with, "stations");
        for (int r = 0; r < a.size(); r++) assertThat(b.rows().get(r)).containsExactly(a.rows().get(r));
    }
}
