package io.elsim.chart;

import io.elsim.model.Units;
import io.elsim.report.TypedValue;
import io.elsim.report.Table;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The chart of a sweep ({@code elsim sweep --chart FILE}): one panel per summary field, two
 * panels a row ({@link #FIELDS} by default, {@code --chart-field} to choose), each plotting the
 * field's mean against the values of the first varied key, with the 95 % confidence interval
 * ({@code _ci95}) as error bars. When every value of that key is a number or a duration, the
 * x axis is numeric (0, 1, 2, 3, 5, 8 are spaced as numbers, durations in a common unit);
 * otherwise the values are categories in scenario order. With more than one varied key, each
 * combination of the others is its own line.
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
        write(file, sweep, keys, FIELDS, inputs);
    }

    /** As {@link #write(Path, Table, List, Collection)}, plotting {@code fields}: two a row, one alone spans the width. */
    public static void write(Path file, Table sweep, List<String> keys, List<String> fields, Collection<Path> inputs)
            throws IOException {
        ChartFile.headless();
        List<ChartFile.Panel> panels = new ArrayList<>();
        int columns = fields.size() == 1 ? 1 : 2;
        int rows = (fields.size() + columns - 1) / columns;
        double w = WIDTH / (double) columns;
        double h = rows <= 2 ? HEIGHT / 2.0 : HEIGHT / (double) rows;
        for (int i = 0; i < fields.size(); i++) {
            Rectangle2D area = new Rectangle2D.Double((i % columns) * w, (i / columns) * h, w, h);
            panels.add(new ChartFile.Panel(panel(sweep, keys, fields.get(i)), area));
        }
        ChartFile.write(file, WIDTH, (int) Math.round(h * rows), panels, inputs);
    }

    /**
     * How a numeric key is drawn: each value divided by {@code divisor}, the axis named with
     * {@code unit}; null when some value of the key is not a number or duration.
     */
    public record Scale(double divisor, String unit) { }

    public static Scale numericScale(Table sweep, String key) {
        boolean durations = false;
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < sweep.size(); r++) {
            Object v = sweep.get(r, key);
            Object typed = v instanceof String text ? TypedValue.of(text) : v;
            if (!(typed instanceof Number n) || typed instanceof Boolean) return null;
            durations |= v instanceof String text && TypedValue.isDuration(text);
            smallest = Math.min(smallest, Math.abs(n.doubleValue()));
        }
        if (!durations) return new Scale(1, "");
        // the largest unit in which every value is at least 1 (zero aside)
        double[] seconds = {Units.WEEK, Units.DAY, Units.HOUR, 60, 1};
        String[] names = {"weeks", "days", "hours", "minutes", "seconds"};
        for (int i = 0; i < seconds.length; i++) {
            if (smallest >= seconds[i] || (smallest == 0 && i == seconds.length - 1)) return new Scale(seconds[i], names[i]);
        }
        return new Scale(1, "seconds");
    }

    /** The field's means against the first key's values as numbers, with the CI half-widths as y intervals. */
    public static YIntervalSeriesCollection numericDataset(Table sweep, List<String> keys, String field, Scale scale) {
        java.util.Map<String, YIntervalSeries> series = new java.util.LinkedHashMap<>();
        String ci = field + "_ci95";
        for (int r = 0; r < sweep.size(); r++) {
            Object v = sweep.get(r, keys.get(0));
            Number typed = (Number) (v instanceof String text ? TypedValue.of(text) : v);
            List<String> rest = new ArrayList<>();
            for (int k = 1; k < keys.size(); k++) rest.add(RunChart.label(keys.get(k) + "=" + sweep.get(r, keys.get(k))));
            String name = rest.isEmpty() ? field : String.join(", ", rest);
            double mean = sweep.getDouble(r, field);
            double half = sweep.hasColumn(ci) ? sweep.getDouble(r, ci) : Double.NaN;
            if (!Double.isFinite(half)) half = 0;
            if (!Double.isFinite(mean)) continue;
            series.computeIfAbsent(name, n -> new YIntervalSeries(n, true, false))
                    .add(typed.doubleValue() / scale.divisor(), mean, mean - half, mean + half);
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        series.values().forEach(d::addSeries);
        return d;
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
        Scale scale = numericScale(sweep, keys.get(0));
        if (scale != null) return numericPanel(sweep, keys, field, scale);
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

    static JFreeChart numericPanel(Table sweep, List<String> keys, String field, Scale scale) {
        NumberAxis x = new NumberAxis(RunChart.label(keys.get(0)) + (scale.unit().isEmpty() ? "" : " (" + scale.unit() + ")"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(field);
        y.setAutoRangeIncludesZero(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        XYPlot plot = new XYPlot(numericDataset(sweep, keys, field, scale), x, y, r);
        JFreeChart chart = new JFreeChart(field + " (mean ± 95 % CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, keys.size() > 1);
        RunChart.style(chart);
        return chart;
    }
}
