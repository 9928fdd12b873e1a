package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command with --output writes the format its file name says, unless --format says otherwise. */
class OutputFormatTest {
    private static final String SMALL = """
            name: small
            horizon: 1h
            warmup: 0s
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 50s}
            """;

    @TempDir Path dir;

    private String config() throws IOException {
        Path p = dir.resolve("small.yaml");
        if (!Files.exists(p)) Files.writeString(p, SMALL);
        return p.toString();
    }

    @Test
    void run_takes_the_format_from_the_extension() throws IOException {
        for (String name : new String[] {"report.csv", "REPORT.CSV", "report.json", "report.txt", "report.out"}) {
            Path out = dir.resolve(name);
            Cli r = Cli.run("run", config(), "--output", out.toString(), "--no-progress");
            assertThat(r.exit()).as(name + r.err()).isZero();
            String text = Files.readString(out);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".csv")) {
                assertThat(text).as(name).startsWith("name,vehicles_completed,");
            } else if (lower.endsWith(".json")) {
                assertThat(text).as(name).startsWith("{").contains("\"summary\"");
            } else {
                // .txt and names without a known extension: the terminal table
                assertThat(text).as(name).startsWith("summary\n  name ");
            }
        }
    }

    @Test
    void an_explicit_format_wins_over_an_unknown_extension_and_must_agree_with_a_known_one() throws IOException {
        Path out = dir.resolve("report.out");
        assertThat(Cli.run("run", config(), "--output", out.toString(), "--format", "json").exit()).isZero();
        assertThat(Files.readString(out)).startsWith("{");

        Path csv = dir.resolve("report.csv");
        Cli r = Cli.run("run", config(), "--output", csv.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("elsim: --format json contradicts --output " + csv
                + " (a .csv name means csv): drop --format, or name the file .json\n");
        assertThat(csv).doesNotExist();
        assertThat(Cli.run("run", config(), "--output", csv.toString(), "--format", "CSV").exit()).isZero();
        assertThat(Files.readString(csv)).startsWith("name,");
    }

    @Test
    void capacity_and_sweep_follow_the_same_rule() throws IOException {
        Path cap = dir.resolve("capacity.json");
        assertThat(Cli.run("capacity", config(), "--output", cap.toString()).exit()).isZero();
        assertThat(Files.readString(cap)).startsWith("{");
        Path sweep = dir.resolve("sweep.txt");
        Cli s = Cli.run("sweep", config(), "--vary", "stations.a.servers=1,2", "--output", sweep.toString(), "--no-progress");
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(Files.readString(sweep)).startsWith("sweep\nscenario ");
        Cli bad = Cli.run("sweep", config(), "--vary", "stations.a.servers=1,2", "--output", sweep.toString(),
                "--format", "csv");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("elsim: --format csv contradicts --output");
    }

    @Test
    void merge_writes_csv_only_and_says_so() throws IOException {
        Path shard = dir.resolve("s.csv");
        assertThat(Cli.run("sweep", config(), "--vary", "stations.a.servers=1,2", "--output", shard.toString(),
                "--no-progress").exit()).isZero();
        Path json = dir.resolve("merged.json");
        Cli r = Cli.run("merge", shard.toString(), "--output", json.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("elsim: --output " + json + ": merge writes CSV only; name the file .csv\n");
        assertThat(json).doesNotExist();
    }
}
