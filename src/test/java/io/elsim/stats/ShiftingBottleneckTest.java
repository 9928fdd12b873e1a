package io.elsim.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The active-period method on periods worked out by hand (Roser, Nakano and Tanaka, WSC 2002):
 * at each instant the machine with the longest active period is the bottleneck; the overlap of
 * two successive bottlenecks' periods is shifting time for both.
 */
class ShiftingBottleneckTest {

    @Test
    void hand_worked_two_machine_example() {
        // M0 active [0,10] and [22,25]; M1 active [8,20] and [24,26]
        ShiftingBottleneck b = new ShiftingBottleneck(2);
        b.begin(0, 0);
        b.begin(1, 8);
        b.end(0, 10);
        b.end(1, 20);
        b.begin(0, 22);
        b.begin(1, 24);
        b.end(0, 25);
        b.end(1, 26);
        b.finish(30);
        // momentary bottleneck: M0 on [0,8), M1 (12 > 10) on [8,20), none on [20,22),
        // M0 (3 > 2) on [22,25), M1 on [25,26).
        // shifting: overlap [8,10] (2) and [24,25] (1) → 3 each.
        // sole: M0 8 + (3 - 1) = 10; M1 (12 - 2) + 1 = 11.
        assertThat(b.soleTime(0)).isCloseTo(10, within(1e-12));
        assertThat(b.shiftingTime(0)).isCloseTo(3, within(1e-12));
        assertThat(b.soleTime(1)).isCloseTo(11, within(1e-12));
        assertThat(b.shiftingTime(1)).isCloseTo(3, within(1e-12));
    }

    @Test
    void a_machine_always_active_is_the_sole_bottleneck_and_dominates_short_periods() {
        ShiftingBottleneck b = new ShiftingBottleneck(3);
        b.begin(0, 0);
        for (int k = 0; k < 10_000; k++) {
            b.begin(1 + k % 2, k + 0.2);
            b.end(1 + k % 2, k + 0.7);
        }
        b.finish(10_000);
        assertThat(b.soleTime(0)).isCloseTo(10_000, within(1e-9));
        assertThat(b.shiftingTime(0)).isZero();
        assertThat(b.soleTime(1) + b.soleTime(2) + b.shiftingTime(1) + b.shiftingTime(2)).isZero();
    }

    @Test
    void a_reset_counts_only_the_time_after_it() {
        ShiftingBottleneck b = new ShiftingBottleneck(1);
        b.begin(0, 0);
        b.end(0, 10);
        b.reset(4);
        b.begin(0, 12);
        b.end(0, 15);
        b.finish(20);
        // [4,10) and [12,15) as sole bottleneck
        assertThat(b.soleTime(0)).isCloseTo(9, within(1e-12));
    }

    @Test
    void bottleneck_moving_from_one_machine_to_another() {
        // first half: M0 long periods, M1 short; second half: the reverse
        ShiftingBottleneck b = new ShiftingBottleneck(2);
        for (int k = 0; k < 100; k++) {
            double t = k * 10;
            boolean firstHalf = k < 50;
            b.begin(firstHalf ? 0 : 1, t);
            b.begin(firstHalf ? 1 : 0, t + 1);
            b.end(firstHalf ? 1 : 0, t + 3);
            b.end(firstHalf ? 0 : 1, t + 9);
        }
        b.finish(1000);
        // each 10 s cycle: the long machine is bottleneck for its 9 s period, no overlap with
        // another bottleneck period (the short one is never longest) → 450 s sole each
        assertThat(b.soleTime(0)).isCloseTo(450, within(1e-9));
        assertThat(b.soleTime(1)).isCloseTo(450, within(1e-9));
        assertThat(b.shiftingTime(0) + b.shiftingTime(1)).isZero();
    }
}
