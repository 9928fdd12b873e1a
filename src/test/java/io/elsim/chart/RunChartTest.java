package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.line.RunSeries;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.StateBar;
import io.elsim.report.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class RunChartTest {
    static final String YAML = """
            name: chart test line
            seed: 8
            horizon: 3d
            warmup: 6h
            calendar:
              shifts:
                - {days: Mon-Fri, from: "06:00", to: "14:00"}
                - {days: Mon-Fri, from: "14:00", to: "22:00"}
            release: {takt: 60s}
            stations:
              - name: body
                cycle: {exponential: {mean: 50s}}
                failures: {mtbf: 2h, mttr: 5min}
              - name: paint
                cycle: {exponential: {mean: 45s}}
                buffer: 3
              - name: assembly
                cycle: 55s
                buffer: 2
            """;

    static Report report;
    static RunSeries series;

    @BeforeAll
    static void run() throws Exception {
        LineSpec spec = ConfigLoader.load("chart.yaml", YAML, List.of()).spec();
        try (Replicator r = new Replicator(1, Long.MAX_VALUE, null).keepSeries()) {
            Replicator.Result result = r.replicate(spec, Stopping.fixed(1));
            report = new Report(result.tables(), spec, "test");
            series = result.series();
        }
    }

    static Table table(String name) {
        return report.table(name).orElseThrow();
    }

    @Test
    void stateDatasetIsTheStationsTable() {
        DefaultCategoryDataset d = RunChart.stationStates(table("stations"));
        Table st = table("stations");
        assertThat(d.getColumnCount()).isEqualTo(st.size());
        for (int r = 0; r < st.size(); r++) {
            for (int k = 0; k < StateBar.COLUMNS.size(); k++) {
                assertThat(d.getValue(StateBar.LABELS.get(k), (String) st.get(r, "name")).doubleValue())
                        .isEqualTo(st.getDouble(r, StateBar.COLUMNS.get(k)));
            }
        }
    }

    @Test
    void histogramHoldsEveryVehicleAndTheMarksAreTheSummaryPercentiles() {
        XYIntervalSeriesCollection d = RunChart.buildTimes(series);
        long total = 0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            total += Math.round(d.getYValue(0, i));
            assertThat(d.getStartXValue(0, i)).isLessThan(d.getEndXValue(0, i));
        }
        long completed = (Long) table("summary").get(0, "vehicles_completed");
        assertThat(completed).isPositive();
        assertThat(total).isEqualTo(completed);
        assertThat(RunChart.buildTimeMarks(report)).containsExactly(
                table("summary").getDouble(0, "build_time_p50_h"), table("summary").getDouble(0, "build_time_p90_h"));
    }

    @Test
    void outputPerHourAddsUpToVehiclesCompletedAndShowsTheShifts() {
        XYIntervalSeriesCollection d = RunChart.outputPerHour(series);
        assertThat(d.getItemCount(0)).isEqualTo(72); // 3 days of hours
        double total = 0;
        boolean idleNight = false;
        for (int i = 0; i < d.getItemCount(0); i++) {
            total += d.getYValue(0, i); // 1-hour buckets: per hour = count
            double day = d.getStartXValue(0, i);
            double hourOfDay = (day - Math.floor(day)) * 24;
            if (hourOfDay >= 23 || hourOfDay < 5) {
                assertThat(d.getYValue(0, i)).as("night hour %s", hourOfDay).isZero();
                idleNight = true;
            }
        }
        assertThat(idleNight).isTrue();
        assertThat(d.getStartXValue(0, 0)).isEqualTo(0.25); // warm-up 6 h = day 0.25
        assertThat(total).isEqualTo(table("summary").getDouble(0, "vehicles_completed"));
        assertThat(total / 72).isCloseTo(table("summary").getDouble(0, "throughput_per_hour"), within(1e-9));
    }

    @Test
    void pngOfTheStatedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("run.png");
        RunChart.write(png, report, series, List.of());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(RunChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(RunChart.HEIGHT);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(png); // no temporary file left behind
        }
    }

    @Test
    void svgOfTheStatedSize(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("run.svg");
        RunChart.write(svg, report, series, List.of());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width").replace("px", ""))).isEqualTo(RunChart.WIDTH);
        assertThat(Double.parseDouble(root.getAttribute("height").replace("px", ""))).isEqualTo(RunChart.HEIGHT);
        assertThat(Files.readString(svg)).contains("body", "paint", "assembly", "p50", "p90");
        Path again = dir.resolve("again.svg");
        RunChart.write(again, report, series, List.of());
        assertThat(Files.readString(again)).as("reproducible").isEqualTo(Files.readString(svg));
    }

    @Test
    void otherExtensionsAreRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> RunChart.write(dir.resolve("run.jpg"), report, series, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".png or .svg");
    }

    @Test
    void replicationsPoolTheSeries() throws Exception {
        LineSpec spec = ConfigLoader.load("chart.yaml", YAML, List.of()).spec();
        try (Replicator r = new Replicator(2, Long.MAX_VALUE, null).keepSeries()) {
            Replicator.Result result = r.replicate(spec, Stopping.fixed(3));
            Table summary = result.tables().get(0);
            RunSeries pooled = result.series();
            assertThat(pooled.replications()).isEqualTo(3);
            double sum = 0;
            for (double v : pooled.output()) sum += v;
            assertThat(sum).isCloseTo(summary.getDouble(0, "vehicles_completed"), within(1e-6));
            assertThat(pooled.buildTimes().count()).isEqualTo(Math.round(3 * summary.getDouble(0, "vehicles_completed")));
        }
    }
}
