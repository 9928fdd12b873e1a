package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.line.RunSeries;
import io.elsim.model.LineSpec;
import io.elsim.report.Report;
import io.elsim.report.StateBar;
import io.elsim.report.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run chart's on-shift state bars, bottleneck mark, target lines and label placement. */
class RunChartMarksTest {
    static final String YAML = RunChartTest.YAML + """
            targets:
              throughput_per_hour: ">= 20"
              jph_on_shift: ">= 55"
              build_time_p90_h: "<= 30min"
              output_per_day: ">= 100"
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

    @Test
    void state_bars_cover_on_shift_time_and_mark_the_bottleneck() {
        Table stations = report.table("stations").orElseThrow();
        Object bottleneck = report.table("summary").orElseThrow().get(0, "bottleneck");
        DefaultCategoryDataset d = RunChart.stationStatesOnShift(stations, bottleneck);
        assertThat(d.getRowCount()).as("six on-shift states, no off-shift row").isEqualTo(6);
        int marked = 0;
        for (int r = 0; r < stations.size(); r++) {
            String name = (String) stations.get(r, "name");
            String column = name.equals(bottleneck) ? name + RunChart.BOTTLENECK_MARK : name;
            if (!column.equals(name)) marked++;
            double off = stations.getDouble(r, "off_shift_frac");
            // measured Mon 06:00 to Thu 06:00, shifts 06:00-22:00 on weekdays: 8 h of every 24 off shift
            assertThat(off).isCloseTo(1.0 / 3, within(1e-9));
            double sum = 0;
            for (int k = 0; k < 6; k++) {
                double v = d.getValue(StateBar.LABELS.get(k), column).doubleValue();
                assertThat(v).isCloseTo(stations.getDouble(r, StateBar.COLUMNS.get(k)) / (1 - off), within(1e-12));
                sum += v;
            }
            // the seven fractions add up to 1, so the six on-shift ones add up to 1 of on-shift time
            assertThat(sum).as(name).isCloseTo(1.0, within(1e-9));
        }
        assertThat(marked).isEqualTo(1);
        JFreeChart chart = RunChart.stateChart(report);
        assertThat(chart.getCategoryPlot().getRangeAxis().getLabel()).startsWith("share of on-shift time");
    }

    @Test
    void per_hour_targets_are_lines_on_the_output_panel_and_build_time_targets_on_the_histogram() {
        XYPlot output = RunChart.outputChart(report, series).getXYPlot();
        List<Double> lines = values(output.getRangeMarkers(Layer.FOREGROUND));
        assertThat(lines).contains(20.0, 55.0).doesNotContain(100.0);
        XYPlot hist = RunChart.buildTimeChart(report, series).getXYPlot();
        List<Double> marks = values(hist.getDomainMarkers(Layer.FOREGROUND));
        double[] p = RunChart.buildTimeMarks(report);
        assertThat(marks).contains(p[0], p[1]);
        double hi = RunChart.histogram(series).edges()[RunChart.histogram(series).edges().length - 1];
        if (0.5 <= hi) assertThat(marks).contains(0.5);
    }

    @Test
    void labels_go_to_the_side_where_the_plot_has_room() {
        assertThat(RunChart.labelGoesRight(0.35, 0.3, 10)).isTrue();
        assertThat(RunChart.labelGoesRight(9.9, 0.3, 10)).isFalse();
        XYPlot hist = RunChart.buildTimeChart(report, series).getXYPlot();
        double lo = hist.getDomainAxis().getLowerBound();
        double hi = hist.getDomainAxis().getUpperBound();
        Collection<?> markers = hist.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).isNotEmpty();
        for (Object o : markers) {
            ValueMarker m = (ValueMarker) o;
            boolean leftHalf = m.getValue() < (lo + hi) / 2;
            // text anchored at its left edge extends rightwards, into the plot, and vice versa
            assertThat(m.getLabelTextAnchor()).as(m.getLabel())
                    .isEqualTo(leftHalf ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        }
    }

    private static List<Double> values(Collection<?> markers) {
        List<Double> out = new ArrayList<>();
        if (markers == null) return out;
        for (Object o : markers) out.add(((ValueMarker) (Marker) o).getValue());
        return out;
    }
}
