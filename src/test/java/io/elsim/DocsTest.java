package io.elsim;

import io.elsim.config.ConfigLoader;
import io.elsim.config.DistributionKinds;
import io.elsim.config.Key;
import io.elsim.config.Keys;
import io.elsim.config.Section;
import io.elsim.experiment.LineReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The user docs stay true: every key and report field is documented, the README's config loads. */
class DocsTest {

    @Test
    void every_config_key_is_in_the_config_reference() throws IOException {
        String doc = Files.readString(Path.of("docs/config-reference.md"));
        for (Section s : Keys.all()) {
            for (Key<?> k : s.keys()) {
                assertThat(doc).as("key %s of %s", k.name(), s.name()).containsPattern("\\b" + k.name() + "\\b");
            }
        }
        for (String dist : DistributionKinds.names()) assertThat(doc).contains("{" + dist + ":");
    }

    @Test
    void every_report_field_is_in_the_reports_doc() throws IOException {
        String doc = Files.readString(Path.of("docs/reports.md"));
        Stream.of(LineReport.SUMMARY_COLUMNS, LineReport.STATION_COLUMNS, LineReport.BUFFER_COLUMNS,
                        LineReport.PRODUCT_COLUMNS, LineReport.TARGET_COLUMNS, LineReport.PART_COLUMNS,
                        LineReport.SUPPLIER_COLUMNS, LineReport.ENERGY_COLUMNS, LineReport.FEEDER_COLUMNS)
                .flatMap(List::stream)
                .forEach(field -> assertThat(doc).as(field).contains("`" + field + "`"));
    }

    @Test
    void the_readme_config_example_is_valid() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n") + 8;
        String yaml = readme.substring(start, readme.indexOf("```", start));
        var loaded = ConfigLoader.load("README.md", yaml, List.of());
        assertThat(loaded.spec().stations()).hasSize(3);
    }

    @Test
    void the_readme_report_is_what_elsim_run_prints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\nsummary\n") + 4;
        String block = readme.substring(start, readme.indexOf("```", start));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(io.elsim.cli.Main.execute("run", "-q")).isZero();
        } finally {
            System.setOut(old);
        }
        List<String> printed = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        for (String line : block.lines().toList()) {
            if (!line.equals("...")) assertThat(printed).as("README line").contains(line);
        }
    }
}
