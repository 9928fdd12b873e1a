package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {constant: DURATION}} as a repair time and a time between failures: a deterministic
 * station whose every figure follows by hand.
 */
class ConstantRepairTimeTest {

    /**
     * One server, 60 s per vehicle, never starved or blocked. It fails after every 50.5 min of
     * work and is repaired in exactly 8 min, so each 58.5 min it works 50.5 min. In one week
     * (10080 min) that is 172 whole periods (10062 min, 172 failures, 172 × 50.5 min of work)
     * and 18 min more of work: 172 × 50.5 + 18 = 8704 min of work, 8704 vehicles. Down
     * 172 × 8 = 1376 min of 10080. The vehicle caught by a failure takes 60 s + 8 min = 0.15 h.
     */
    @Test
    void a_constant_mttr_gives_the_hand_calculated_output(@TempDir Path dir) throws Exception {
        JsonNode report = run(dir, "{mtbf: {constant: 50.5min}, mttr: {constant: 8min}}");
        JsonNode summary = report.get("summary").get(0);
        JsonNode press = report.get("stations").get(0);
        assertThat(summary.get("vehicles_completed").asLong()).isEqualTo(8704);
        assertThat(press.get("failures").asLong()).isEqualTo(172);
        assertThat(press.get("down_frac").asDouble()).isCloseTo(1376.0 / 10080, within(1e-12));
        assertThat(summary.get("build_time_max_h").asDouble()).isCloseTo(0.15, within(1e-9));
    }

    /** A bare duration under mttr stays the mean of an exponential: repairs then vary. */
    @Test
    void a_bare_mttr_is_still_an_exponential_mean(@TempDir Path dir) throws Exception {
        JsonNode report = run(dir, "{mtbf: {constant: 50.5min}, mttr: 8min}");
        assertThat(report.get("summary").get(0).get("build_time_max_h").asDouble()).isGreaterThan(0.15 + 1e-6);
        assertThat(report.get("stations").get(0).get("failures").asLong()).isNotEqualTo(172);
    }

    private static JsonNode run(Path dir, String failures) throws Exception {
        Path config = dir.resolve("press.yaml");
        Files.writeString(config, "horizon: 1w\nstations:\n  - {name: press, cycle: 60s, failures: " + failures + "}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(Main.execute("run", config.toString(), "--format", "json", "-q")).isZero();
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
