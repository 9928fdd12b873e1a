package io.elsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal format ({@code --format table}). Each table starts with its name on a line
 * of its own. A one-row table (like {@code summary}) reads better turned on its side, as a
 * "field  value" list; other tables print as columns under a header and a rule of dashes.
 * Numbers are right-aligned, text left-aligned; doubles get 4 significant digits
 * (see {@link Cells#readable}). Lines end with {@code \n} on every platform and carry no
 * trailing blanks, so the output is byte-for-byte reproducible.
 */
public final class TextReportWriter {
    private static final String GAP = "  ";

    /** Writes the tables in order, separated by a blank line. */
    public void write(List<Table> tables, Writer out) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) out.write('\n');
            write(tables.get(i), out);
        }
    }

    public void write(Table table, Writer out) throws IOException {
        out.write(table.name());
        out.write('\n');
        if (table.size() == 1) {
            writeFieldList(table, out);
        } else {
            writeColumns(table, out);
        }
    }

    private void writeFieldList(Table table, Writer out) throws IOException {
        Object[] row = table.rows().get(0);
        List<String> fields = table.columns();
        List<Cell> values = new ArrayList<>();
        for (Object v : row) values.add(Cell.of(v));
        int fieldWidth = fields.stream().mapToInt(String::length).max().orElse(0);
        // numbers share one right edge; text starts where the widest number starts
        int valueWidth = values.stream().filter(c -> c.right).mapToInt(c -> c.text.length()).max().orElse(0);
        for (int i = 0; i < fields.size(); i++) {
            Cell c = values.get(i);
            String value = c.right ? padLeft(c.text, valueWidth) : c.text;
            writeLine(out, "  " + padRight(fields.get(i), fieldWidth) + GAP + value);
        }
    }

    private void writeColumns(Table table, Writer out) throws IOException {
        int n = table.columns().size();
        List<Cell[]> cells = new ArrayList<>();
        for (Object[] row : table.rows()) {
            Cell[] line = new Cell[n];
            for (int c = 0; c < n; c++) line[c] = Cell.of(row[c]);
            cells.add(line);
        }
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = table.columns().get(c).length();
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (Cell[] line : cells) {
                width[c] = Math.max(width[c], line[c].text.length());
                if (line[c].right) anyNumber = true;
                else if (!line[c].missing) allNumbers = false;
            }
            numeric[c] = anyNumber && allNumbers;
        }
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            if (c > 0) {
                header.append(GAP);
                rule.append(GAP);
            }
            header.append(align(table.columns().get(c), width[c], numeric[c]));
            rule.append("-".repeat(width[c]));
        }
        writeLine(out, header.toString());
        writeLine(out, rule.toString());
        for (Cell[] line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (c > 0) sb.append(GAP);
                // a "-" for a missing number sits under the numbers, not at the left edge
                boolean right = line[c].right || (numeric[c] && line[c].missing);
                sb.append(align(line[c].text, width[c], right));
            }
            writeLine(out, sb.toString());
        }
    }

    private static void writeLine(Writer out, String line) throws IOException {
        out.write(line.stripTrailing());
        out.write('\n');
    }

    private static String align(String s, int width, boolean right) {
        return right ? padLeft(s, width) : padRight(s, width);
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private record Cell(String text, boolean right, boolean missing) {
        static Cell of(Object v) {
            boolean missing = v == null || (v instanceof Number n && !Cells.isInteger(n) && Double.isNaN(n.doubleValue()));
            return new Cell(Cells.human(v), v instanceof Number && !missing, missing);
        }
    }
}
