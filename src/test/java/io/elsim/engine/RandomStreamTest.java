package io.elsim.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generator against the published algorithms, and its derived draws against their
 * distributions. Reference values were computed outside elsim from the published definitions
 * (Blackman and Vigna's xoshiro256** and SplitMix64; the FNV-1a 64-bit test vectors), in a
 * script whose xoshiro256** reproduces the authors' sequence from the state {1, 2, 3, 4}:
 * 11520, 0, 1509978240, 1215971899390074240.
 */
class RandomStreamTest {

    @Test
    void splitmix64_and_fnv1a_match_their_published_values() {
        // SplitMix64 from state 0: the first output mixes 0x9E3779B97F4A7C15
        assertThat(RandomStream.splitMix(0x9E3779B97F4A7C15L)).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(RandomStreams.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(RandomStreams.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(RandomStreams.fnv1a("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    /**
     * Seed 0 gives the state (SplitMix64 outputs 1 to 4 of state 0): e220a8397b1dcdaf,
     * 6e789e6aa1b965f4, 06c45d188009454f, f88bb8a8724c81ec; xoshiro256** from there.
     */
    @Test
    void seed_zero_gives_the_reference_xoshiro256_starstar_sequence() {
        RandomStream s = new RandomStream(0);
        assertThat(s.nextLong()).isEqualTo(0x99ec5f36cb75f2b4L);
        assertThat(s.nextLong()).isEqualTo(0xbf6e1f784956452aL);
        assertThat(s.nextLong()).isEqualTo(0x1a5f849d4933e6e0L);
        assertThat(s.nextLong()).isEqualTo(0x6aa594f1262d2d2cL);
        assertThat(s.nextLong()).isEqualTo(0xbba5ad4a1f842e59L);
        assertThat(s.nextLong()).isEqualTo(0xffef8375d9ebcacaL);
    }

    /** Each derived draw takes the top bits of the same 64-bit outputs. */
    @Test
    void derived_draws_take_the_top_bits() {
        RandomStream d = new RandomStream(0);
        assertThat(d.nextDouble()).isEqualTo((0x99ec5f36cb75f2b4L >>> 11) * 0x1.0p-53);
        assertThat(d.nextDouble()).isEqualTo(0.7477740925472398);
        RandomStream i = new RandomStream(0);
        assertThat(i.nextInt()).isEqualTo(0x99ec5f36);
        assertThat(i.nextInt()).isEqualTo(0xbf6e1f78);
        assertThat(i.nextInt()).isEqualTo(0x1a5f849d);
        RandomStream f = new RandomStream(0);
        assertThat(f.nextFloat()).isEqualTo(0x99ec5fL * 0x1.0p-24f);
        RandomStream b = new RandomStream(0);
        // signs of the outputs: -, -, +, +, -
        assertThat(new boolean[] {b.nextBoolean(), b.nextBoolean(), b.nextBoolean(), b.nextBoolean(), b.nextBoolean()})
                .containsExactly(true, true, false, false, true);
    }

    @Test
    void bytes_are_the_outputs_low_byte_first() {
        RandomStream s = new RandomStream(0);
        byte[] bytes = new byte[11];
        s.nextBytes(bytes);
        assertThat(bytes).containsExactly(0xb4, 0xf2, 0x75, 0xcb, 0x36, 0x5f, 0xec, 0x99, 0x2a, 0x45, 0x56);
        // the rest of the second output is dropped: the next draw is the third output
        assertThat(s.nextLong()).isEqualTo(0x1a5f849d4933e6e0L);
    }

    @Test
    void the_seed_setters_restart_the_stream() {
        RandomStream s = new RandomStream(99);
        s.nextLong();
        s.setSeed(0);
        assertThat(s.nextLong()).isEqualTo(0x99ec5f36cb75f2b4L);
        s.setSeed(0L);
        assertThat(s.nextLong()).isEqualTo(0x99ec5f36cb75f2b4L);
        // an int array seeds through its polynomial hash 31·h + v: {0, 0} → 0, {1, 2} → 33
        s.setSeed(new int[] {0, 0});
        assertThat(s.nextLong()).isEqualTo(0x99ec5f36cb75f2b4L);
        RandomStream t = new RandomStream(33);
        s.setSeed(new int[] {1, 2});
        assertThat(s.nextLong()).isEqualTo(t.nextLong());
    }

    /** Pearson's chi-square on n equally likely values; the 99.9 % points are from tables. */
    private static double chiSquare(long[] counts, long total) {
        double expected = (double) total / counts.length;
        double x2 = 0;
        for (long c : counts) x2 += (c - expected) * (c - expected) / expected;
        return x2;
    }

    @Test
    void bounded_ints_are_uniform() {
        RandomStream s = new RandomStream(5);
        long[] counts = new long[7];
        int n = 140_000;
        for (int k = 0; k < n; k++) counts[s.nextInt(7)]++;
        // chi-square with 6 degrees of freedom: 99.9 % point 22.46
        assertThat(chiSquare(counts, n)).isLessThan(22.46);
        assertThatThrownBy(() -> s.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.nextInt(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.nextInt(1)).isZero();
    }

    /**
     * A bound of 3·2^29 rejects 3/8 of the raw draws' low words: without the rejection the 2^32
     * raw values would map 3 or 2 to one each (by 8/3 on average), in a pattern of period 3 in
     * the value: residues mod 3 of the result would not be equally likely (1/3 each).
     */
    @Test
    void a_large_bound_is_unbiased_thanks_to_rejection() {
        RandomStream s = new RandomStream(6);
        int bound = 3 << 29;
        long[] residues = new long[3];
        int n = 300_000;
        for (int k = 0; k < n; k++) {
            int v = s.nextInt(bound);
            assertThat(v).isBetween(0, bound - 1);
            residues[v % 3]++;
        }
        // 2 degrees of freedom: 99.9 % point 13.82
        assertThat(chiSquare(residues, n)).isLessThan(13.82);
    }

    @Test
    void bytes_are_uniform_whatever_the_length() {
        RandomStream s = new RandomStream(8);
        long[] counts = new long[256];
        long total = 0;
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[1 + k % 13];
            s.nextBytes(b);
            for (byte x : b) counts[x & 0xff]++;
            total += b.length;
        }
        // 255 degrees of freedom: 99.9 % point 330.5
        assertThat(chiSquare(counts, total)).isLessThan(330.5);
    }

    /**
     * Standard normal draws: mean 0 (sd of the mean 1/√n), variance 1 (sd √(2/n)), 68.27 % within
     * one sd (sd √(p(1-p)/n)); each checked at 4.5 of its sd. n = 200,000.
     */
    @Test
    void gaussian_draws_have_the_normal_moments() {
        RandomStream s = new RandomStream(9);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        int within = 0;
        for (int k = 0; k < n; k++) {
            double g = s.nextGaussian();
            sum += g;
            sumSq += g * g;
            if (Math.abs(g) < 1) within++;
        }
        double mean = sum / n;
        assertThat(mean).isBetween(-4.5 / Math.sqrt(n), 4.5 / Math.sqrt(n));
        assertThat(sumSq / n - mean * mean).isBetween(1 - 4.5 * Math.sqrt(2.0 / n), 1 + 4.5 * Math.sqrt(2.0 / n));
        double p = 0.682689;
        assertThat((double) within / n).isBetween(p - 4.5 * Math.sqrt(p * (1 - p) / n), p + 4.5 * Math.sqrt(p * (1 - p) / n));
    }

    /** Successive pairs of the polar method are independent: their correlation is 0 ± 4.5/√n. */
    @Test
    void successive_gaussians_are_uncorrelated() {
        RandomStream s = new RandomStream(10);
        int n = 100_000;
        double sxy = 0;
        for (int k = 0; k < n; k++) sxy += s.nextGaussian() * s.nextGaussian();
        assertThat(sxy / n).isBetween(-4.5 / Math.sqrt(n), 4.5 / Math.sqrt(n));
    }

    @Test
    void floats_and_doubles_are_uniform_on_the_unit_interval() {
        RandomStream s = new RandomStream(12);
        int n = 100_000;
        double sumF = 0;
        double sumD = 0;
        for (int k = 0; k < n; k++) {
            float f = s.nextFloat();
            assertThat(f).isGreaterThanOrEqualTo(0f).isLessThan(1f);
            sumF += f;
            sumD += s.nextDouble();
        }
        // mean 1/2, sd of the mean √(1/12/n) = 0.00091; 4.5 sd
        assertThat(sumF / n).isBetween(0.5 - 0.0041, 0.5 + 0.0041);
        assertThat(sumD / n).isBetween(0.5 - 0.0041, 0.5 + 0.0041);
    }

    /** Every (seed, replication, name) has its own stream: no two of 30 × 30 × 3 share a first draw. */
    @Test
    void distinct_seeds_replications_and_names_give_distinct_streams() {
        java.util.Set<Long> first = new java.util.HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            for (int rep = 0; rep < 30; rep++) {
                RandomStreams streams = new RandomStreams(seed, rep);
                assertThat(streams.seed()).isEqualTo(seed);
                assertThat(streams.replication()).isEqualTo(rep);
                for (String name : new String[] {"station:a:cycle", "station:b:cycle", "release:product"}) {
                    first.add(streams.stream(name).nextLong());
                }
            }
        }
        assertThat(first).hasSize(30 * 30 * 3);
    }
}
