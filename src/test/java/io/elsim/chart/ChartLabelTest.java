package io.elsim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.report.Report;
import io.elsim.report.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart labels show control characters escaped: a name or --vary value that reaches a chart
 * (names are refused at load time, so here the tables are built by hand) is drawn as
 * {@code \x1b}, never as the raw character, in run and sweep charts. PNG and SVG are drawn
 * from the same chart objects; the SVG text and the datasets are what can be read back.
 */
class ChartLabelTest {
    static final String ESC_NAME = "a\u001b[2Jb";
    static final String OSC_NAME = "evil\u001b]0;title\u0007";
    static final String BIDI_NAME = "x\u202eyz";

    /** The table with every "name" cell replaced in turn by the hostile names. */
    static Table renamed(Table t, List<String> names) {
        Table out = new Table(t.name(), t.columns());
        int at = t.columns().indexOf("name");
        for (int r = 0; r < t.size(); r++) {
            Object[] row = t.rows().get(r).clone();
            if (at >= 0) row[at] = names.get(r % names.size());
            out.addRow(row);
        }
        return out;
    }

    static Report hostile() {
        List<Table> tables = new ArrayList<>();
        for (Table t : RunChartTest.report.tables()) {
            tables.add(t.name().equals("summary") ? renamed(t, List.of(OSC_NAME))
                    : t.name().equals("stations") ? renamed(t, List.of(ESC_NAME, BIDI_NAME, "paint")) : t);
        }
        return new Report(tables, RunChartTest.report.config(), "test");
    }

    static void assertNoControlCharacters(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                || (c >= 0x7f && c <= 0x9f) || c == 0x202e)).as("control characters in the chart text").isEmpty();
    }

    @Test
    void runChartLabelsAndTitlesShowControlCharactersEscaped(@TempDir Path dir) throws Exception {
        RunChartTest.run();
        Report report = hostile();
        DefaultCategoryDataset d = RunChart.stationStates(report.table("stations").orElseThrow());
        assertThat(d.getColumnKeys()).containsExactly("a\\x1b[2Jb", "x\\u202eyz", "paint");

        Path svg = dir.resolve("run.svg");
        RunChart.write(svg, report, RunChartTest.series, List.of());
        String text = Files.readString(svg);
        assertNoControlCharacters(text);
        assertThat(text).contains("a\\x1b[2Jb", "evil\\x1b]0;title\\x07: station states");
        // and it is still well-formed XML (raw C0 characters are not allowed in XML 1.0)
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());

        Path png = dir.resolve("run.png");
        RunChart.write(png, report, RunChartTest.series, List.of());
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void sweepChartLabelsShowControlCharactersEscaped(@TempDir Path dir) throws Exception {
        Table t = new Table("sweep", List.of("scenario", "label\u001b[1m", "takt", "throughput_per_hour",
                "throughput_per_hour_ci95", "build_time_p90_h", "build_time_p90_h_ci95", "labour_hours_per_vehicle",
                "labour_hours_per_vehicle_ci95", "wip_mean", "wip_mean_ci95", "replications"));
        t.addRow(0L, ESC_NAME, "50s\u0007", 29.2, 0.5, 2.3, 0.6, 9.2, 0.1, 53.0, 8.0, 3L);
        t.addRow(1L, "=1+2", "50s\u0007", 27.9, 1.1, 2.0, 0.4, 9.6, 0.4, 44.6, 6.7, 3L);
        List<String> keys = List.of("label\u001b[1m", "takt");
        DefaultStatisticalCategoryDataset d = SweepChart.dataset(t, keys, "throughput_per_hour");
        assertThat(d.getColumnKeys()).containsExactly("a\\x1b[2Jb", "=1+2");
        assertThat(d.getRowKeys()).containsExactly("takt=50s\\x07");

        Path svg = dir.resolve("sweep.svg");
        SweepChart.write(svg, t, keys, List.of());
        String text = Files.readString(svg);
        assertNoControlCharacters(text);
        assertThat(text).contains("a\\x1b[2Jb", "label\\x1b[1m", "takt=50s\\x07");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }
}
