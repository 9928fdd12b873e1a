package io.elsim.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of the plain range [1e-6, 1e15) and of whole-number display (from 10^4), both sides of each. */
class CellsEdgesTest {

    @Test
    void exact_is_plain_from_one_millionth_up_to_below_ten_to_the_fifteenth() {
        assertThat(Cells.exact(1e-6)).isEqualTo("0.000001");
        assertThat(Cells.exact(9.9e-7)).isEqualTo("9.9E-7");
        assertThat(Cells.exact(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(Cells.exact(1e15)).isEqualTo("1E15");
        assertThat(Cells.exact(-1e15)).isEqualTo("-1E15");
    }

    @Test
    void readable_keeps_whole_numbers_from_ten_thousand_and_four_digits_elsewhere() {
        assertThat(Cells.readable(10_000)).isEqualTo("10000");
        assertThat(Cells.readable(9_999.4)).isEqualTo("9999");
        assertThat(Cells.readable(123_456_789_012_345.6)).isEqualTo("123456789012346");
        assertThat(Cells.readable(1e15)).isEqualTo("1.000E15");
        assertThat(Cells.readable(1e-6)).isEqualTo("0.000001000");
        assertThat(Cells.readable(-1e15)).isEqualTo("-1.000E15");
    }
}
