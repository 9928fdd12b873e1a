package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.model.DistributionSpec;
import io.elsim.model.ProductSpec;
import io.elsim.model.SequenceSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The product of each released vehicle, from the definitions: a repeated pattern in order, and
 * at random by share the first product whose cumulative share exceeds u · total, with u the
 * stream's next draw (read here from a twin stream of the same seed).
 */
class ProductSequenceTest {

    static final List<ProductSpec> THREE = List.of(new ProductSpec("A", 2), new ProductSpec("B", 3),
            new ProductSpec("C", 5));

    /** By definition: shares 2, 3, 5 (total 10) give cumulative 2, 5, 10; A for u·10 < 2, B below 5, else C. */
    static int byShare(double u) {
        double x = u * 10;
        return x < 2 ? 0 : x < 5 ? 1 : 2;
    }

    @Test
    void random_by_share_takes_the_first_product_whose_cumulative_share_exceeds_the_draw() {
        ProductSequence seq = ProductSequence.of(new SequenceSpec.Random(), THREE, new RandomStream(42));
        RandomStream twin = new RandomStream(42);
        int[] count = new int[3];
        for (int i = 0; i < 2000; i++) {
            int expected = byShare(twin.nextDouble());
            assertThat(seq.next()).as("vehicle %d", i).isEqualTo(expected);
            count[expected]++;
        }
        // every product occurs, so each branch of the definition was exercised
        assertThat(count[0]).isPositive();
        assertThat(count[1]).isPositive();
        assertThat(count[2]).isPositive();
    }

    /** Shares need not sum to 1: 1 and 3 (total 4) give A for u·4 < 1, i.e. u < 0.25. */
    @Test
    void shares_are_scaled_by_their_total() {
        List<ProductSpec> two = List.of(new ProductSpec("A", 1), new ProductSpec("B", 3));
        ProductSequence seq = ProductSequence.of(new SequenceSpec.Random(), two, new RandomStream(7));
        RandomStream twin = new RandomStream(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(seq.next()).isEqualTo(twin.nextDouble() < 0.25 ? 0 : 1);
        }
    }

    @Test
    void a_single_product_is_always_chosen() {
        ProductSequence seq = ProductSequence.of(new SequenceSpec.Random(), List.of(new ProductSpec("only", 1)),
                new RandomStream(1));
        for (int i = 0; i < 10; i++) assertThat(seq.next()).isZero();
    }

    @Test
    void a_repeated_pattern_is_followed_in_order_and_starts_again() {
        ProductSequence seq = ProductSequence.of(new SequenceSpec.Repeat(List.of("C", "A", "C", "B")), THREE,
                new RandomStream(1));
        int[] got = new int[9];
        for (int i = 0; i < got.length; i++) got[i] = seq.next();
        assertThat(got).containsExactly(2, 0, 2, 1, 2, 0, 2, 1, 2);
    }

    @Test
    void an_unknown_product_in_the_pattern_is_named() {
        assertThatThrownBy(() -> ProductSequence.of(new SequenceSpec.Repeat(List.of("A", "Z")), THREE,
                new RandomStream(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown product in sequence: Z");
    }

    @Test
    void only_a_constant_distribution_is_constant() {
        assertThat(Distributions.isConstant(new DistributionSpec.Constant(5))).isTrue();
        assertThat(Distributions.isConstant(new DistributionSpec.Uniform(5, 5))).isFalse();
        assertThat(Distributions.isConstant(new DistributionSpec.Exponential(5))).isFalse();
    }
}
