package io.elsim.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code elsim run a.yaml b.yaml}: one row per plant plus a cluster row; plant targets gate the exit code. */
class ClusterRunTest {
    @TempDir Path dir;

    private Path plant(String file, String target) throws IOException {
        Path p = dir.resolve(file);
        Files.writeString(p, """
                horizon: 1d
                release: {takt: 60s}
                calendar:
                  weeks_per_year: 50
                  shifts: [{days: Mon-Fri, from: "06:00", to: "14:00"}]
                stations:
                  - {name: a, cycle: {exponential: {mean: 40s}}}
                  - {name: b, cycle: 50s, buffer: 2}
                """ + (target == null ? "" : "targets: {output_per_day: \"" + target + "\"}\n"));
        return p;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void summary_has_one_row_per_plant_and_a_cluster_row_that_sums_them() throws IOException {
        Cli r = Cli.run("run", plant("north.yaml", null).toString(), plant("south.yaml", null).toString(),
                "--format", "csv", "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).extracting(x -> x.get("plant")).containsExactly("north", "south", "cluster");
        for (String field : List.of("vehicles_completed", "output_per_week", "output_per_day", "annual_output")) {
            double sum = Double.parseDouble(rows.get(0).get(field)) + Double.parseDouble(rows.get(1).get(field));
            assertThat(Double.parseDouble(rows.get(2).get(field))).as(field).isCloseTo(sum, within(1e-6 * sum));
        }
        // one shift a day, five days: output_per_day = output_per_week / 5
        assertThat(Double.parseDouble(rows.get(0).get("output_per_day")))
                .isCloseTo(Double.parseDouble(rows.get(0).get("output_per_week")) / 5, within(1e-9));
    }

    @Test
    void other_tables_gain_a_plant_column_and_the_cluster_table_compares_with_the_targets() throws IOException {
        Path a = plant("a.yaml", null);
        Path b = plant("b.yaml", null);
        Cli stations = Cli.run("run", a.toString(), b.toString(), "--format", "csv", "--table", "stations");
        assertThat(csv(stations.out())).extracting(x -> x.get("plant") + "/" + x.get("name"))
                .containsExactly("a/a", "a/b", "b/a", "b/b");
        Cli cluster = Cli.run("run", a.toString(), b.toString(), "--format", "csv", "--table", "cluster");
        List<CSVRecord> rows = csv(cluster.out());
        assertThat(rows).extracting(x -> x.get("target_annual_output")).containsExactly("400000", "1000000");
        assertThat(rows.get(0).get("met")).isEqualTo("false");
    }

    @Test
    void a_missed_target_of_any_plant_gives_exit_code_3() throws IOException {
        Cli ok = Cli.run("run", plant("a.yaml", ">= 1").toString(), plant("b.yaml", ">= 1").toString());
        assertThat(ok.exit()).isZero();
        Cli missed = Cli.run("run", plant("a.yaml", ">= 1").toString(), plant("b.yaml", ">= 100000").toString());
        assertThat(missed.exit()).isEqualTo(3);
        assertThat(missed.err()).contains("target missed");
    }

    @Test
    void a_bad_config_among_several_is_a_config_error() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "stations: []\nnope: 1\n");
        assertThat(Cli.run("run", plant("a.yaml", null).toString(), bad.toString()).exit()).isEqualTo(2);
    }

    @Test
    void json_config_holds_each_plant() throws IOException {
        Cli r = Cli.run("run", plant("a.yaml", null).toString(), plant("b.yaml", null).toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"config\": {\n    \"a\": {").contains("\"cluster\"");
    }
}
