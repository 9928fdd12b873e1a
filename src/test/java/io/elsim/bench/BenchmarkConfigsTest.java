package io.elsim.bench;

import io.elsim.model.LineSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's example mode loads the built-in examples over the horizon it is given, so
 * that a change of the config rules (units required, new keys) cannot break the benchmark
 * unnoticed until someone runs it.
 */
class BenchmarkConfigsTest {
    @Test
    void every_benchmarked_example_loads_over_the_given_horizon_without_warm_up() throws Exception {
        for (String name : new String[] {"douai", "electricity-2031"}) {
            LineSpec spec = LineBenchmark.example(name, 13 * 7 * 86400.0);
            assertThat(spec.horizon()).as(name).isEqualTo(7_862_400.0);
            assertThat(spec.warmup()).as(name).isZero();
        }
    }
}
