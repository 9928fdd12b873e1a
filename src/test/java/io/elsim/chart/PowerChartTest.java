package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.line.RunSeries;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run chart's power panel: its hours hold the energy table's energy, and it appears only with energy. */
class PowerChartTest {
    /** Eight powered stations: six drawn on their own (by rated power), two as "other stations". */
    static final String YAML = """
            name: power chart line
            seed: 3
            horizon: 2d
            warmup: 5h
            calendar: {shifts: [{days: Mon-Fri, from: "06:00", to: "22:00"}]}
            release: {takt: 60s}
            energy: {electricity_co2_kg_per_kwh: 0.03, gas_co2_kg_per_kwh: 0.227, base_load_kw: {on_shift: 300, off_shift: 100}}
            stations:
              - {name: s1, cycle: {exponential: {mean: 40s}}, power_kw: 1}
              - {name: s2, cycle: 40s, buffer: 2, power_kw: 2, failures: {mtbf: 1h, mttr: 5min}}
              - {name: s3, cycle: 40s, buffer: 2, power_kw: {working: 3, idle: 1, off_shift: 0.5}}
              - {name: oven, cycle: 30min, servers: 40, buffer: 2, power_kw: {working: 20, idle: 15}, gas_kw: 40}
              - {name: s5, cycle: 40s, buffer: 2, power_kw: 5}
              - {name: s6, cycle: 40s, buffer: 2, power_kw: 6}
              - {name: s7, cycle: 40s, buffer: 2, power_kw: 7}
              - {name: s8, cycle: 55s, buffer: 2, power_kw: {working: 8, idle: 2}}
            """;

    static double tableKwh(Table energy) {
        double kwh = 0;
        for (int r = 0; r < energy.size(); r++) {
            kwh += energy.getDouble(r, "electricity_kwh") + energy.getDouble(r, "gas_kwh");
        }
        return kwh;
    }

    /**
     * Σ over hours of the stacked kW equals the table's kWh, replication mean included.
     * Catches a meter that misses the last hour, double-counts an hour, or reads the state
     * time before flushing the servers (the series would fall short of the table).
     */
    @Test
    void the_hours_hold_the_energy_of_the_table() throws Exception {
        LineSpec spec = ConfigLoader.load("power.yaml", YAML, List.of()).spec();
        try (Replicator r = new Replicator(2, Long.MAX_VALUE, null).keepSeries()) {
            Replicator.Result result = r.replicate(spec, Stopping.fixed(3));
            Table energy = result.tables().stream().filter(t -> t.name().equals("energy")).findFirst().orElseThrow();
            RunSeries series = result.series();
            assertThat(series.power().replications()).isEqualTo(3);
            assertThat(series.power().names()).containsExactly("oven", "s8", "s7", "s6", "s5", "s3",
                    "other stations", "base load");
            DefaultTableXYDataset d = RunChart.powerPerHour(series);
            assertThat(d.getSeriesCount()).isEqualTo(8);
            assertThat(d.getItemCount()).isEqualTo(48);
            double kwh = 0;
            for (int s = 0; s < d.getSeriesCount(); s++) {
                for (int i = 0; i < d.getItemCount(); i++) kwh += d.getYValue(s, i); // 1 h buckets
            }
            assertThat(kwh).isCloseTo(tableKwh(energy), within(1e-6 * kwh));
            assertThat(d.getXValue(0, 0)).as("the first hour after the 5 h warm-up").isCloseTo(5.5 / 24, within(1e-12));
        }
    }

    @Test
    void the_image_gains_a_panel_only_with_energy(@TempDir Path dir) throws Exception {
        LineSpec spec = ConfigLoader.load("power.yaml", YAML, List.of()).spec();
        try (Replicator r = new Replicator(1, Long.MAX_VALUE, null).keepSeries()) {
            Replicator.Result result = r.replicate(spec, Stopping.fixed(1));
            Path png = dir.resolve("power.png");
            RunChart.write(png, new Report(result.tables(), spec, "test"), result.series(), List.of());
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getHeight()).isEqualTo(RunChart.HEIGHT + RunChart.POWER_HEIGHT);
        }
        LineSpec plain = ConfigLoader.load("plain.yaml", "stations: [{name: a, cycle: 60s}]\nhorizon: 1d\n", List.of())
                .spec();
        try (Replicator r = new Replicator(1, Long.MAX_VALUE, null).keepSeries()) {
            Replicator.Result result = r.replicate(plain, Stopping.fixed(1));
            Path png = dir.resolve("plain.png");
            RunChart.write(png, new Report(result.tables(), plain, "test"), result.series(), List.of());
            assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(RunChart.HEIGHT);
        }
    }
}
