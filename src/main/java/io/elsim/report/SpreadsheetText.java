package io.elsim.report;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula ("CSV injection"), neutralised the way
 * OWASP recommends: a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return (or their full-width forms, which some spreadsheets also take
 * as formula starts) gets a single quote in front, so the spreadsheet shows it as text.
 * <p>
 * Two refinements keep the data exact:
 * <ul>
 *   <li>a cell that is a plain number ({@code -1.5}, {@code -3}, {@code -2.5E-7},
 *       {@code +4}) is left alone: a spreadsheet reads it as that number, not a formula;</li>
 *   <li>a cell that already starts with quotes followed by one of those characters gets one
 *       more quote, so {@link #restore} can tell elsim's quote from the user's text and every
 *       cell reads back to exactly what was written ({@code elsim merge} and
 *       {@code sweep --resume} depend on it).</li>
 * </ul>
 * The mapping is one to one: a written cell starts with {@code '+} followed by a formula
 * character exactly when elsim added the first quote.
 */
public final class SpreadsheetText {
    private SpreadsheetText() { }

    /** Characters that start a formula in Excel, LibreOffice or Google Sheets. */
    static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The cell as written to a CSV file: quoted in front when a spreadsheet would run it. */
    public static String neutralise(String cell) {
        return needsQuote(cell, 0) && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** The inverse of {@link #neutralise}: the cell as elsim had it before writing. */
    public static String restore(String cell) {
        return cell.startsWith("'") && needsQuote(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether, after the quotes from {@code from} on, the cell starts with a formula character. */
    private static boolean needsQuote(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') i++;
        return i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0;
    }
}
