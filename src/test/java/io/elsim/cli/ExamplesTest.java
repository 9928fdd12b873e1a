package io.elsim.cli;

import io.elsim.experiment.Examples;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundled example validates and runs (short horizon), and the calibrated plants give
 * their published daily output with the full horizon of their file (a few seconds each).
 */
class ExamplesTest {

    static List<String> names() {
        return Examples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void example_validates_and_runs_a_short_horizon(String name) {
        String file = "examples/" + name + ".yaml";
        assertThat(Cli.run("validate", file).exit()).as(name).isZero();
        Cli r = Cli.run("run", file, "--horizon", "1d", "--warmup", "0", "--no-targets", "--format", "csv");
        assertThat(r.exit()).as(name + ": " + r.err()).isZero();
        assertThat(summary(r.out()).get("vehicles_completed")).isNotEqualTo("0");
    }

    /** Published: Douai ~900/day late 2025, Maubeuge 730/day in 2017 (docs/validation.md). */
    @ParameterizedTest
    @CsvSource({"douai, 900, 9, 11", "maubeuge, 730, 8, 12"})
    void calibrated_plants_give_the_published_daily_output(String name, double perDay, double hpvMin, double hpvMax) {
        Cli r = Cli.run("run", "examples/" + name + ".yaml", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        CSVRecord row = summary(r.out());
        assertThat(Double.parseDouble(row.get("output_per_day"))).as(name + " output_per_day")
                .isBetween(perDay * 0.9, perDay * 1.1);
        assertThat(Double.parseDouble(row.get("labour_hours_per_vehicle"))).as(name + " labour_hours_per_vehicle")
                .isBetween(hpvMin, hpvMax);
    }

    private static CSVRecord summary(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv)).getRecords().get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
