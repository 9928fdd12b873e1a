package io.elsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void readableKeepsFourSignificantDigitsWithoutExponentForOrdinaryValues() {
        assertThat(Cells.readable(0.8523)).isEqualTo("0.8523");
        assertThat(Cells.readable(59.99836)).isEqualTo("60.00");
        assertThat(Cells.readable(431004.3)).isEqualTo("431004");
        assertThat(Cells.readable(9999.6)).isEqualTo("10000");
        assertThat(Cells.readable(0.12345)).isEqualTo("0.1235");
        assertThat(Cells.readable(-2.5)).isEqualTo("-2.500");
        assertThat(Cells.readable(0.0)).isEqualTo("0");
        assertThat(Cells.readable(0.00012345)).isEqualTo("0.0001235");
        assertThat(Cells.readable(1.23456e-9)).isEqualTo("1.235E-9");
        assertThat(Cells.readable(Double.NaN)).isEqualTo("-");
        assertThat(Cells.readable(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void humanFormatsEachValueKind() {
        assertThat(Cells.human(12L)).isEqualTo("12");
        assertThat(Cells.human(7)).isEqualTo("7");
        assertThat(Cells.human(true)).isEqualTo("yes");
        assertThat(Cells.human(false)).isEqualTo("no");
        assertThat(Cells.human(null)).isEqualTo("-");
        assertThat(Cells.human("oven")).isEqualTo("oven");
    }

    @Test
    void exactIsShortestAndPlainInTheOrdinaryRange() {
        assertThat(Cells.exact(0.1)).isEqualTo("0.1");
        assertThat(Cells.exact(5.0)).isEqualTo("5");
        assertThat(Cells.exact(431004.3)).isEqualTo("431004.3");
        assertThat(Cells.exact(1e-6)).isEqualTo("0.000001");
        assertThat(Cells.exact(123456789012345.0)).isEqualTo("123456789012345");
        assertThat(Cells.exact(1.5e-9)).isEqualTo("1.5E-9");
        assertThat(Cells.exact(2e20)).isEqualTo("2E20");
        assertThat(Cells.exact(-0.0)).isEqualTo("0");
    }

    @Test
    void exactRoundTripsEveryDouble() {
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 3) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextGaussian() * 1e6;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (!Double.isFinite(v)) continue;
            String text = Cells.exact(v);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v == 0 ? 0.0 : v);
            // Double.toString round-trips too, so it can never need fewer digits than the shortest
            assertThat(significantDigits(text)).as(text).isLessThanOrEqualTo(significantDigits(Double.toString(v)));
        }
    }

    private static int significantDigits(String number) {
        String mantissa = number.replaceAll("[eE].*$", "").replaceAll("[^0-9]", "");
        String digits = mantissa.replaceAll("^0+", "").replaceAll("0+$", "");
        return Math.max(1, digits.length());
    }

    @Test
    void machineLeavesNonFiniteAndNullEmpty() {
        assertThat(Cells.machine(Double.NaN)).isEmpty();
        assertThat(Cells.machine(Double.NEGATIVE_INFINITY)).isEmpty();
        assertThat(Cells.machine(null)).isEmpty();
        assertThat(Cells.machine(true)).isEqualTo("true");
        assertThat(Cells.machine(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    }
}
