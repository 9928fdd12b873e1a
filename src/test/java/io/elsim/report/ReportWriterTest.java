package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportWriterTest {

    private static String write(Report report, Format format, String table) throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(report, format, table, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sameReportGivesIdenticalOutput(Format format) throws IOException {
        // two separately built reports: nothing may depend on identity or hash order
        assertThat(write(SampleReports.report(), format, null))
                .isEqualTo(write(SampleReports.report(), format, null))
                .isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void leavesTheCallersStreamOpen(Format format) throws IOException {
        // the CLI writes to stdout, which must stay usable after the report
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override public void close() { closed[0] = true; }
        };
        ReportWriter.write(SampleReports.report(), format, null, out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void csvDefaultsToSummary() throws IOException {
        assertThat(write(SampleReports.report(), Format.CSV, null)).startsWith("vehicles_completed,");
        assertThat(write(SampleReports.report(), Format.CSV, "stations")).startsWith("name,servers,");
    }

    @Test
    void tableFormatWithNamePrintsOnlyThatTable() throws IOException {
        String all = write(SampleReports.report(), Format.TABLE, null);
        String one = write(SampleReports.report(), Format.TABLE, "stations");
        assertThat(all).startsWith("summary\n").contains("\nstations\n");
        assertThat(one).startsWith("stations\n").doesNotContain("summary");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void unknownTableListsValidNames(Format format) {
        assertThatThrownBy(() -> write(SampleReports.report(), format, "station"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'station'")
                .hasMessageContaining("summary, stations");
    }

    @Test
    void csvWithoutSummaryNeedsATableName() {
        Report report = new Report(List.of(SampleReports.stations()), null, "x");
        assertThatThrownBy(() -> write(report, Format.CSV, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stations");
    }

    @Test
    void formatParsesCaseInsensitively() {
        assertThat(Format.parse("Json")).isEqualTo(Format.JSON);
        assertThatThrownBy(() -> Format.parse("xml")).hasMessageContaining("table, csv, json");
    }
}
