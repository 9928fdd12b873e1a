package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static String text(Table... tables) throws IOException {
        StringWriter out = new StringWriter();
        new TextReportWriter().write(List.of(tables), out);
        return out.toString();
    }

    @Test
    void oneRowTablePrintsAsFieldValueList() throws IOException {
        // field names padded to the longest (19), then two blanks, then values: numbers
        // right-aligned to the widest number (6), text from the start of the value column
        assertThat(text(SampleReports.summary())).isEqualTo(String.join("\n",
                "summary",
                "  vehicles_completed    40320",
                "  throughput_per_hour   60.00",
                "  working_frac         0.8523",
                "  annual_output        431004",
                "  bottleneck           paint-oven",
                "  targets_met          yes",
                "  wip_mean             -",
                ""));
    }

    @Test
    void multiRowTableAlignsColumnsAndRightAlignsNumbers() throws IOException {
        Table t = new Table("stations", List.of("name", "servers", "working_frac"))
                .addRow("framing", 1, 0.8523)
                .addRow("paint-oven", 40, 1.0)
                .addRow("trim-1", 2, Double.NaN);
        String out = text(t);
        assertThat(out).isEqualTo("""
                stations
                name        servers  working_frac
                ----------  -------  ------------
                framing           1        0.8523
                paint-oven       40         1.000
                trim-1            2             -
                """);
        List<String> lines = out.lines().skip(1).toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSize(lines.get(0).length()));
    }

    @Test
    void tablesAreSeparatedByABlankLineAndLinesHaveNoTrailingBlanks() throws IOException {
        String out = text(SampleReports.summary(), SampleReports.stations());
        assertThat(out).contains("wip_mean             -\n\nstations\n");
        assertThat(out.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void emptyTablePrintsHeaderAndRule() throws IOException {
        assertThat(text(new Table("targets", List.of("name", "met")))).isEqualTo("targets\nname  met\n----  ---\n");
    }
}
