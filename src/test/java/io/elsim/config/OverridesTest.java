package io.elsim.config;

import static io.elsim.config.ConfigErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.model.DistributionSpec;
import io.elsim.model.LineSpec;
import io.elsim.model.ReleaseSpec;
import io.elsim.model.StationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --set key=value, applied to the tree before validation. */
class OverridesTest {
    static final String LINE = """
            stations:
              - {name: framing, cycle: 55s}
              - {name: paint, cycle: 1min, servers: 2}
            """;

    static LineSpec load(String... sets) throws ConfigException {
        return ConfigLoader.load("line.yaml", LINE, List.of(sets)).spec();
    }

    @Test
    void byStationName() throws Exception {
        assertThat(load("stations.paint.servers=3").stations().get(1).servers()).isEqualTo(3);
    }

    @Test
    void byIndex() throws Exception {
        LineSpec s = load("stations.0.servers=4", "stations.1.cycle={exponential: {mean: 2min}}");
        assertThat(s.stations().get(0).servers()).isEqualTo(4);
        assertThat(s.stations().get(1).cycle()).isEqualTo(new DistributionSpec.Exponential(120));
    }

    @Test
    void topLevelKeysAsTheCliPassesThem() throws Exception {
        LineSpec s = load("seed=42", "horizon=2d", "warmup=8h");
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.horizon()).isEqualTo(2 * 86400.0);
        assertThat(s.warmup()).isEqualTo(8 * 3600.0);
    }

    @Test
    void createsMissingKeysAndSections() throws Exception {
        LineSpec s = load("stations.paint.buffer=unlimited", "release={takt: 60s}", "products.R5.share=0.5",
                "products.Megane.share=0.5", "targets.annual_output=>= 400000");
        assertThat(s.stations().get(1).buffer()).isEqualTo(StationSpec.UNLIMITED);
        assertThat(s.release()).isEqualTo(new ReleaseSpec.Takt(60));
        assertThat(s.products()).extracting(p -> p.name()).containsExactly("R5", "Megane");
        assertThat(s.targets().get(0).value()).isEqualTo(400000);
    }

    @Test
    void aCreatedKeyIsValidatedLikeAnyOther() {
        assertThat(problems(LINE, "stations.paint.servres=3"))
                .containsExactly("--set:1:16: unknown key 'servres' in station 'paint'; did you mean 'servers'?");
        assertThat(problems(LINE, "stations.paint.servers=-1"))
                .containsExactly("--set:1:24: stations[1].servers: must be >= 1, got -1");
    }

    @Test
    void badPaths() {
        assertThat(problems(LINE, "stations.pait.servers=3")).containsExactly(
                "--set:1:10: --set stations.pait.servers: no entry 'pait' in stations; did you mean 'paint'?"
                        + " (use a name or an index from 0 to 1)");
        assertThat(problems(LINE, "stations.7.servers=3")).singleElement().asString()
                .startsWith("--set:1:10: --set stations.7.servers: no entry '7' in stations");
        assertThat(problems(LINE, "stations.paint.servers.max=3")).containsExactly(
                "--set:1:24: --set stations.paint.servers.max: cannot go into 'stations.paint.servers', which is the number 2,"
                        + " not a mapping or a list");
        assertThat(problems(LINE, "servers")).containsExactly(
                "--set:1:1: expected KEY=VALUE like stations.paint.servers=3, got 'servers'");
        assertThat(problems(LINE, "stations..servers=1")).containsExactly(
                "--set:1:10: empty key in 'stations..servers'");
        assertThat(problems(LINE, "release={takt: 60s")).singleElement().asString()
                .startsWith("--set:1:19: malformed YAML: ");
    }

    @Test
    void fileProblemsComeFirstThenSetProblemsInOptionOrder() {
        assertThat(problems(LINE + "colour: red\n", "stations.x.servers=1", "seed=abc")).containsExactly(
                "bad.yaml:4:1: unknown key 'colour' in the config (valid keys: name, seed, horizon, warmup, calendar,"
                        + " products, sequence, release, stations, feeders, targets, site, logistics, parts, suppliers, energy)",
                "--set:1:10: --set stations.x.servers: no entry 'x' in stations (use a name or an index from 0 to 1)",
                "--set:1:6: seed: expected a whole number, got 'abc'");
    }
}
