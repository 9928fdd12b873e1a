package io.elsim.report;

import io.elsim.model.Printable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How one table cell becomes text, shared by the writers so CSV and JSON agree digit for
 * digit. All rules are pure arithmetic on {@link BigDecimal}: no {@code Locale}, no
 * {@code Double.toString} (whose output changed between JDK 17 and 19), so the bytes of
 * a report depend only on the values.
 */
final class Cells {
    private Cells() { }

    /** Outside [1e-6, 1e15) plain notation gets unreadably long, so exponent form is used there. */
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;
    private static final int READABLE_DIGITS = 4;

    static boolean isInteger(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    /** Non-finite doubles have no value a spreadsheet or JSON reader understands. */
    static boolean isMissing(Object v) {
        return v == null || (v instanceof Number n && !isInteger(n) && !Double.isFinite(n.doubleValue()));
    }

    /**
     * The shortest decimal that reads back as exactly {@code v}, e.g. 0.1 → "0.1",
     * 5.0 → "5", 1.5e-9 → "1.5E-9". Caller must pass a finite value.
     */
    static String exact(double v) {
        if (v == 0) return "0";
        BigDecimal exactValue = new BigDecimal(v);
        BigDecimal shortest = exactValue;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exactValue.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                shortest = candidate;
                break;
            }
        }
        return decimal(shortest.stripTrailingZeros(), Math.abs(v));
    }

    /**
     * A value for people: {@value #READABLE_DIGITS} significant digits (59.99836 → "60.00",
     * 0.8523 → "0.8523"), but whole numbers from 10^4 up keep all their integer digits
     * (431004.3 → "431004") because dropping them to zeros would look like data.
     */
    static String readable(double v) {
        if (Double.isNaN(v)) return "-";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return "0";
        double abs = Math.abs(v);
        if (abs >= 1e4 && abs < PLAIN_MAX) {
            return new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        // valueOf (shortest repr) rounds the decimal the user would see, so 0.12345 → 0.1235
        BigDecimal rounded = BigDecimal.valueOf(v).round(new MathContext(READABLE_DIGITS, RoundingMode.HALF_UP));
        // 2.5 → 2.500: the same number of digits for every value lets columns be compared by eye
        if (rounded.precision() < READABLE_DIGITS) {
            rounded = rounded.setScale(rounded.scale() + READABLE_DIGITS - rounded.precision());
        }
        return decimal(rounded, abs);
    }

    private static String decimal(BigDecimal d, double abs) {
        if (abs >= PLAIN_MIN && abs < PLAIN_MAX) return d.toPlainString();
        // BigDecimal's scientific form ("1.5E-9", "1E+20") is valid for Java, JSON and Python alike
        BigDecimal normalised = d.round(MathContext.UNLIMITED);
        int exponent = normalised.precision() - normalised.scale() - 1;
        BigDecimal mantissa = normalised.movePointLeft(exponent);
        return mantissa.toPlainString() + "E" + exponent;
    }

    /** Machine form (CSV cells; JSON numbers use the same digits). Missing → "". */
    static String machine(Object v) {
        if (isMissing(v)) return "";
        if (isInteger(v)) return v.toString();
        if (v instanceof Number n) return exact(n.doubleValue());
        if (v instanceof Boolean b) return b.toString();
        return v.toString();
    }

    /**
     * CSV form: {@link #machine}, and a text cell a spreadsheet would run as a formula quoted
     * ({@link SpreadsheetText}). Numbers stay numbers, negative ones included.
     */
    static String csv(Object v) {
        String text = machine(v);
        return v == null || v instanceof Number || v instanceof Boolean ? text : SpreadsheetText.neutralise(text);
    }

    /** Terminal form. null → "-", booleans yes/no; text with its control characters escaped ({@code \x1b}). */
    static String human(Object v) {
        if (v == null) return "-";
        if (isInteger(v)) return v.toString();
        if (v instanceof Number n) return readable(n.doubleValue());
        if (v instanceof Boolean b) return b ? "yes" : "no";
        return Printable.escape(v.toString());
    }
}
