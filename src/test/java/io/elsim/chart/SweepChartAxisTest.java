package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.report.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numeric --vary values on a numeric axis; the fields plotted chosen with --chart-field. */
class SweepChartAxisTest {
    static Table sweep(String key, String... values) {
        Table t = new Table("sweep", List.of("scenario", key, "throughput_per_hour", "throughput_per_hour_ci95",
                "jph_on_shift", "jph_on_shift_ci95", "replications"));
        for (int i = 0; i < values.length; i++) t.addRow((long) i, values[i], 20.0 + i, 0.5, 40.0 + i, 1.0, 3L);
        return t;
    }

    @Test
    void numeric_values_are_spaced_as_numbers() {
        Table t = sweep("stations.paint.buffer", "0", "1", "2", "3", "5", "8", "12", "20");
        SweepChart.Scale scale = SweepChart.numericScale(t, "stations.paint.buffer");
        assertThat(scale).isEqualTo(new SweepChart.Scale(1, ""));
        YIntervalSeriesCollection d = SweepChart.numericDataset(t, List.of("stations.paint.buffer"), "throughput_per_hour", scale);
        assertThat(d.getItemCount(0)).isEqualTo(8);
        double[] xs = new double[8];
        for (int i = 0; i < 8; i++) xs[i] = d.getXValue(0, i);
        assertThat(xs).containsExactly(0, 1, 2, 3, 5, 8, 12, 20);
        assertThat(d.getStartYValue(0, 4)).isEqualTo(23.5); // row 4: mean 24, half-width 0.5
        assertThat(d.getEndYValue(0, 4)).isEqualTo(24.5);
        JFreeChart panel = SweepChart.panel(t, List.of("stations.paint.buffer"), "throughput_per_hour");
        assertThat(panel.getPlot()).isInstanceOf(XYPlot.class);
    }

    @Test
    void durations_share_one_unit_and_words_stay_categories() {
        Table t = sweep("horizon", "1w", "2w", "4w");
        SweepChart.Scale scale = SweepChart.numericScale(t, "horizon");
        assertThat(scale).isEqualTo(new SweepChart.Scale(604800, "weeks"));
        YIntervalSeriesCollection d = SweepChart.numericDataset(t, List.of("horizon"), "jph_on_shift", scale);
        assertThat(d.getXValue(0, 2)).isEqualTo(4.0);
        assertThat(SweepChart.numericScale(sweep("takt", "90s", "2min"), "takt")).isEqualTo(new SweepChart.Scale(60, "minutes"));
        XYPlot plot = (XYPlot) SweepChart.panel(t, List.of("horizon"), "jph_on_shift").getPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("horizon (weeks)");
        assertThat(SweepChart.numericScale(sweep("stations.paint.buffer", "3", "unlimited"), "stations.paint.buffer")).isNull();
    }

    @Test
    void chosen_fields_are_the_panels(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("one.png");
        Table t = sweep("stations.paint.servers", "1", "2", "4");
        SweepChart.write(png, t, List.of("stations.paint.servers"), List.of("jph_on_shift"), List.of());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(SweepChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SweepChart.HEIGHT / 2);
    }
}
