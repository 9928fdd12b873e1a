package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.experiment.Stopping;
import io.elsim.model.Units;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units, durations, --precision, --threads, --replications and --set keys as a new user types them. */
class OptionLimitsTest {
    private static final String SMALL = """
            name: small
            horizon: 1h
            warmup: 0
            release: {takt: 60s}
            stations:
              - {name: a, cycle: 50s}
            """;

    @TempDir Path dir;

    private String config(String yaml) throws IOException {
        Path p = dir.resolve("c" + yaml.hashCode() + ".yaml");
        Files.writeString(p, yaml);
        return p.toString();
    }

    private static Cli refused(String... args) {
        Cli r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("events in");
        return r;
    }

    @Test
    void every_documented_unit_word_is_accepted_with_its_length() {
        assertThat(Units.parseDuration("90 seconds")).isEqualTo(90);
        assertThat(Units.parseDuration("90 secs")).isEqualTo(90);
        assertThat(Units.parseDuration("1.5mins")).isEqualTo(90);
        assertThat(Units.parseDuration("2 minutes")).isEqualTo(120);
        assertThat(Units.parseDuration("2 hrs")).isEqualTo(7200);
        assertThat(Units.parseDuration("1 hour")).isEqualTo(3600);
        assertThat(Units.parseDuration("3 days")).isEqualTo(3 * 86400);
        assertThat(Units.parseDuration("2 weeks")).isEqualTo(14 * 86400);
        assertThat(Units.parseDuration("2wks")).isEqualTo(14 * 86400);
        assertThat(Units.parseDuration("250 msecs")).isEqualTo(0.25);
        assertThat(Units.parseDuration("1 year")).isEqualTo(365 * 86400);
        for (Units.TimeUnit u : Units.TIME_UNITS) {
            for (String spelling : u.spellings()) {
                assertThat(Units.parseDuration("2" + spelling)).as(spelling).isEqualTo(2 * u.seconds());
            }
        }
    }

