package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configs: each problem at its exact file:line:column, with a message that says what to write. */
class ConfigErrorsTest {

    static List<String> problems(String yaml, String... sets) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load("bad.yaml", yaml, List.of(sets)));
        assertThat(e).as("expected a ConfigException").isNotNull();
        assertThat(e.getMessage().lines().toList()).isEqualTo(e.problems().stream().map(Problem::toString).toList());
        return e.problems().stream().map(Problem::toString).toList();
    }

    static String only(String yaml, String... sets) {
        List<String> p = problems(yaml, sets);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    @Test
    void unknownKeySuggestsTheClosest() {
        assertThat(only("stations:\n  - name: paint\n    cycle: 1min\n    servres: 3\n"))
                .isEqualTo("bad.yaml:4:5: unknown key 'servres' in station 'paint'; did you mean 'servers'?");
    }

    @Test
    void unknownKeyFarFromAnyListsTheValidKeys() {
        assertThat(only("warehouse: {size: 3}\nstations: [{name: a, cycle: 1}]\n"))
                .startsWith("bad.yaml:1:1: unknown key 'warehouse' in the config (valid keys: name, seed, horizon,");
    }

    @Test
    void unknownDistributionSuggestsTheClosest() {
        assertThat(only("stations: [{name: a, cycle: {exponentail: {mean: 1}}}]"))
                .isEqualTo("bad.yaml:1:30: stations[0].cycle: unknown distribution 'exponentail'; did you mean 'exponential'?");
    }

    @Test
    void negativeDuration() {
        assertThat(only("horizon: -2h\nstations: [{name: a, cycle: 1}]"))
                .isEqualTo("bad.yaml:1:10: horizon: a duration cannot be negative, got -2h");
    }

    @Test
    void badUnit() {
        assertThat(only("stations: [{name: a, cycle: 5 parsecs}]"))
                .isEqualTo("bad.yaml:1:29: stations[0].cycle: unknown time unit 'parsecs' in '5 parsecs' (units, lower case: "
                        + "ms|msec|msecs|millisecond|milliseconds, s|sec|secs|second|seconds, min|mins|m|minute|minutes, "
                        + "h|hr|hrs|hour|hours, d|day|days, w|wk|wks|week|weeks, y|yr|yrs|year|years)");
    }

    @Test
    void missingRequiredCycleAndName() {
        assertThat(problems("stations:\n  - name: a\n  - cycle: 1min\n")).containsExactly(
                "bad.yaml:2:5: stations[0]: missing required key 'cycle' in station 'a' (cycle time: a duration like 55s or a distribution)",
                "bad.yaml:3:5: stations[1]: missing required key 'name' in stations[1] (unique station name)");
    }

    @Test
    void missingStations() {
        assertThat(only("seed: 3\n"))
                .isEqualTo("bad.yaml:1:1: config: missing required key 'stations' in the config (the stations; without routing keys a serial line, in order)");
    }

    @Test
    void wrongTypes() {
        assertThat(problems("""
                stations:
                  - name: a
                    cycle: [1, 2]
                    servers: [1]
                    buffer: lots
                """)).containsExactly(
                "bad.yaml:3:12: stations[0].cycle: expected a duration like 55s or a distribution like {exponential: {mean: 60s}}, got a list",
                "bad.yaml:4:14: stations[0].servers: expected a whole number from 1 to 100000, got a list",
                "bad.yaml:5:13: stations[0].buffer: expected a whole number >= 0 or unlimited, got 'lots'");
    }

    @Test
    void nonIntegerOperatorsAndZeroServers() {
        assertThat(problems("stations: [{name: a, cycle: 1, operators: 1.5, servers: 0}]")).containsExactly(
                "bad.yaml:1:43: stations[0].operators: expected a whole number >= 0, got 1.5",
                "bad.yaml:1:57: stations[0].servers: must be >= 1, got 0");
    }

    @Test
    void malformedYaml() {
        assertThat(only("stations:\n  - {name: a, cycle: 1\nseed: 2\n"))
                .startsWith("bad.yaml:3:5: malformed YAML: ");
    }

    @Test
    void tabIndentationPointsAtTheTab() {
        assertThat(only("stations:\n\t- {name: a}\n")).startsWith("bad.yaml:2:1: malformed YAML: found character '\\t(TAB)'");
    }

    @Test
    void aliasesAreRejected() {
        assertThat(problems("base: &b {name: a, cycle: 1}\nstations: [*b]\n"))
                .contains("bad.yaml:2:12: YAML aliases (*b) are not supported; write the value out");
    }

    @Test
    void emptyFile() {
        assertThat(only("")).isEqualTo("bad.yaml:1:1: the config is empty");
        assertThat(only("# just a comment\n")).isEqualTo("bad.yaml:1:1: the config is empty");
    }

    @Test
    void notAMapping() {
        assertThat(only("- a\n- b\n")).startsWith("bad.yaml:1:1: config: expected a mapping of name, seed,");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, List.of()));
        assertThat(e.getMessage()).isEqualTo(file + ":1:1: no such file");
    }

    @Test
    void unreadableFileIsAProblemNotACrash(@TempDir Path dir) throws Exception {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(dir, List.of()));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("cannot read the file");
        });
        Path latin1 = dir.resolve("l.yaml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
        assertThat(catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(latin1, List.of())).getMessage())
                .endsWith("l.yaml:1:1: the file is not UTF-8 text");
    }

    @Test
    void probabilitiesOutsideZeroOne() {
        assertThat(problems("stations:\n  - {name: a, cycle: 1, rework: {rate: 1.5, time: 1h}, scrap: -0.1}\n"))
                .containsExactly(
                        "bad.yaml:2:40: stations[0].rework.rate: expected a probability between 0 and 1, got 1.5",
                        "bad.yaml:2:63: stations[0].scrap: expected a probability between 0 and 1, got -0.1");
    }

    @Test
    void duplicateKey() {
        assertThat(only("seed: 1\nstations: [{name: a, cycle: 1}]\nseed: 2\n"))
                .isEqualTo("bad.yaml:3:1: duplicate key 'seed' (first written at line 1); a key may appear only once in a mapping");
    }

    @Test
    void duplicateStationName() {
        assertThat(only("stations:\n  - {name: paint, cycle: 1}\n  - {name: paint, cycle: 2}\n"))
                .isEqualTo("bad.yaml:3:12: stations[1].name: duplicate station name 'paint' (first used at line 2); station names must be unique");
    }

    @Test
    void notANumber() {
        assertThat(problems("stations: [{name: a, cycle: .nan, scrap: .NaN}]\nhorizon: .inf\n")).containsExactly(
                "bad.yaml:1:29: stations[0].cycle: NaN and infinity are not allowed, got .nan",
                "bad.yaml:1:42: stations[0].scrap: NaN and infinity are not allowed, got .NaN",
                "bad.yaml:2:10: horizon: NaN and infinity are not allowed, got .inf");
    }

    @Test
    void unknownProductInCycleByProductAndSequence() {
        assertThat(problems("""
                products: {R5: {share: 0.5}, Megane: {share: 0.5}}
                sequence: {repeat: [R5, Scenic]}
                stations: [{name: a, cycle: 1, cycle_by_product: {Megan: 2}}]
                """)).containsExactly(
                "bad.yaml:2:25: sequence.repeat[1]: unknown product 'Scenic' (products: R5, Megane)",
                "bad.yaml:3:51: stations[0].cycle_by_product: unknown product 'Megan'; did you mean 'Megane'? (products: R5, Megane)");
    }

    @Test
    void distributionParameters() {
        assertThat(problems("""
                stations:
                  - {name: a, cycle: {exponential: {mean: 0}}}
                  - {name: b, cycle: {uniform: {min: 2, max: 1}}}
                  - {name: c, cycle: {triangular: {min: 1, mode: 5, max: 3}}}
                  - {name: d, cycle: {erlang: {mean: 1, k: 0}}}
                  - {name: e, cycle: {weibull: {shape: -1, scale: 1}}}
                  - {name: f, cycle: {empirical: {values: []}}}
                  - {name: g, cycle: {lognormal: {mean: 1}}}
                  - {name: h, cycle: {normal: {mean: 1, sd: 1}, gamma: {mean: 1, cv: 1}}}
                """)).containsExactly(
                "bad.yaml:2:43: stations[0].cycle.exponential.mean: must be greater than 0, got 0",
                "bad.yaml:3:46: stations[1].cycle.uniform: parameters must satisfy min <= max",
                "bad.yaml:4:50: stations[2].cycle.triangular: parameters must satisfy min <= mode <= max",
                "bad.yaml:5:44: stations[3].cycle.erlang.k: must be >= 1, got 0",
                "bad.yaml:6:40: stations[4].cycle.weibull.shape: must be > 0, got -1",
                "bad.yaml:7:43: stations[5].cycle.empirical.values: the list is empty; at least one entry is needed",
                "bad.yaml:8:34: stations[6].cycle.lognormal: missing required key 'cv' in lognormal distribution (coefficient of variation sd/mean (> 0))",
                "bad.yaml:9:22: stations[7].cycle: expected a duration like 55s or a distribution like {exponential: {mean: 60s}}; a distribution is a mapping with exactly one key (its name), got 2 keys");
    }

    @Test
    void unlimitedReleaseIntoAnUnlimitedFirstBuffer() {
        assertThat(only("stations: [{name: a, cycle: 1, buffer: unlimited}]"))
                .startsWith("bad.yaml:1:40: stations[0].buffer: 'unlimited' in front of the first station with release: unlimited");
    }

    @Test
    void calendarAndTargetProblems() {
        assertThat(problems("""
                calendar:
                  shifts:
                    - {days: Mon-Fry, from: "25:00", to: "06:00", takt: 0}
                stations: [{name: a, cycle: 1}]
                targets: {annual_output: 400000, Build-Time: "< 1h", wip_mean: "<= lots"}
                """)).containsExactly(
                "bad.yaml:3:14: calendar.shifts[0].days: expected days like Mon-Fri, Sat or Mon,Wed,Fri, got 'Mon-Fry'",
                "bad.yaml:3:29: calendar.shifts[0].from: expected a time of day HH:MM like \"05:30\", got '25:00'",
                "bad.yaml:3:57: calendar.shifts[0].takt: must be greater than 0, got 0",
                "bad.yaml:5:26: targets.annual_output: expected a comparison like \">= 400000\" or \"<= 10h\" (>=, <=, > or <), got the number 400000",
                "bad.yaml:5:34: targets.Build-Time: a target names a summary field in snake_case, like annual_output",
                "bad.yaml:5:64: targets.wip_mean: expected a number or a duration after '<=', got 'lots'");
    }

    @Test
    void releaseAndFailureChoices() {
        assertThat(problems("""
                release: {takt: 60s, interarrival: 1min}
                sequence: randm
                stations: [{name: a, cycle: 1, failures: {mtbf: 0, mttr: 5min, basis: busi}}]
                """)).containsExactly(
                "bad.yaml:1:10: release: expected exactly one of takt or interarrival, got takt and interarrival",
                "bad.yaml:2:11: sequence: expected random, got 'randm'; did you mean 'random'?",
                "bad.yaml:3:49: stations[0].failures.mtbf: must be greater than 0, got 0",
                "bad.yaml:3:71: stations[0].failures.basis: expected busy or calendar, got 'busi'; did you mean 'busy'?");
    }

    @Test
    void severalProblemsInOneFileAreAllReportedInReadingOrder() {
        assertThat(problems("""
                seed: 1.5
                horizon: -1w
                stations:
                  - name: framing
                    cycle: 55s
                    servres: 2
                  - name: paint
                    cycle: {exponential: {mean: -3s}}
                    scrap: 2
                  - name: framing
                    cycle: 1min
                colour: red
                """)).containsExactly(
                "bad.yaml:1:7: seed: expected a whole number, got 1.5",
                "bad.yaml:2:10: horizon: a duration cannot be negative, got -1w",
                "bad.yaml:6:5: unknown key 'servres' in station 'framing'; did you mean 'servers'?",
                "bad.yaml:8:33: stations[1].cycle.exponential.mean: a duration cannot be negative, got -3s",
                "bad.yaml:9:12: stations[1].scrap: expected a probability between 0 and 1, got 2",
                "bad.yaml:10:11: stations[2].name: duplicate station name 'framing' (first used at line 4); station names must be unique",
                "bad.yaml:12:1: unknown key 'colour' in the config (valid keys: name, seed, horizon, warmup, calendar, products, sequence, release, stations, feeders, targets, site, logistics, parts, suppliers, energy)");
    }

    // ---- sizes and ranges that would exhaust memory or the clock ----

    @Test
    void serversAreBounded() {
        assertThat(only("stations: [{name: a, cycle: 1, servers: 2000000000}]"))
                .isEqualTo("bad.yaml:1:41: stations[0].servers: must be <= 100000 (for more parallel places, use a buffer"
                        + " or several stations), got 2000000000");
    }

    @Test
    void durationsAndTheRunAreAtMostOneHundredYears() throws ConfigException {
        assertThat(only("horizon: 1000000w\nstations: [{name: a, cycle: 1}]"))
                .isEqualTo("bad.yaml:1:10: horizon: longer than 100 years, the longest duration elsim accepts, got 1000000w");
        assertThat(only("horizon: 2700w\nwarmup: 2700w\nstations: [{name: a, cycle: 1}]"))
                .startsWith("bad.yaml:1:10: horizon: warm-up plus horizon is ")
                .endsWith(", longer than 100 years, the longest run elsim accepts");
        // 5200 weeks is 99.7 years: accepted
        assertThat(ConfigLoaderTest.load("horizon: 5200w\nstations: [{name: a, cycle: 1}]").horizon())
                .isEqualTo(5200 * 7 * 86400.0);
    }

    @Test
    void aDistributionWhoseMeanExceedsAnyClockIsRefused() {
        // a Weibull of shape 1e-5 has mean scale * Gamma(1 + 1e5): infinite in doubles
        assertThat(only("stations: [{name: a, cycle: {weibull: {shape: 0.00001, scale: 60s}}}]"))
                .isEqualTo("bad.yaml:1:39: stations[0].cycle.weibull: its mean is infinite, longer than 100 years,"
                        + " the longest duration elsim accepts");
    }

    @Test
    void aCoefficientOfVariationThatOverflowsTheSamplerIsRefused() {
        // cv^2 overflows a double above 1.3e154, and the lognormal's sigma becomes NaN
        assertThat(only("stations: [{name: a, cycle: {lognormal: {mean: 55s, cv: 1.0e+308}}}]"))
                .startsWith("bad.yaml:1:57: stations[0].cycle.lognormal.cv: must be <= 100 (");
        assertThat(only("stations: [{name: a, cycle: {gamma: {mean: 55s, cv: 101}}}]"))
                .startsWith("bad.yaml:1:53: stations[0].cycle.gamma.cv: must be <= 100 (");
    }

    @Test
    void aTripLongerThanAnyClockOrARoadLongerThanTheEarthIsRefused() {
        String supply = """
                stations: [{name: a, cycle: 60s}]
                parts: [{name: cell, station: a, stock: {initial: 10, capacity: 20}}]
                suppliers:
                  - {name: far, distance_km: %s, parts: [cell], truck: {capacity: 10, speed_kmh: %s}, policy: {every: 1h}}
                """;
        assertThat(only(supply.formatted("1e308", "65")))
                .startsWith("bad.yaml:4:30: suppliers[0].distance_km: must be <= 40075 (the Earth's circumference), got 1e308");
        assertThat(only(supply.formatted("100", "1e-300")))
                .isEqualTo("bad.yaml:4:83: suppliers[0].truck.speed_kmh: 100 km at 1.0E-300 km/h takes longer than"
                        + " 100 years, the longest duration elsim accepts");
    }

    @Test
    void aReorderPointThatOpensMillionsOfOrdersIsRefused() {
        assertThat(only("""
                stations: [{name: a, cycle: 60s}]
                parts: [{name: cell, station: a, stock: {initial: 10, capacity: 20}}]
                suppliers:
                  - {name: s, distance_km: 80, parts: [cell], truck: {capacity: 4}, policy: {reorder_point: 2000000000, order_quantity: 4}}
                """)).isEqualTo("bad.yaml:4:93: suppliers[0].policy.reorder_point: 2000000000 with orders of 4 parts opens"
                + " up to 500000001 orders at once; at most 100000 are accepted (raise order_quantity or lower reorder_point)");
    }

    @Test
    void aVehicleNeedingMorePartsThanTheStockCanHoldIsRefused() {
        assertThat(only("""
                stations: [{name: a, cycle: 60s}]
                parts: [{name: wheel, station: a, per_vehicle: 5, stock: {initial: 4, capacity: 4}}]
                suppliers:
                  - {name: s, distance_km: 10, parts: [wheel], truck: {capacity: 4}, policy: {every: 1h}}
                """)).isEqualTo("bad.yaml:2:48: parts[0].per_vehicle: a vehicle takes 5 parts 'wheel' but the stock"
                + " holds at most 4, so no vehicle could ever be built; raise stock.capacity or lower per_vehicle");
    }

    @Test
    void aTargetBeyondTheRangeOfNumbersIsRefused() {
        assertThat(only("stations: [{name: a, cycle: 1}]\ntargets: {output_per_day: \">= 1e400\"}"))
                .isEqualTo("bad.yaml:2:27: targets.output_per_day: 1e400 is beyond the range of numbers, so the target means nothing");
    }
}
