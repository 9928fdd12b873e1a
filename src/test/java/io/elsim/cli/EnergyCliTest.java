package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Energy through the command line: every format, --table energy, replications, targets, sweeps. */
class EnergyCliTest {
    static final String YAML = """
            name: energy cli
            seed: 4
            horizon: 2d
            release: {takt: 60s}
            energy: {electricity_co2_kg_per_kwh: 0.03, base_load_kw: 100}
            stations:
              - {name: a, cycle: {exponential: {mean: 50s}}, power_kw: {working: 10, idle: 2}}
            """;

    static Path config(Path dir, String yaml) throws Exception {
        Path p = dir.resolve("line.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void the_energy_table_in_csv_and_json(@TempDir Path dir) throws Exception {
        Path p = config(dir, YAML);
        Cli csv = Cli.run("run", "-q", p.toString(), "--format", "csv", "--table", "energy");
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,electricity_kwh,gas_kwh,kwh_per_vehicle,idle_kwh_share,co2_kg");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("a,");
        // base load: 100 kW x 48 h, 24/7 so all on shift; CO2 at 0.03 kg/kWh
        assertThat(lines.get(2)).startsWith("base,4800,0,").endsWith(",0,144");
        Cli json = Cli.run("run", "-q", p.toString(), "--format", "json");
        assertThat(json.out()).contains("\"energy\": [", "\"base_load_kw\": {", "\"energy_kwh_per_vehicle\"", "\"power_kw\"");
    }

    @Test
    void replications_give_half_widths_and_targets_judge_the_mean(@TempDir Path dir) throws Exception {
        Path p = config(dir, YAML + "targets: {energy_kwh_per_vehicle: \"<= 1\", co2_kg_per_vehicle: \"<= 1\"}\n");
        Cli run = Cli.run("run", "-q", p.toString(), "--replications", "3", "--format", "csv", "--table", "summary");
        assertThat(run.exit()).as("energy_kwh_per_vehicle is about 2.2 > 1: exit 3").isEqualTo(3);
        String header = run.out().lines().findFirst().orElseThrow();
        assertThat(header).contains("energy_kwh_per_vehicle,energy_kwh_per_vehicle_ci95",
                "production_co2_kg_per_vehicle,production_co2_kg_per_vehicle_ci95", "co2_kg_per_vehicle,co2_kg_per_vehicle_ci95");
        Cli targets = Cli.run("run", "-q", p.toString(), "--table", "targets", "--format", "csv");
        assertThat(targets.out()).contains("energy_kwh_per_vehicle,<= 1,").contains(",false", ",true");
    }

    @Test
    void a_sweep_varies_energy_keys_and_reports_the_fields(@TempDir Path dir) throws Exception {
        Path p = config(dir, YAML);
        Cli sweep = Cli.run("sweep", "-q", p.toString(), "--vary", "energy.base_load_kw=0,100", "--format", "csv");
        assertThat(sweep.exit()).isZero();
        List<String> lines = sweep.out().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int field = header.indexOf("energy_kwh_per_vehicle");
        int vehicles = header.indexOf("vehicles_completed");
        assertThat(field).isPositive();
        double without = Double.parseDouble(lines.get(1).split(",")[field]);
        double with = Double.parseDouble(lines.get(2).split(",")[field]);
        // same seed, same simulation: the difference is the base load, 100 kW x 48 h per vehicle
        double n = Double.parseDouble(lines.get(2).split(",")[vehicles]);
        assertThat(with - without).isCloseTo(4800 / n, org.assertj.core.api.Assertions.within(1e-9));
    }
}
