package io.elsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elsim.model.CalendarSpec;
import io.elsim.model.DistributionSpec;
import io.elsim.model.FailureSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.ReworkSpec;
import io.elsim.model.SequenceSpec;
import io.elsim.model.SetupSpec;
import io.elsim.model.ShiftSpec;
import io.elsim.model.StationSpec;
import io.elsim.model.TargetSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Good configs: every key lands in the expected record value. */
class ConfigLoaderTest {

    static LineSpec load(String yaml) throws ConfigException {
        return ConfigLoader.load("line.yaml", yaml, List.of()).spec();
    }

    /** The full example config of the design notes, verbatim: every section at once. */
    static final String DESIGN_EXAMPLE = """
            name: Douai R5 final assembly
            seed: 2031
            horizon: 4w            # measured period, after warm-up
            warmup: 1d             # statistics are reset after this
            calendar:              # optional; without it the line works 24/7
              weeks_per_year: 47   # for annual figures
              shifts:
                - {days: Mon-Fri, from: "05:30", to: "13:30"}
                - {days: Mon-Fri, from: "13:30", to: "21:30"}
                - {days: Mon-Fri, from: "21:30", to: "05:30", takt: 120s}   # night shift at half rate
            products:              # optional; default one product named "vehicle"
              R5:     {share: 0.7}
              Megane: {share: 0.3}
            sequence: random       # or {repeat: [R5, R5, Megane]}
            release: unlimited     # or {takt: 60s} or {interarrival: {exponential: {mean: 60s}}}
            stations:
              - name: framing
                cycle: 55s                       # a duration = constant
                servers: 1                       # parallel identical servers (default 1)
                operators: 0                     # people staffing it while on shift (labour hours)
                buffer: 0                        # places in front of it: a number or unlimited (default 0)
                failures: {mtbf: 10h, mttr: 12min}   # exponential, counted on busy time (default)
              - name: paint-oven
                cycle: {triangular: {min: 38min, mode: 40min, max: 45min}}
                servers: 40
                buffer: 20
              - name: trim-1
                cycle: {lognormal: {mean: 58s, cv: 0.08}}
                cycle_by_product: {Megane: {lognormal: {mean: 62s, cv: 0.08}}}
                setup: {time: 4min, when: product-change}
                rework: {rate: 0.02, time: 45min}
            targets:               # optional: missed target -> exit code 3
              annual_output: ">= 400000"
              labour_hours_per_vehicle: "<= 10h"
              build_time_p90: "<= 24h"
            """;

    @Test
    void designExampleLoadsToTheExpectedRecords() throws Exception {
        LoadedConfig loaded = ConfigLoader.load("douai.yaml", DESIGN_EXAMPLE, List.of());
        assertThat(loaded.warnings()).isEmpty();
        LineSpec s = loaded.spec();
        assertThat(s.name()).isEqualTo("Douai R5 final assembly");
        assertThat(s.seed()).isEqualTo(2031);
        assertThat(s.horizon()).isEqualTo(4 * 7 * 86400.0);
        assertThat(s.warmup()).isEqualTo(86400.0);
        Set5 weekdays = new Set5();
        assertThat(s.calendar()).isEqualTo(new CalendarSpec(47, List.of(
                new ShiftSpec(weekdays.days, 330, 810, null),
                new ShiftSpec(weekdays.days, 810, 1290, null),
                new ShiftSpec(weekdays.days, 1290, 330, 120.0))));
        assertThat(s.calendar().shifts().get(2).lengthSeconds()).isEqualTo(8 * 3600.0);
        assertThat(s.products()).containsExactly(new ProductSpec("R5", 0.7), new ProductSpec("Megane", 0.3));
        assertThat(s.sequence()).isEqualTo(new SequenceSpec.Random());
        assertThat(s.release()).isEqualTo(new ReleaseSpec.Unlimited());
        assertThat(s.stations()).containsExactly(
                new StationSpec("framing", new DistributionSpec.Constant(55), Map.of(), 1, 0, 0,
                        new FailureSpec(new DistributionSpec.Exponential(36000), new DistributionSpec.Exponential(720),
                                FailureSpec.Basis.BUSY), null, null, 0),
                StationSpec.simple("paint-oven", new DistributionSpec.Triangular(2280, 2400, 2700), 40, 20),
                new StationSpec("trim-1", new DistributionSpec.Lognormal(58, 0.08),
                        Map.of("Megane", new DistributionSpec.Lognormal(62, 0.08)), 1, 0, 0, null,
                        new SetupSpec(new DistributionSpec.Constant(240), SetupSpec.When.PRODUCT_CHANGE),
                        new ReworkSpec(0.02, new DistributionSpec.Constant(2700)), 0));
        assertThat(s.targets()).containsExactly(
                new TargetSpec("annual_output", TargetSpec.Op.GE, 400000, ">= 400000"),
                new TargetSpec("labour_hours_per_vehicle", TargetSpec.Op.LE, 10, "<= 10h"),
                new TargetSpec("build_time_p90_h", TargetSpec.Op.LE, 24, "<= 24h"));
    }

