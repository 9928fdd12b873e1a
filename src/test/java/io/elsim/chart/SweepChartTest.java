package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.report.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepChartTest {
    static Table sweep() {
        Table t = new Table("sweep", List.of("scenario", "servers", "takt", "throughput_per_hour",
                "throughput_per_hour_ci95", "build_time_p90_h", "build_time_p90_h_ci95", "labour_hours_per_vehicle",
                "labour_hours_per_vehicle_ci95", "wip_mean", "wip_mean_ci95", "replications"));
        t.addRow(0L, "1", "50s", 29.2, 0.5, 2.3, 0.6, 9.2, 0.1, 53.0, 8.0, 3L);
        t.addRow(1L, "1", "60s", 27.9, 1.1, 2.0, 0.4, 9.6, 0.4, 44.6, 6.7, 3L);
        t.addRow(2L, "2", "50s", 29.3, 0.4, 2.0, 0.4, 9.1, 0.1, 48.2, 3.4, 3L);
        t.addRow(3L, "2", "60s", 27.8, Double.NaN, 1.8, 0.2, 9.7, 0.4, 41.2, 5.8, 3L);
        return t;
    }

    @Test
    void datasetHoldsTheMeansAndHalfWidthsByFirstKeyAndTheOthers() {
        DefaultStatisticalCategoryDataset d = SweepChart.dataset(sweep(), List.of("servers", "takt"), "throughput_per_hour");
        assertThat(d.getRowKeys()).containsExactly("takt=50s", "takt=60s");
        assertThat(d.getColumnKeys()).containsExactly("1", "2");
        assertThat(d.getMeanValue("takt=60s", "1").doubleValue()).isEqualTo(27.9);
        assertThat(d.getStdDevValue("takt=60s", "1").doubleValue()).isEqualTo(1.1);
        assertThat(d.getStdDevValue("takt=60s", "2").doubleValue()).as("no CI: no bar").isZero();
        DefaultStatisticalCategoryDataset one = SweepChart.dataset(sweep(), List.of("takt"), "wip_mean");
        assertThat(one.getRowKeys()).containsExactly("wip_mean");
    }

    @Test
    void pngOfTheStatedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("sweep.png");
        SweepChart.write(png, sweep(), List.of("servers", "takt"), List.of());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(SweepChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SweepChart.HEIGHT);
    }
}
