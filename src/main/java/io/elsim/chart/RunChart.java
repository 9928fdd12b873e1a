package io.elsim.chart;

import io.elsim.energy.PowerSeries;
import io.elsim.experiment.LineReport;
import io.elsim.line.RunSeries;
import io.elsim.line.StationStats;
import io.elsim.model.LineSpec;
import io.elsim.model.Printable;
import io.elsim.model.TargetSpec;
import io.elsim.report.Report;
import io.elsim.report.StateBar;
import io.elsim.report.Table;
import io.elsim.stats.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The chart of one run ({@code elsim run --chart FILE}): three panels stacked in one image,
 * <ol>
 *   <li>station states: one horizontal stacked bar per station, the state fractions of the
 *       stations table over <b>on-shift</b> time (same order and colours as the terminal bars;
 *       off-shift time would otherwise fill half the bars of a two-shift plant), the run's
 *       bottleneck marked in its label;</li>
 *   <li>build time: histogram of the build times (hours) with the summary's p50 and p90 marked,
 *       and the config's build-time targets;</li>
 *   <li>output per hour over the measured period, x in days since simulated time 0 (a Monday),
 *       so shifts, nights and weekends show, with the per-hour targets as lines;</li>
 *   <li>when the config models energy, power per hour on the same x axis, stacked by the
 *       largest stations, the other stations and the base load.</li>
 * </ol>
 * The datasets are built by public methods from the report and the {@link RunSeries}, so tests
 * can compare them with the tables. With replications the tables hold means and the series
 * pools the runs (mean output per hour, all build times).
 */
public final class RunChart {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 1500;
    /** Height of the power panel, added below the others when energy is modelled. */
    static final int POWER_HEIGHT = 450;
    static final int HISTOGRAM_BINS = 50;
    static final double TAIL_PERCENTILE = 99;

    private RunChart() { }

    /** Writes the image ({@code .png} or {@code .svg}) of {@code report} and {@code series}. */
    public static void write(Path file, Report report, RunSeries series, Collection<Path> inputs) throws IOException {
        ChartFile.headless();
        List<ChartFile.Panel> panels = new ArrayList<>(List.of(
                new ChartFile.Panel(stateChart(report), new Rectangle2D.Double(0, 0, WIDTH, 600)),
                new ChartFile.Panel(buildTimeChart(report, series), new Rectangle2D.Double(0, 600, WIDTH, 450)),
                new ChartFile.Panel(outputChart(report, series), new Rectangle2D.Double(0, 1050, WIDTH, 450))));
        int height = HEIGHT;
        if (series.power() != null) {
            panels.add(new ChartFile.Panel(powerChart(report, series), new Rectangle2D.Double(0, HEIGHT, WIDTH,
                    POWER_HEIGHT)));
            height += POWER_HEIGHT;
        }
        ChartFile.write(file, WIDTH, height, panels, inputs);
    }

    // --- datasets ---