    @Test
    void the_unknown_unit_message_lists_exactly_the_accepted_words() {
        String message = "";
        try {
            Units.parseDuration("5 fortnights");
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        String list = message.substring(message.indexOf("lower case: ") + "lower case: ".length(), message.length() - 1);
        Set<String> listed = Arrays.stream(list.split("[,|]")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        Set<String> accepted = new TreeSet<>(Units.DURATION_UNITS.keySet());
        accepted.remove("");
        assertThat(listed).isEqualTo(accepted);
        assertThat(listed).contains("secs", "seconds", "mins", "hrs", "hours", "days", "weeks");
    }

    @Test
    void upper_case_units_are_refused_with_the_lower_case_spelling() {
        Cli r = refused("run", "--horizon", "2H");
        assertThat(r.err()).isEqualTo("elsim: --horizon 2H: time unit 'H' in '2H' must be written in lower case: 'h'\n");
    }

    @Test
    void a_run_length_without_a_unit_is_refused_in_yaml_and_on_the_command_line() throws IOException {
        Cli yaml = refused("run", config(SMALL.replace("horizon: 1h", "horizon: 4")));
        assertThat(yaml.err()).endsWith(":2:10: horizon: '4' has no time unit: write 4w, 4d or 4h"
                + " (or 4s if seconds are really meant)\n");
        Cli warmup = refused("validate", config(SMALL.replace("warmup: 0", "warmup: 30")));
        assertThat(warmup.err()).contains(":3:9: warmup: '30' has no time unit: write 30w, 30d or 30h");
        assertThat(Cli.run("validate", config(SMALL)).exit()).as("warmup: 0 needs no unit").isZero();
        assertThat(Cli.run("validate", config(SMALL.replace("horizon: 1h", "horizon: 3600s"))).exit()).isZero();

        Cli option = refused("run", config(SMALL), "--horizon", "4");
        assertThat(option.err()).isEqualTo("elsim: --horizon 4: '4' has no time unit: write 4w, 4d or 4h"
                + " (or 4s if seconds are really meant)\n");
        refused("sweep", config(SMALL), "--warmup", "2", "--vary", "stations.a.servers=1,2");
    }

    @Test
    void a_unit_typed_apart_from_its_number_gets_the_spelling_that_works() throws IOException {
        Cli r = refused("run", config(SMALL), "--horizon", "4", "weeks");
        assertThat(r.err()).isEqualTo("elsim: 'weeks' is not a config file: a time unit goes with its number, without"
                + " a space: --horizon 4weeks (or in quotes: --horizon '4 weeks')\n");
        Cli w = refused("run", config(SMALL), "--horizon", "1w", "--warmup", "2", "days");
        assertThat(w.err()).contains("--warmup 2days");
        assertThat(Cli.run("run", config(SMALL), "--horizon", "2 hours", "--no-progress", "-q").exit()).isZero();
        Cli sweep = refused("sweep", config(SMALL), "--horizon", "4", "weeks", "--vary", "stations.a.servers=1,2");
        assertThat(sweep.err()).contains("--horizon 4weeks");
        // where the word is left over after the arguments (picocli's "Unmatched argument"), a hint comes first
        Cli extra = refused("example", "minimal", "hours");
        assertThat(extra.err()).startsWith("elsim: 'hours' is a time unit: write it with its number, without a space,"
                + " e.g. --horizon 4hours\n");
    }

    @Test
    void a_horizon_out_of_range_names_the_option_typed() {
        assertThat(refused("run", "--horizon", "1e400w").err())
                .isEqualTo("elsim: --horizon 1e400w: longer than 100 years, the longest duration elsim accepts\n");
        assertThat(refused("run", "--warmup", "-1d").err()).isEqualTo("elsim: --warmup -1d: a duration cannot be negative\n");
        assertThat(refused("run", "--horizon", "0s").err()).isEqualTo("elsim: --horizon 0s: must be greater than 0\n");
    }

    @Test
    void precision_is_a_percentage_or_a_fraction_below_one() throws IOException {
        assertThat(Stopping.parsePrecision("1%")).isEqualTo(0.01);
        assertThat(Stopping.parsePrecision("0.5 %")).isEqualTo(0.005);
        assertThat(Stopping.parsePrecision("0.01")).isEqualTo(0.01);
        Cli two = refused("run", config(SMALL), "--precision", "2");
        assertThat(two.err()).isEqualTo("elsim: --precision 2: a bare number is a fraction and must be below 1;"
                + " for 2 percent write 2% (or the fraction 0.02)\n");
        assertThat(refused("run", config(SMALL), "--precision", "100%").err()).contains("must be below 100%");
        assertThat(refused("run", config(SMALL), "--precision", "0").err()).contains("must be greater than 0");
        Cli half = Cli.run("run", config(SMALL), "--precision", "0.5", "--no-progress");
        assertThat(half.exit()).isZero();
        assertThat(half.err()).contains("--precision 0.5 is the fraction 0.5, that is 50 %; for 0.5 percent write 0.5%");
    }

    @Test
    void threads_and_replications_beyond_their_limits_are_refused_before_any_run() throws IOException {
        Cli threads = refused("run", config(SMALL), "--threads", "100000");
        assertThat(threads.err()).startsWith("elsim: --threads 100000: at most 256 (this machine has ");
        Cli reps = refused("run", config(SMALL), "--replications", "999999999", "--max-replications", "999999999");
        assertThat(reps.err()).startsWith("elsim: --replications 999999999: at most 10000 replications");
        Cli max = refused("run", config(SMALL), "--precision", "1%", "--max-replications", "10001");
        assertThat(max.err()).startsWith("elsim: --max-replications 10001: at most 10000 replications");
        refused("sweep", config(SMALL), "--replications", "10001", "--vary", "stations.a.servers=1,2");
    }

    @Test
    void a_set_key_with_brackets_or_quotes_gets_the_dotted_form() throws IOException {
        Cli r = refused("run", config(SMALL), "--set", "stations[0].servers=3");
        assertThat(r.err()).isEqualTo("--set:1:1: --set stations[0].servers=3: write the key with dots and without quotes"
                + " or brackets: stations.0.servers=3 (a list entry by index, stations.0.servers, or by name,"
                + " stations.NAME.servers)\n");
        Cli quoted = refused("run", config(SMALL), "--set", "'stations[0].servers'=3");
        assertThat(quoted.err()).contains("brackets: stations.0.servers=3 ");
        assertThat(refused("run", config(SMALL), "--set", "stations['a'].servers=0").err()).contains("stations.a.servers=0");
    }

    @Test
    void a_misspelt_required_key_is_reported_once() throws IOException {
        Cli r = refused("validate", config(SMALL.replace("{name: a, cycle: 50s}", "{name: a, cycel: 50s}")));
        assertThat(r.err()).isEqualTo(dir.resolve("c" + SMALL.replace("{name: a, cycle: 50s}", "{name: a, cycel: 50s}")
                .hashCode() + ".yaml") + ":6:15: unknown key 'cycel' in station 'a'; did you mean 'cycle'?\n");
        Cli missing = refused("validate", config(SMALL.replace("{name: a, cycle: 50s}", "{name: a, servers: 2}")));
        assertThat(missing.err()).contains("missing required key 'cycle'");
    }
}
