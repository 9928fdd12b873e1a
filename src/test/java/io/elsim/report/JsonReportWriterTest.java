package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elsim.model.DistributionSpec;
import io.elsim.model.ReleaseSpec;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String json(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, out);
        return out.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void tablesAreArraysOfObjectsInColumnOrder() throws IOException {
        JsonNode root = MAPPER.readTree(json(SampleReports.report()));
        assertThat(fieldNames(root)).containsExactly("elsim_version", "config", "summary", "stations");
        assertThat(root.get("elsim_version").asText()).isEqualTo("0.1.0");

        JsonNode stations = root.get("stations");
        assertThat(stations.isArray()).isTrue();
        assertThat(stations).hasSize(3);
        assertThat(fieldNames(stations.get(0))).isEqualTo(SampleReports.stations().columns());
        assertThat(stations.get(0).get("name").asText()).isEqualTo("framing");
        assertThat(stations.get(1).get("servers").isIntegralNumber()).isTrue();
        assertThat(stations.get(2).get("mean_cycle_s").asDouble()).isEqualTo(58.123456789);
        assertThat(stations.get(2).get("working_frac").asDouble()).isEqualTo(1e-7);
        assertThat(stations.get(1).get("blocked_frac").isNull()).as("NaN → null").isTrue();

        JsonNode summary = root.get("summary").get(0);
        assertThat(summary.get("targets_met").isBoolean()).isTrue();
        assertThat(summary.get("wip_mean").isNull()).isTrue();
        assertThat(summary.get("bottleneck").asText()).isEqualTo("paint-oven");
    }

    @Test
    void configUsesSnakeCaseAndYamlLikeTypeWrappers() throws IOException {
        JsonNode config = MAPPER.readTree(json(SampleReports.report())).get("config");
        assertThat(config.get("name").asText()).isEqualTo("Douai");
        assertThat(config.get("calendar").get("weeks_per_year").asDouble()).isEqualTo(47);
        JsonNode shift = config.get("calendar").get("shifts").get(0);
        assertThat(shift.get("from_minute").asInt()).isEqualTo(330);
        assertThat(shift.get("days").toString()).isEqualTo("[\"monday\",\"friday\"]");
        assertThat(config.get("release").toString()).isEqualTo("{\"unlimited\":{}}");
        assertThat(config.get("sequence").toString()).isEqualTo("{\"random\":{}}");

        JsonNode framing = config.get("stations").get(0);
        assertThat(framing.get("cycle").toString()).isEqualTo("{\"constant\":{\"value\":55.0}}");
        assertThat(framing.get("failures").get("mtbf").get("exponential").get("mean").asDouble()).isEqualTo(36000);
        assertThat(framing.get("failures").get("basis").asText()).isEqualTo("busy");
        JsonNode oven = config.get("stations").get(1);
        assertThat(oven.get("cycle_by_product").get("Megane").toString())
                .as("map keys are data, not renamed; double[] is an array")
                .isEqualTo("{\"empirical\":{\"values\":[1.0,2.5]}}");
        assertThat(oven.has("cycleByProduct")).isFalse();
        // accessors that are not record components (mean(), availability()) stay out
        assertThat(fieldNames(oven.get("cycle").get("triangular"))).containsExactly("min", "mode", "max");
        assertThat(framing.get("failures").has("availability")).isFalse();
    }

    record Plan(String planName, DistributionSpec stepTime, ReleaseSpec releaseRule, Set<DayOfWeek> workDays) { }

    @Test
    void recordWithSealedInterfaceAndEnumSetSerialises() throws IOException {
        var plan = new Plan("p", new DistributionSpec.Lognormal(58, 0.08), new ReleaseSpec.Takt(60),
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY));
        JsonNode config = MAPPER.readTree(json(new Report(List.of(), plan, "x"))).get("config");
        assertThat(config.toString()).isEqualTo("{\"plan_name\":\"p\","
                + "\"step_time\":{\"lognormal\":{\"mean\":58.0,\"cv\":0.08}},"
                + "\"release_rule\":{\"takt\":{\"seconds\":60.0}},"
                + "\"work_days\":[\"tuesday\",\"sunday\"]}");
    }

    @Test
    void singleTableOmitsConfig() throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(SampleReports.report(), Format.JSON, "stations", out);
        JsonNode root = MAPPER.readTree(out.toString());
        assertThat(fieldNames(root)).containsExactly("elsim_version", "stations");
    }

    @Test
    void prettyPrintedWithUnixNewlines() throws IOException {
        String text = json(SampleReports.report());
        assertThat(text).startsWith("{\n  \"elsim_version\": \"0.1.0\",\n  \"config\": {\n");
        assertThat(text).doesNotContain("\r").endsWith("}\n");
        // a table is an array of one object per row, each on its own lines, two spaces a level
        assertThat(text).contains("  \"stations\": [\n    {\n      \"name\": \"framing\",\n      \"servers\": 1,\n");
        assertThat(text).contains("\"mean_cycle_s\": 55\n    },\n    {\n      \"name\": \"paint-oven\",");
    }
}
