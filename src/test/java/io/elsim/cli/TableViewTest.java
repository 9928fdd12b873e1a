package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elsim.config.ConfigLoader;
import io.elsim.experiment.Aggregation;
import io.elsim.experiment.Examples;
import io.elsim.experiment.Replicator;
import io.elsim.experiment.Stopping;
import io.elsim.model.LineSpec;
import io.elsim.report.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The terminal table fits 120 characters by default; CSV and JSON keep every field; _ci95 only where a value can vary. */
class TableViewTest {
    private static final int TERMINAL = 120;

    @TempDir Path dir;

    private static int widest(String text) {
        return text.lines().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"douai", "maubeuge", "ruitz-trays", "electricity-2031", "minimal"})
    void every_bundled_example_fits_120_columns_with_and_without_replications(String name) {
        String file = "examples/" + name + ".yaml";
        Cli one = Cli.run("run", file, "--horizon", "1d", "--warmup", "0", "--no-targets", "--no-progress", "-q");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(widest(one.out())).as(name + "\n" + one.out()).isLessThanOrEqualTo(TERMINAL);
        Cli three = Cli.run("run", file, "--horizon", "1d", "--warmup", "0", "--no-targets", "--no-progress", "-q",
                "--replications", "2");
        assertThat(widest(three.out())).as(name + " with replications").isLessThanOrEqualTo(TERMINAL);
        Cli cap = Cli.run("capacity", file);
        assertThat(widest(cap.out())).as(name + " capacity").isLessThanOrEqualTo(TERMINAL);
    }

    /** capacity's stations table shares its name with the run's, not its columns: its own default view. */
    @Test
    void capacity_shows_its_own_figures_not_the_runs_view_cut_down_to_name_and_servers() {
        Cli cap = Cli.run("capacity");
        assertThat(cap.exit()).as(cap.err()).isZero();
        List<String> lines = cap.out().lines().toList();
        String header = lines.get(lines.indexOf("stations") + 1);
        assertThat(List.of(header.trim().split(" +"))).containsExactly("name", "servers", "mean_process_s",
                "capacity_per_hour", "visits_per_vehicle", "output_capacity_per_hour");
    }

    @Test
    void wide_shows_every_column_and_columns_chooses_them_in_order() {
        Cli wide = Cli.run("run", "--horizon", "1d", "--warmup", "0", "--no-targets", "-q", "--table", "stations", "--wide");
        String header = wide.out().lines().skip(1).findFirst().orElseThrow();
        Cli csv = Cli.run("run", "--horizon", "1d", "--warmup", "0", "--no-targets", "-q", "--table", "stations",
                "--format", "csv");
        List<String> fields = List.of(csv.out().lines().findFirst().orElseThrow().split(","));
        assertThat(List.of(header.split(" +"))).as("--wide: every CSV field plus the state bar")
                .containsExactlyElementsOf(withState(fields));
        assertThat(widest(wide.out())).isGreaterThan(TERMINAL);

        Cli chosen = Cli.run("run", "--horizon", "1d", "--warmup", "0", "--no-targets", "-q", "--table", "stations",
                "--columns", "working_frac,name");
        List<String> lines = chosen.out().lines().toList();
        assertThat(lines.get(1).split(" +")).containsExactly("working_frac", "name");
        assertThat(lines.get(3)).matches(" *0\\.\\d+  underbody");
        // every CSV field and the state bar, less the two chosen
        int hidden = withState(fields).size() - 2;
        assertThat(chosen.out()).contains("(" + hidden + " more columns: --wide shows all, --columns chooses;"
                + " CSV and JSON have every field)");
    }

    private static List<String> withState(List<String> fields) {
        List<String> out = new java.util.ArrayList<>(fields);
        out.add(1, "state");
        return out;
    }

    @Test
    void an_unknown_column_is_a_warning_and_a_wrong_format_an_error_before_the_run() {
        Cli unknown = Cli.run("run", "--horizon", "1d", "--columns", "name,wroking_frac", "--no-targets", "-q",
                "--table", "stations");
        assertThat(unknown.exit()).as("the finished report is not thrown away").isZero();
        assertThat(unknown.err()).contains("WARN --columns: no column wroking_frac in this report (columns: state, name,");
        assertThat(unknown.out().lines().skip(1).findFirst().orElseThrow().strip()).isEqualTo("name");
        Cli csv = Cli.run("run", "--horizon", "1d", "--wide", "--format", "csv");
        assertThat(csv.exit()).isEqualTo(2);
        assertThat(csv.err()).isEqualTo("elsim: --wide chooses the columns of the table format; CSV and JSON keep every field\n");
    }

    @Test
    void the_sweep_table_shows_the_varied_keys_and_fits() throws IOException {
        Cli r = Cli.run("sweep", "examples/minimal.yaml", "--vary", "stations.paint.servers=1,2", "--vary",
                "horizon=1h,2h", "--no-progress", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(widest(r.out())).isLessThanOrEqualTo(TERMINAL);
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow().split(" +")).startsWith(
                "scenario", "stations.paint.servers", "horizon", "throughput_per_hour");
    }

    @Test
    void sweep_json_writes_varied_numbers_as_numbers_and_durations_in_seconds() throws IOException {
        Path out = dir.resolve("s.json");
        Cli r = Cli.run("sweep", "examples/minimal.yaml", "--vary", "stations.paint.servers=1,2", "--vary",
                "horizon=1h,90min", "--vary", "stations.paint.buffer=unlimited", "--output", out.toString(),
                "--no-progress", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toFile()).get("sweep");
        assertThat(rows).hasSize(4);
        JsonNode last = rows.get(3);
        assertThat(last.get("stations.paint.servers").isIntegralNumber()).isTrue();
        assertThat(last.get("stations.paint.servers").asLong()).isEqualTo(2);
        assertThat(last.get("horizon").isNumber()).isTrue();
        assertThat(last.get("horizon").asDouble()).isEqualTo(5400.0);
        assertThat(last.get("stations.paint.buffer").asText()).isEqualTo("unlimited");
        Path csv = dir.resolve("s.csv");
        Cli c = Cli.run("sweep", "examples/minimal.yaml", "--vary", "horizon=90min", "--output", csv.toString(),
                "--no-progress", "-q");
        assertThat(c.exit()).isZero();
        assertThat(Files.readString(csv).lines().skip(1).findFirst().orElseThrow()).as("CSV keeps the value typed")
                .startsWith("0,90min,");
    }

    @Test
    void ci95_columns_exist_only_for_fields_that_vary_between_replications() throws Exception {
        Cli r = Cli.run("run", "examples/minimal.yaml", "--horizon", "2h", "--replications", "3", "--format", "csv",
                "--table", "stations", "-q", "--no-progress");
        List<String> header = List.of(r.out().lines().findFirst().orElseThrow().split(","));
        assertThat(header).contains("servers", "working_frac", "working_frac_ci95").doesNotContain("servers_ci95",
                "operators_ci95");
        Cli s = Cli.run("run", "examples/minimal.yaml", "--horizon", "2h", "--replications", "3", "--format", "csv", "-q",
                "--no-progress");
        assertThat(s.out().lines().findFirst().orElseThrow()).contains("throughput_per_hour_ci95")
                .doesNotContain("sim_seconds_ci95").doesNotContain("analytic_max_per_hour_ci95");

        // the declaration is true: in every table of the richest example, each fixed column has one value
        // across replications that differ elsewhere
        LineSpec douai = ConfigLoader.load("douai.yaml", Examples.text("douai").orElseThrow(),
                List.of("horizon=1d", "warmup=0s")).spec();
        try (Replicator replicator = new Replicator(1, 2_000_000_000L, null)) {
            List<List<Table>> runs = replicator.replicate(douai, Stopping.fixed(3)).perReplication();
            int checked = 0;
            for (int t = 0; t < runs.get(0).size(); t++) {
                Table first = runs.get(0).get(t);
                for (String column : first.columns()) {
                    if (!Aggregation.FIXED_COLUMNS.contains(column)) continue;
                    for (int row = 0; row < first.size(); row++) {
                        for (List<Table> rep : runs) {
                            assertThat(rep.get(t).get(row, column)).as(first.name() + "." + column)
                                    .isEqualTo(first.get(row, column));
                        }
                        checked++;
                    }
                }
            }
            assertThat(checked).as("fixed cells compared").isGreaterThan(30);
            assertThat(runs.get(0).get(0).get(0, "vehicles_completed"))
                    .as("the replications do differ").isNotEqualTo(runs.get(1).get(0).get(0, "vehicles_completed"));
        }
    }

    @Test
    void capacity_names_its_bottleneck_apart_from_the_runs() {
        Cli cap = Cli.run("capacity", "--format", "csv");
        assertThat(cap.out()).startsWith("capacity_bottleneck,").contains("\ntrim,");
        Cli run = Cli.run("run", "--format", "csv", "--no-targets", "-q", "--no-progress");
        List<String> header = List.of(run.out().lines().findFirst().orElseThrow().split(","));
        List<String> values = List.of(run.out().lines().skip(1).findFirst().orElseThrow().split(","));
        assertThat(values.get(header.indexOf("bottleneck"))).isEqualTo("final");
    }
}
