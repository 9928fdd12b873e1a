package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

    private static String csv(Table table) throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter().write(table, out);
        return out.toString();
    }

    private static CSVParser parse(String text) throws IOException {
        return CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    @Test
    void readsBackWithSameHeaderRowsAndValues() throws IOException {
        Table stations = SampleReports.stations();
        try (CSVParser parser = parse(csv(stations))) {
            assertThat(parser.getHeaderNames()).isEqualTo(stations.columns());
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(stations.size());
            for (int r = 0; r < stations.size(); r++) {
                Object[] row = stations.rows().get(r);
                assertThat(records.get(r).get("name")).isEqualTo(row[0]);
                assertThat(Integer.parseInt(records.get(r).get("servers"))).isEqualTo(row[1]);
                for (String col : List.of("working_frac", "mean_cycle_s")) {
                    assertThat(Double.parseDouble(records.get(r).get(col))).isEqualTo(stations.getDouble(r, col));
                }
            }
            assertThat(records.get(1).get("blocked_frac")).as("NaN").isEmpty();
        }
    }

    @Test
    void booleansNullsAndPlainNumbers() throws IOException {
        String text = csv(SampleReports.summary());
        try (CSVParser parser = parse(text)) {
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("targets_met")).isEqualTo("true");
            assertThat(row.get("wip_mean")).isEmpty();
            assertThat(row.get("annual_output")).isEqualTo("431004.3");
            assertThat(row.get("vehicles_completed")).isEqualTo("40320");
        }
    }

    @Test
    void usesCrlfAndQuotesOnlyWhenNeeded() throws IOException {
        Table t = new Table("t", List.of("name", "x")).addRow("a,b \"c\"", 1.5e-7).addRow("plain", 2L);
        String text = csv(t);
        assertThat(text).isEqualTo("name,x\r\n\"a,b \"\"c\"\"\",1.5E-7\r\nplain,2\r\n");
        try (CSVParser parser = parse(text)) {
            assertThat(parser.getRecords().get(0).get("name")).isEqualTo("a,b \"c\"");
        }
    }
}