    private static final class Set5 {
        final EnumSet<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void defaultsApplyWhenKeysAreLeftOut() throws Exception {
        LineSpec s = ConfigLoader.load("dir/my-line.yaml", "stations: [{name: a, cycle: 1min}]", List.of()).spec();
        assertThat(s).isEqualTo(new LineSpec("my-line", 1, 604800, 0, null,
                List.of(new ProductSpec("vehicle", 1)), new SequenceSpec.Random(), new ReleaseSpec.Unlimited(),
                List.of(StationSpec.simple("a", new DistributionSpec.Constant(60), 1, 0)), List.of()));
    }

    @Test
    void durationsInEveryUnit() throws Exception {
        String[][] cases = {{"250ms", "0.25"}, {"45s", "45"}, {"45", "45"}, {"2.5", "2.5"}, {"1.5min", "90"},
                {"2m", "120"}, {"8h", "28800"}, {"2d", "172800"}, {"4w", "2419200"}, {"0", "0"}, {"\"30 s\"", "30"}};
        for (String[] c : cases) {
            LineSpec s = load("stations: [{name: a, cycle: " + c[0] + "}]");
            assertThat(s.stations().get(0).cycle()).as(c[0])
                    .isEqualTo(new DistributionSpec.Constant(Double.parseDouble(c[1])));
        }
    }

    @Test
    void everyDistribution() throws Exception {
        LineSpec s = load("""
                stations:
                  - {name: c, cycle: 55s}
                  - {name: e, cycle: {exponential: {mean: 1min}}}
                  - {name: u, cycle: {uniform: {min: 10s, max: 20s}}}
                  - {name: t, cycle: {triangular: {min: 1, mode: 2, max: 3}}}
                  - {name: n, cycle: {normal: {mean: 60s, sd: 5s}}}
                  - {name: l, cycle: {lognormal: {mean: 60s, cv: 0.1}}}
                  - {name: g, cycle: {gamma: {mean: 60s, cv: 0.5}}}
                  - {name: k, cycle: {erlang: {mean: 60s, k: 3}}}
                  - {name: w, cycle: {weibull: {shape: 1.5, scale: 2min}}}
                  - {name: x, cycle: {empirical: {values: [50s, 1min, 70]}}}
                """);
        assertThat(s.stations()).extracting(StationSpec::cycle).containsExactly(
                new DistributionSpec.Constant(55),
                new DistributionSpec.Exponential(60),
                new DistributionSpec.Uniform(10, 20),
                new DistributionSpec.Triangular(1, 2, 3),
                new DistributionSpec.Normal(60, 5),
                new DistributionSpec.Lognormal(60, 0.1),
                new DistributionSpec.Gamma(60, 0.5),
                new DistributionSpec.Erlang(60, 3),
                new DistributionSpec.Weibull(1.5, 120),
                new DistributionSpec.Empirical(new double[] {50, 60, 70}));
    }

    @Test
    void stationOptions() throws Exception {
        StationSpec st = load("""
                release: {takt: 60s}
                stations:
                  - name: a
                    cycle: 1min
                    servers: 3
                    operators: 2
                    buffer: unlimited
                    failures: {mtbf: {weibull: {shape: 2, scale: 8h}}, mttr: {uniform: {min: 5min, max: 15min}}, basis: calendar}
                    scrap: 0.01
                """).stations().get(0);
        assertThat(st.servers()).isEqualTo(3);
        assertThat(st.operators()).isEqualTo(2);
        assertThat(st.buffer()).isEqualTo(StationSpec.UNLIMITED);
        assertThat(st.failures()).isEqualTo(new FailureSpec(new DistributionSpec.Weibull(2, 28800),
                new DistributionSpec.Uniform(300, 900), FailureSpec.Basis.CALENDAR));
        assertThat(st.scrap()).isEqualTo(0.01);
    }

