package io.elsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.report.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster row's energy and CO2 per vehicle: total over total, i.e. weighted by each plant's output. */
class ClusterEnergyTest {

    static Table summary(String name, double perWeek, double kwh, double co2) {
        Table t = new Table("summary", List.of("name", "output_per_week", "annual_output", "output_per_day",
                "energy_kwh_per_vehicle", "production_co2_kg_per_vehicle", "co2_kg_per_vehicle"));
        t.addRow(name, perWeek, perWeek * 47, perWeek / 5, kwh, co2, co2 + 5);
        return t;
    }

    /**
     * 4,000 vehicles at 600 kWh and 1,000 at 500 kWh: 2,900,000 kWh / 5,000 = 580 kWh, not the
     * plain mean 550 nor the sum 1,100. Catches the per-vehicle fields summed like volumes or
     * left out of the cluster row.
     */
    @Test
    void per_vehicle_energy_is_weighted_by_output() {
        var report = Cluster.report(List.of(
                new Cluster.Plant("douai", null, List.of(summary("d", 4000, 600, 70))),
                new Cluster.Plant("maubeuge", null, List.of(summary("m", 1000, 500, 60)))), "test");
        Table s = report.table("summary").orElseThrow();
        assertThat(s.get(2, "plant")).isEqualTo("cluster");
        assertThat(s.getDouble(2, "energy_kwh_per_vehicle")).isCloseTo(580, within(1e-9));
        assertThat(s.getDouble(2, "production_co2_kg_per_vehicle")).isCloseTo(68, within(1e-9));
        assertThat(s.getDouble(2, "co2_kg_per_vehicle")).isCloseTo(73, within(1e-9));
    }
}
