package io.elsim.chart;

import io.elsim.report.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The chart of a sweep ({@code elsim sweep --chart FILE}): four panels in a 2 × 2 grid, one per
 * key summary field ({@link #FIELDS}), each plotting the field's mean against the values of the
 * first varied key, with the 95 % confidence interval ({@code _ci95}) as error bars. With more
 * than one varied key, each combination of the others is its own line.
 */
public final class SweepChart {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 900;
    /** The fields plotted: output, build time, labour productivity, work in process. */
    public static final List<String> FIELDS = List.of(
            "throughput_per_hour", "build_time_p90_h", "labour_hours_per_vehicle", "wip_mean");

    private SweepChart() { }

    /**
     * @param sweep the sweep table (scenario, the varied keys, the aggregated summary fields)
     * @param keys  the varied keys, in --vary order
     */
    public static void write(Path file, Table sweep, List<String> keys, Collection<Path> inputs) throws IOException {
        ChartFile.headless();
        List<ChartFile.Panel> panels = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            Rectangle2D area = new Rectangle2D.Double((i % 2) * WIDTH / 2.0, (i / 2) * HEIGHT / 2.0, WIDTH / 2.0, HEIGHT / 2.0);
            panels.add(new ChartFile.Panel(panel(sweep, keys, FIELDS.get(i)), area));
        }
        ChartFile.write(file, WIDTH, HEIGHT, panels, inputs);
    }

    /**
     * Means and CI half-widths of {@code field}: columns are the first key's values (in the order
     * of the scenarios), rows the combinations of the other keys ("k=v, …", or the field name when
     * only one key varies). The "standard deviation" slot of the dataset holds the CI half-width
     * (0 when there was a single replication).
     */
    public static DefaultStatisticalCategoryDataset dataset(Table sweep, List<String> keys, String field) {
        DefaultStatisticalCategoryDataset d = new DefaultStatisticalCategoryDataset();
        String ci = field + "_ci95";
        for (int r = 0; r < sweep.size(); r++) {
            String x = RunChart.label(sweep.get(r, keys.get(0)));
            List<String> rest = new ArrayList<>();
            for (int k = 1; k < keys.size(); k++) rest.add(RunChart.label(keys.get(k) + "=" + sweep.get(r, keys.get(k))));
            String series = rest.isEmpty() ? field : String.join(", ", rest);
            double mean = sweep.getDouble(r, field);
            double half = sweep.hasColumn(ci) ? sweep.getDouble(r, ci) : Double.NaN;
            d.add(Double.isFinite(mean) ? (Number) mean : null, (Number) (Double.isFinite(half) ? half : 0.0), series, x);
        }
        return d;
    }

    static JFreeChart panel(Table sweep, List<String> keys, String field) {
        CategoryAxis x = new CategoryAxis(RunChart.label(keys.get(0)));
        if (sweep.size() > 6) x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis(field);
        y.setAutoRangeIncludesZero(false);
        StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(true, true);
        r.setErrorIndicatorStroke(new BasicStroke(1.5f));
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        CategoryPlot plot = new CategoryPlot(dataset(sweep, keys, field), x, y, r);
        JFreeChart chart = new JFreeChart(field + " (mean ± 95 % CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, keys.size() > 1);
        RunChart.style(chart);
        return chart;
    }
}