    @Test
    void shiftsAndDays() throws Exception {
        LineSpec s = load("""
                calendar:
                  shifts:
                    - {days: sat, from: "06:00", to: "14:00"}
                    - {days: "Monday,wednesday, FRI", from: 22:00, to: "06:00"}
                    - {days: Fri-Mon, from: "00:00", to: "24:00"}
                    - {days: Tue, from: "8:00", to: "08:00"}
                stations: [{name: a, cycle: 1min}]
                """);
        List<ShiftSpec> shifts = s.calendar().shifts();
        assertThat(shifts.get(0).days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(shifts.get(1).days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(shifts.get(1).fromMinute()).isEqualTo(22 * 60);
        assertThat(shifts.get(1).lengthSeconds()).isEqualTo(8 * 3600.0);
        assertThat(shifts.get(2).days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY);
        assertThat(shifts.get(2).lengthSeconds()).isEqualTo(24 * 3600.0);
        assertThat(shifts.get(3).lengthSeconds()).as("to == from: a full day").isEqualTo(24 * 3600.0);
        assertThat(s.weeksPerYear()).isEqualTo(52);
    }

    @Test
    void productsAreNormalisedWithAWarning() throws Exception {
        LoadedConfig c = ConfigLoader.load("line.yaml", """
                products: {A: {share: 3}, B: {share: 1}}
                sequence: {repeat: [A, A, B]}
                release: {interarrival: {exponential: {mean: 60s}}}
                stations: [{name: a, cycle: 1min, cycle_by_product: {B: 2min}}]
                """, List.of());
        assertThat(c.spec().products()).containsExactly(new ProductSpec("A", 0.75), new ProductSpec("B", 0.25));
        assertThat(c.spec().sequence()).isEqualTo(new SequenceSpec.Repeat(List.of("A", "A", "B")));
        assertThat(c.spec().release()).isEqualTo(new ReleaseSpec.Interarrival(new DistributionSpec.Exponential(60)));
        assertThat(c.spec().stations().get(0).cycleFor("B")).isEqualTo(new DistributionSpec.Constant(120));
        assertThat(c.warnings()).extracting(Problem::toString)
                .containsExactly("line.yaml:1:11: products: shares sum to 4, not 1; they are normalised");
    }

    @Test
    void targetsConvertUnitsByFieldName() throws Exception {
        List<TargetSpec> t = load("""
                stations: [{name: a, cycle: 1min}]
                targets:
                  build_time_p99_h: "< 1d"
                  mean_cycle_s: "<= 1.5min"
                  throughput_per_hour: "> 55"
                  wip_mean: "< 1e3"
                  labour_hours_per_vehicle: <= 600min
                """).targets();
        assertThat(t).containsExactly(
                new TargetSpec("build_time_p99_h", TargetSpec.Op.LT, 24, "< 1d"),
                new TargetSpec("mean_cycle_s", TargetSpec.Op.LE, 90, "<= 1.5min"),
                new TargetSpec("throughput_per_hour", TargetSpec.Op.GT, 55, "> 55"),
                new TargetSpec("wip_mean", TargetSpec.Op.LT, 1000, "< 1e3"),
                new TargetSpec("labour_hours_per_vehicle", TargetSpec.Op.LE, 10, "<= 600min"));
    }

    @Test
    void loadsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ruitz.yml");
        Files.writeString(file, "seed: 7\nstations: [{name: a, cycle: {erlang: {mean: 1h, k: 2}}}]\n");
        LineSpec s = ConfigLoader.load(file, List.of()).spec();
        assertThat(s.name()).isEqualTo("ruitz");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.stations().get(0).cycle().mean()).isCloseTo(3600, within(1e-9));
    }

    @Test
    void largeSeedsAreExact() throws Exception {
        assertThat(load("seed: 9007199254740993\nstations: [{name: a, cycle: 1}]").seed())
                .isEqualTo(9007199254740993L);
    }
}
