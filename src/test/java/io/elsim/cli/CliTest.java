package io.elsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    private static final String SMALL = """
            name: small
            horizon: 2h
            warmup: 10min
            release: {takt: 60s}
            stations:
              - {name: a, cycle: {exponential: {mean: 40s}}}
              - {name: b, cycle: 50s, buffer: 2}
            """;

    @Test
    void run_prints_all_tables_and_exits_0() throws IOException {
        Cli r = Cli.run("run", write("small.yaml", SMALL).toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("summary", "stations", "buffers", "throughput_per_hour");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void run_without_config_simulates_the_built_in_example() {
        Cli r = Cli.run("run", "--horizon", "1d", "--warmup", "0", "--format", "csv", "--no-targets");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("name,vehicles_completed").contains("Douai");
    }

    @Test
    void same_seed_gives_byte_identical_json_and_another_seed_differs() throws IOException {
        Path cfg = write("small.yaml", SMALL);
        Cli a = Cli.run("run", cfg.toString(), "--format", "json");
        Cli b = Cli.run("run", cfg.toString(), "--format", "json");
        Cli c = Cli.run("run", cfg.toString(), "--format", "json", "--seed", "99");
        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(c.out()).isNotEqualTo(a.out());
        assertThat(a.out()).contains("\"elsim_version\"", "\"config\"", "\"summary\"", "\"stations\"");
    }

    @Test
    void csv_table_option_selects_the_table() throws IOException {
        Cli r = Cli.run("run", write("small.yaml", SMALL).toString(), "--format", "csv", "--table", "stations");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("name,line,servers,operators,processed,visits_per_vehicle,working_frac,blocked_frac,"
                + "starved_frac,starved_parts_frac,down_frac,setup_frac,off_shift_frac,failures,mean_cycle_s,"
                + "sole_bottleneck_share,shifting_bottleneck_share,active_period_share");
        assertThat(r.out().lines().count()).isEqualTo(3);
    }

    @Test
    void output_dir_writes_every_table_and_output_never_overwrites_the_config() throws IOException {
        Path cfg = write("small.yaml", SMALL);
        Cli r = Cli.run("run", cfg.toString(), "--output-dir", dir.resolve("out").toString());
        assertThat(r.exit()).isZero();
        assertThat(dir.resolve("out/summary.csv")).exists();
        assertThat(dir.resolve("out/stations.csv")).exists();
        assertThat(dir.resolve("out/buffers.csv")).exists();

        Cli clobber = Cli.run("run", cfg.toString(), "--output", cfg.toString());
        assertThat(clobber.exit()).isEqualTo(2);
        assertThat(Files.readString(cfg)).isEqualTo(SMALL);
        assertThat(clobber.err()).contains("input").doesNotContain("Exception");
    }

    @Test
    void bad_options_are_named_before_any_simulation() throws IOException {
        String cfg = write("small.yaml", SMALL).toString();
        String[][] cases = {
                {"--max-events", "0", "elsim: --max-events must be at least 1, not 0"},
                {"--table", "nosuch", "elsim: --table nosuch: no such table (tables: summary, stations, buffers,"},
                {"--horizon", "5parsecs", "elsim: --horizon 5parsecs: unknown time unit 'parsecs'"},
                {"--warmup", "2 fortnights", "elsim: --warmup 2 fortnights: unknown time unit 'fortnights'"}};
        for (String[] c : cases) {
            Cli r = Cli.run("run", cfg, c[0], c[1], "--no-progress");
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            // no "INFO ... events in" line: refused before the run
            assertThat(r.err()).as(c[0]).startsWith(c[2]).doesNotContain("events in").doesNotContain("Exception");
        }
        Cli precision = Cli.run("run", cfg, "--precision", "1%", "--max-replications", "1");
        assertThat(precision.err()).startsWith("elsim: --max-replications must be at least 2 with --precision");
        Cli below = Cli.run("run", cfg, "--replications", "5", "--max-replications", "3");
        assertThat(below.err()).startsWith("elsim: --max-replications (3) is below --replications (5)");
    }

    @Test
    void more_replications_than_the_default_maximum_need_no_extra_option() throws IOException {
        Cli r = Cli.run("run", write("small.yaml", SMALL).toString(), "--replications", "101", "--horizon", "1h",
                "--warmup", "0", "--format", "csv", "--no-progress", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.List<String> lines = r.out().lines().toList();
        int column = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("replications");
        assertThat(lines.get(1).split(",")[column]).isEqualTo("101");
    }

    @Test
    void output_to_missing_folder_is_a_usage_error() throws IOException {
        Cli r = Cli.run("run", write("small.yaml", SMALL).toString(), "--output", dir.resolve("no/such/out.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist").doesNotContain("Exception", "\tat ");
    }

    @Test
    void missed_target_exits_3_and_no_targets_skips_them() throws IOException {
        Path cfg = write("t.yaml", SMALL + """
                targets:
                  throughput_per_hour: ">= 100"
                  build_time_p90: "<= 24h"
                """);
        Cli r = Cli.run("run", cfg.toString(), "--format", "csv", "--table", "targets");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("throughput_per_hour,>= 100,").contains(",false");
        assertThat(r.out()).contains("build_time_p90_h,<= 24h,").contains(",true");
        assertThat(Cli.run("run", cfg.toString(), "--no-targets").exit()).isZero();
    }

    @Test
    void met_targets_exit_0() throws IOException {
        Path cfg = write("t.yaml", SMALL + """
                targets:
                  throughput_per_hour: "> 50"
                """);
        assertThat(Cli.run("run", cfg.toString()).exit()).isZero();
    }

    @Test
    void bad_configs_exit_2_with_position_and_no_stack_trace() throws IOException {
        String[][] cases = {
                {"unknown key", "stations:\n  - {name: a, cycle: 1s, servres: 2}\n", "2:", "did you mean 'servers'"},
                {"negative duration", "stations:\n  - {name: a, cycle: -5s}\n", "2:", "negative"},
                {"missing field", "stations:\n  - {name: a}\n", "2:", "cycle"},
                {"wrong type", "stations:\n  - {name: a, cycle: 1s, servers: [1]}\n", "2:", "servers"},
                {"malformed", "stations: [\n", "2:1", "malformed YAML"},
                {"empty", "", "1:1", "empty"},
                {"probability", "stations:\n  - {name: a, cycle: 1s, scrap: 1.5}\n", "2:", "scrap"},
        };
        for (String[] c : cases) {
            Path cfg = write("bad.yaml", c[1]);
            Cli r = Cli.run("run", cfg.toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).contains("bad.yaml:" + c[2]).contains(c[3])
                    .doesNotContain("Exception", "\tat ");
        }
        Cli missing = Cli.run("run", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml").doesNotContain("Exception");
    }

    @Test
    void validate_reports_every_problem_and_runs_nothing() throws IOException {
        Path good = write("good.yaml", SMALL);
        Path bad = write("bad.yaml", "stations:\n  - {name: a, cycle: -1s, servers: 0}\n");
        Cli r = Cli.run("validate", good.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("good.yaml: ok").contains("bad.yaml: 2 problems");
        assertThat(r.err().lines().filter(l -> l.contains("bad.yaml:2:"))).hasSize(2);
    }

    @Test
    void set_overrides_a_station_key() throws IOException {
        Path cfg = write("small.yaml", SMALL);
        Cli r = Cli.run("run", cfg.toString(), "--set", "stations.b.servers=2", "--format", "csv", "--table", "stations");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\nb,main,2,");
    }

    @Test
    void example_lists_and_prints_bundled_examples_which_all_validate() throws IOException {
        Cli list = Cli.run("example");
        List<String> names = list.out().lines().map(l -> l.split(" ")[0]).toList();
        assertThat(names).contains("douai", "minimal");
        for (String name : names) {
            Cli text = Cli.run("example", name);
            assertThat(text.exit()).isZero();
            Path p = write(name + ".yaml", text.out());
            assertThat(Cli.run("validate", p.toString()).exit()).as(name).isZero();
            assertThat(text.out()).isEqualTo(Files.readString(Path.of("examples", name + ".yaml")));
        }
        assertThat(Cli.run("example", "nope").exit()).isEqualTo(2);
    }

    @Test
    void every_file_in_examples_is_bundled() throws IOException {
        try (var files = Files.list(Path.of("examples"))) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).toList();
            assertThat(io.elsim.experiment.Examples.NAMES).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void version_and_help() {
        assertThat(Cli.run("--version").out()).startsWith("elsim ");
        Cli help = Cli.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("run", "validate", "capacity", "example");
        assertThat(Cli.run("--no-such-option").exit()).isEqualTo(2);
    }

    @Test
    void capacity_prints_the_analytic_bottleneck() throws IOException {
        Cli r = Cli.run("capacity", write("small.yaml", SMALL).toString(), "--format", "csv");
        assertThat(r.exit()).isZero();
        // a: 3600/40 = 90/h; b: 3600/50 = 72/h; the release (takt 60 s) gives only 60/h
        assertThat(r.out()).startsWith("capacity_bottleneck,").contains("\nrelease,72,60,10080,");
        Cli stations = Cli.run("capacity", write("small.yaml", SMALL).toString(), "--format", "csv", "--table", "stations");
        assertThat(stations.out()).contains("\na,main,1,40,1,90,1,90,false").contains("\nb,main,1,50,1,72,1,72,false");
        Path slow = write("slow.yaml", SMALL.replace("cycle: 50s", "cycle: 75s"));
        Cli slowRun = Cli.run("capacity", slow.toString(), "--format", "csv");
        assertThat(slowRun.out()).contains("\nb,48,48,8064,");
    }
}