    /** Rows: the seven states (labels as in the terminal legend); columns: the stations in line order. */
    public static DefaultCategoryDataset stationStates(Table stations) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int k = 0; k < StateBar.COLUMNS.size(); k++) {
            for (int r = 0; r < stations.size(); r++) {
                double f = stations.getDouble(r, StateBar.COLUMNS.get(k));
                d.addValue(Double.isFinite(f) ? f : 0, StateBar.LABELS.get(k), stationLabel(stations, r));
            }
        }
        return d;
    }

    /** What the chart adds to a station's name when it is the run's bottleneck. */
    public static final String BOTTLENECK_MARK = "  \u25c0 bottleneck";

    /**
     * The state fractions over on-shift time: each of the six on-shift states divided by
     * (1 − off_shift_frac), so a station's bar fills the time its shifts ran. Columns are the
     * station names, the run's bottleneck with {@link #BOTTLENECK_MARK}.
     */
    public static DefaultCategoryDataset stationStatesOnShift(Table stations, Object bottleneck) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        int offShift = StateBar.COLUMNS.size() - 1;
        for (int k = 0; k < offShift; k++) {
            for (int r = 0; r < stations.size(); r++) {
                double off = stations.getDouble(r, StateBar.COLUMNS.get(offShift));
                double on = 1 - (Double.isFinite(off) ? off : 0);
                double f = stations.getDouble(r, StateBar.COLUMNS.get(k));
                Object raw = stations.get(r, "name");
                String name = stationLabel(stations, r);
                if (raw.equals(bottleneck)) name += BOTTLENECK_MARK;
                d.addValue(Double.isFinite(f) && on > 0 ? f / on : 0, StateBar.LABELS.get(k), name);
            }
        }
        return d;
    }

    /** The build-time histogram in hours: one item per bin, x from the bin's lower to upper edge, y its count. */
    public static XYIntervalSeriesCollection buildTimes(RunSeries series) {
        Histogram h = histogram(series);
        double[] e = h.edges();
        long[] c = h.counts();
        XYIntervalSeries s = new XYIntervalSeries("vehicles");
        for (int i = 0; i < c.length; i++) s.add((e[i] + e[i + 1]) / 2, e[i], e[i + 1], c[i], 0, c[i]);
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        d.addSeries(s);
        return d;
    }

    /** Bins up to the 99th percentile; the last bin also holds the slowest 1 % (a weekend's stragglers). */
    static Histogram histogram(RunSeries series) {
        return series.buildTimes().histogram(HISTOGRAM_BINS, series.buildTimes().at(TAIL_PERCENTILE)).scaled(1 / 3600.0);
    }

    /**
     * Vehicles completed per hour, one item per output bucket: x spans the bucket in days since
     * simulated time 0, y is the bucket's count divided by its length in hours.
     */
    public static XYIntervalSeriesCollection outputPerHour(RunSeries series) {
        double[] out = series.output();
        double bucketH = series.bucketSeconds() / 3600;
        XYIntervalSeries s = new XYIntervalSeries("vehicles per hour");
        for (int i = 0; i < out.length; i++) {
            double from = (series.startSeconds() + i * series.bucketSeconds()) / 86400;
            double to = from + series.bucketSeconds() / 86400;
            double y = out[i] / bucketH;
            s.add((from + to) / 2, from, to, y, 0, y);
        }
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        d.addSeries(s);
        return d;
    }

    /**
     * Power per hour, one series per group of consumers in {@link PowerSeries#names()} order:
     * x is the bucket's middle in days since simulated time 0, y its mean kW; the dataset's
     * interval width is the bucket, so the stacked bars tile the period.
     */
    public static DefaultTableXYDataset powerPerHour(RunSeries series) {
        PowerSeries power = series.power();
        DefaultTableXYDataset d = new DefaultTableXYDataset();
        for (int k = 0; k < power.names().size(); k++) {
            XYSeries s = new XYSeries(label(power.names().get(k)), false, false);
            double[] kw = power.kw()[k];
            for (int i = 0; i < kw.length; i++) {
                double from = (series.startSeconds() + i * series.bucketSeconds()) / 86400;
                s.add(from + series.bucketSeconds() / 86400 / 2, kw[i], false);
            }
            d.addSeries(s);
        }
        d.setIntervalWidth(series.bucketSeconds() / 86400);
        return d;
    }

    /** The p50 and p90 build times (hours) of the summary table: where the histogram's marks go. */
    public static double[] buildTimeMarks(Report report) {
        Table summary = report.table("summary").orElseThrow();
        return new double[] {summary.getDouble(0, "build_time_p50_h"), summary.getDouble(0, "build_time_p90_h")};
    }

    // --- panels ---

    static JFreeChart stateChart(Report report) {
        Table stations = report.table("stations").orElseThrow();
        Object bottleneck = report.table("summary").orElseThrow().hasColumn("bottleneck")
                ? report.table("summary").orElseThrow().get(0, "bottleneck") : null;
        JFreeChart chart = ChartFactory.createStackedBarChart(title(report, "station states (on-shift time)"), null,
                "share of on-shift time (off-shift time left out: see off_shift_frac)",
                stationStatesOnShift(stations, bottleneck), PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.08);
        for (int k = 0; k < Palette.STATES.length; k++) r.setSeriesPaint(k, Palette.STATES[k]);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1);
        range.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(Locale.ROOT));
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static JFreeChart buildTimeChart(Report report, RunSeries series) {
        String title = "build time (release to end of line); the last bar also holds the slowest 1 %, up to "
                + hours(series.buildTimes().max() / 3600);
        JFreeChart chart = ChartFactory.createXYBarChart(title, "hours", false,
                "vehicles", buildTimes(series), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer r = flatBars(plot, Palette.BARS);
        r.setDrawBarOutline(true);
        r.setSeriesOutlinePaint(0, Color.WHITE);
        double[] marks = buildTimeMarks(report);
        Histogram h = histogram(series);
        double lo = h.edges()[0];
        double hi = h.edges()[h.edges().length - 1];
        mark(plot, marks[0], "p50 " + hours(marks[0]), Palette.P50, lo, hi, 0);
        mark(plot, marks[1], "p90 " + hours(marks[1]), Palette.P90, lo, hi, 1);
        int row = 2;
        for (TargetSpec t : targets(report)) {
            if (t.field().startsWith("build_time_") && t.field().endsWith("_h") && t.value() >= lo && t.value() <= hi) {
                mark(plot, t.value(), "target " + t.field() + " " + t.text(), Palette.TARGET, lo, hi, row++);
            }
        }
        style(chart);
        return chart;
    }

    /** The fields whose targets the output panel draws: both are vehicles per hour, its axis. */
    static final List<String> PER_HOUR_TARGETS = List.of("throughput_per_hour", "jph_on_shift");

    /** The config's targets, when the report carries its config. */
    static List<TargetSpec> targets(Report report) {
        return report.config() instanceof LineSpec spec && spec.targets() != null ? spec.targets() : List.of();
    }

    /** Plain bars of one colour: JFreeChart's default gradient and shadow read as data. */
    private static XYBarRenderer flatBars(XYPlot plot, Paint paint) {
        XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, paint);
        return r;
    }

    static JFreeChart outputChart(Report report, RunSeries series) {
        String unit = series.bucketSeconds() == 3600 ? "per hour"
                : String.format(Locale.ROOT, "per hour (mean over %.0f h)", series.bucketSeconds() / 3600);
        String title = "output " + unit + (series.replications() > 1 ? ", mean of " + series.replications()
                + " replications" : "");
        JFreeChart chart = ChartFactory.createXYBarChart(title, "day (0 = Monday 00:00 of week 1)", false,
                "vehicles per hour", outputPerHour(series), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        flatBars(plot, Palette.STATES[0]);
        Table summary = report.table("summary").orElseThrow();
        double mean = summary.getDouble(0, "throughput_per_hour");
        if (Double.isFinite(mean)) {
            ValueMarker m = new ValueMarker(mean, Color.DARK_GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
            m.setLabel("mean " + String.format(Locale.ROOT, "%.1f", mean) + " per hour");
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
        }
        for (TargetSpec t : targets(report)) {
            if (!PER_HOUR_TARGETS.contains(t.field())) continue;
            ValueMarker m = new ValueMarker(t.value(), Palette.TARGET, new BasicStroke(2f));
            m.setLabel("target " + t.field() + " " + t.text());
            m.setLabelPaint(Palette.TARGET);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m);
        }
        style(chart);
        return chart;
    }

    static JFreeChart powerChart(Report report, RunSeries series) {
        String title = "power per hour (electricity + gas, kW)" + (series.replications() > 1 ? ", mean of "
                + series.replications() + " replications" : "");
        NumberAxis x = new NumberAxis("day (0 = Monday 00:00 of week 1)");
        x.setAutoRangeIncludesZero(false);
        StackedXYBarRenderer r = new StackedXYBarRenderer(0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        List<String> names = series.power().names();
        for (int k = 0, own = 0; k < names.size(); k++) {
            String n = names.get(k);
            r.setSeriesPaint(k, n.equals(PowerSeries.BASE_LOAD) ? Palette.BASE_LOAD
                    : n.equals(PowerSeries.OTHER_STATIONS) ? Palette.OTHER_CONSUMERS
                    : Palette.CONSUMERS[own++ % Palette.CONSUMERS.length]);
        }
        XYPlot plot = new XYPlot(powerPerHour(series), x, new NumberAxis("kW"), r);
        JFreeChart chart = new JFreeChart(title(report, title), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        Table summary = report.table("summary").orElseThrow();
        double perVehicle = summary.hasColumn("energy_kwh_per_vehicle")
                ? summary.getDouble(0, "energy_kwh_per_vehicle") : Double.NaN;
        if (Double.isFinite(perVehicle)) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(String.format(Locale.ROOT,
                    "%.1f kWh per vehicle; stacked: the stations of highest rated power, the others, the base load",
                    perVehicle)));
        }
        style(chart);
        return chart;
    }

    /**
     * A vertical line at {@code x} with its label on the side where the plot has room: to the right
     * of a line in the left half of the axis [lo, hi], to the left of one in the right half, so a
     * label is never cut at the plot's edge. Each label gets its own {@code row}, so labels on
     * the same side do not overlap.
     */
    private static void mark(XYPlot plot, double x, String label, Color colour, double lo, double hi, int row) {
        if (!Double.isFinite(x)) return;
        ValueMarker m = new ValueMarker(x, colour, new BasicStroke(2f));
        boolean right = labelGoesRight(x, lo, hi);
        m.setLabel(right ? " " + label : label + " ");
        m.setLabelPaint(colour);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(4 + 18 * row, 2, 2, 2));
        plot.addDomainMarker(m);
    }

    /** Whether a line at {@code x} on the axis [lo, hi] has its label on its right (left half). */
    static boolean labelGoesRight(double x, double lo, double hi) {
        return !(hi > lo) || x < lo + (hi - lo) / 2;
    }

    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.2f h", h);
    }

    private static String title(Report report, String what) {
        Table summary = report.table("summary").orElseThrow();
        Object name = summary.hasColumn("name") ? summary.get(0, "name") : null;
        return name == null ? what : label(name) + ": " + what;
    }

    /** A name or value as a chart shows it: control characters escaped, like the terminal tables. */
    /**
     * A station's category on the state charts: its name, prefixed by its feeder's name for a
     * feeder's station ("pack-line: pack-test"), so that the rows read grouped by line.
     */
    static String stationLabel(Table stations, int r) {
        Object line = stations.hasColumn("line") ? stations.get(r, "line") : null;
        String name = label(stations.get(r, "name"));
        return line == null || StationStats.MAIN_LINE.equals(line) ? name : label(line) + ": " + name;
    }

    static String label(Object text) {
        return Printable.escape(String.valueOf(text));
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xf7, 0xf7, 0xf7));
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Color.LIGHT_GRAY);
            xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
        } else if (chart.getPlot() instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(Color.LIGHT_GRAY);
            if (cp.getRenderer() instanceof BarRenderer br) br.setItemMargin(0);
        }
    }
}
