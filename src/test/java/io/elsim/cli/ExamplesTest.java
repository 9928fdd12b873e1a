package io.elsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.elsim.experiment.Examples;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every bundled example validates and runs (short horizon), and the calibrated plants give
 * their published daily output with the full horizon of their file (a few seconds each).
 */
class ExamplesTest {

    static List<String> names() {
        return Examples.NAMES;
    }

    /**
     * A day from empty: vehicles come out, and the summary obeys the definitions of its fields
     * (a one-day window: throughput = vehicles / 24 h, output_per_week = 168 × throughput;
     * labour = operators × on-shift hours / vehicles and jph_on_shift = vehicles / on-shift
     * hours, so labour × jph_on_shift = the operators of all stations), and each station's
     * seven state fractions sum to 1.
     */
    @ParameterizedTest
    @MethodSource("names")
    void example_validates_and_runs_a_short_horizon(String name) throws IOException {
        String file = "examples/" + name + ".yaml";
        assertThat(Cli.run("validate", file).exit()).as(name).isZero();
        Cli r = Cli.run("run", file, "--horizon", "1d", "--warmup", "0", "--no-targets", "--format", "json", "-q");
        assertThat(r.exit()).as(name + ": " + r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode summary = report.get("summary").get(0);
        double vehicles = summary.get("vehicles_completed").asDouble();
        assertThat(vehicles).as(name).isPositive();
        double perHour = summary.get("throughput_per_hour").asDouble();
        assertThat(perHour).as(name).isCloseTo(vehicles / 24, within(1e-9 * vehicles));
        assertThat(summary.get("output_per_week").asDouble()).as(name).isCloseTo(168 * perHour, within(1e-9 * vehicles));
        double operators = 0;
        for (JsonNode station : report.get("stations")) {
            operators += station.get("operators").asDouble();
            double sum = 0;
            for (String f : List.of("working_frac", "blocked_frac", "starved_frac", "starved_parts_frac", "down_frac",
                    "setup_frac", "off_shift_frac")) {
                sum += station.get(f).asDouble();
            }
            assertThat(sum).as(name + " " + station.get("name").asText()).isCloseTo(1, within(1e-9));
        }
        assertThat(summary.get("labour_hours_per_vehicle").asDouble() * summary.get("jph_on_shift").asDouble())
                .as(name + ": labour × jph_on_shift").isCloseTo(operators, within(1e-9 * Math.max(1, operators)));
    }

    /**
     * Published: Douai about 900 a day (late 2025), Maubeuge 730 a day (2017), Douai under 10
     * labour hours a vehicle (docs/validation.md). A published figure is known to its last
     * stated digit: "about 900" to ±50, "730" to ±5. The model's mean over 5 replications
     * must lie within that plus the 99 % half-width of the mean (Student t, 4 degrees of
     * freedom: the report's 95 % half-width × t(0.995) / t(0.975)).
     */
    @ParameterizedTest
    @CsvSource({"douai, 900, 50", "maubeuge, 730, 5"})
    void calibrated_plants_give_the_published_daily_output(String name, double perDay, double statedTo) {
        Cli r = Cli.run("run", "examples/" + name + ".yaml", "--format", "csv", "--replications", "5", "-q");
        assertThat(r.exit()).as(r.err()).isZero();
        CSVRecord row = summary(r.out());
        double widen = new TDistribution(4).inverseCumulativeProbability(0.995)
                / new TDistribution(4).inverseCumulativeProbability(0.975);
        double mean = Double.parseDouble(row.get("output_per_day"));
        double hw99 = Double.parseDouble(row.get("output_per_day_ci95")) * widen;
        assertThat(mean).as(name + " output_per_day (99 %% half-width %.1f)", hw99)
                .isCloseTo(perDay, within(statedTo + hw99));
        if (name.equals("douai")) {
            double labour = Double.parseDouble(row.get("labour_hours_per_vehicle"));
            double labourHw99 = Double.parseDouble(row.get("labour_hours_per_vehicle_ci95")) * widen;
            assertThat(labour + labourHw99).as("Douai labour hours per vehicle, published: under 10").isLessThan(10);
        }
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
