package io.elsim.validation;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.elsim.validation.ConfigRuns.field;
import static org.assertj.core.api.Assertions.assertThat;

/** A buffer full since time 0 is full for the whole measured period after the warm-up, not longer. */
class FullBufferResetTest {

    /**
     * Unlimited release into s (1000 s per vehicle, one place): at time 0 the server takes the
     * first vehicle and the second fills the place; nothing moves before 1000 s. Measured from
     * the warm-up (100 s) to 200 s the place is full all the time: full_frac exactly 1, content 1.
     * (Counting the full period from time 0 would give 200 s of fullness in 100 s.)
     */
    @Test
    void a_buffer_full_across_the_warmup_counts_from_the_warmup() {
        Map<String, Double> m = ConfigRuns.run("""
                name: full from the start
                warmup: 100s
                horizon: 100s
                stations:
                  - {name: s, cycle: 1000s, buffer: 1}
                """);
        assertThat(field(m, "buffers:s:full_frac")).isEqualTo(1.0);
        assertThat(field(m, "buffers:s:mean_content")).isEqualTo(1.0);
        assertThat(field(m, "buffers:s:max_content")).isEqualTo(1.0);
    }
}
