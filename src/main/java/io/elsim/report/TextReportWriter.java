package io.elsim.report;

import io.elsim.model.Printable;

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
 * trailing blanks, so the output is byte-for-byte reproducible. Text (names, --vary values,
 * column names) shows its control characters escaped ({@link Printable}): the only control
 * characters in the output are the line ends and the state bars' own colour codes.
 * <p>
 * Given a {@link StateBar}, the {@code stations} table gains a {@code state} column after
 * the name, one bar per station drawn from its state fractions, and a legend under the table;
 * the {@code energy} table gains an {@code idle} column, a bar filled to each row's idle share.
 * When the stations belong to several lines (feeders) and the view leaves the {@code line}
 * column out, each feeder's stations come under a heading line "(feeder NAME)".
 */
public final class TextReportWriter {
    private static final String GAP = "  ";
    /** The column the state bars go in; it exists in the terminal format only. */
    public static final String STATE_COLUMN = "state";
    /** The column of the energy table's idle-share bars; terminal format only. */
    public static final String IDLE_COLUMN = "idle";

    private final StateBar bars;
    private final TableView view;

    /** Plain tables, no bars, every column. */
    public TextReportWriter() {
        this(null);
    }

    /** @param bars how to draw the stations' state bars; null for none */
    public TextReportWriter(StateBar bars) {
        this(bars, TableView.WIDE);
    }

    /** @param view which columns to show (the CLI's default view fits 120 characters) */
    public TextReportWriter(StateBar bars, TableView view) {
        this.bars = bars;
        this.view = view;
    }

    /** Writes the tables in order, separated by a blank line. */
    public void write(List<Table> tables, Writer out) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) out.write('\n');
            write(tables.get(i), out);
        }
    }

    public void write(Table table, Writer out) throws IOException {
        out.write(Printable.escape(table.name()));
        out.write('\n');
        if (table.size() == 1) {
            writeFieldList(table, out);
        } else {
            writeColumns(table, out);
        }
    }

    private void writeFieldList(Table table, Writer out) throws IOException {
        Object[] row = table.rows().get(0);
        List<String> fields = view.shown(table.name(), table.columns(), false).stream()
                .filter(table::hasColumn).toList();
        List<Cell> values = new ArrayList<>();
        for (String f : fields) values.add(Cell.of(row[table.columnIndex(f)]));
        // field names can be --vary keys as the user typed them
        List<String> labels = fields.stream().map(Printable::escape).toList();
        int fieldWidth = labels.stream().mapToInt(String::length).max().orElse(0);
        // numbers share one right edge; text starts where the widest number starts
        int valueWidth = values.stream().filter(c -> c.right).mapToInt(c -> c.text.length()).max().orElse(0);
        for (int i = 0; i < fields.size(); i++) {
            Cell c = values.get(i);
            String value = c.right ? padLeft(c.text, valueWidth) : c.text;
            writeLine(out, "  " + padRight(labels.get(i), fieldWidth) + GAP + value);
        }
    }

    private void writeColumns(Table table, Writer out) throws IOException {
        boolean stateBars = bars != null && StateBar.applies(table);
        boolean withBars = stateBars || (bars != null && StateBar.appliesIdleShare(table));
        // the bar goes right after the name, where the eye starts reading a row
        String barColumn = stateBars ? STATE_COLUMN : IDLE_COLUMN;
        List<String> all = new ArrayList<>(table.columns());
        if (withBars) all.add(all.indexOf("name") + 1, barColumn);
        List<String> columns = view.shown(table.name(), all, true);
        // column names can be --vary keys as the user typed them
        List<String> labels = columns.stream().map(Printable::escape).toList();
        int n = columns.size();
        List<Cell[]> cells = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            Object[] row = table.rows().get(r);
            Cell[] line = new Cell[n];
            for (int c = 0; c < n; c++) {
                line[c] = withBars && columns.get(c).equals(barColumn)
                        ? Cell.bar(stateBars ? bars.bar(StateBar.fractions(table, r))
                                : bars.shareBar(table.getDouble(r, StateBar.IDLE_SHARE)), bars.width())
                        : Cell.of(row[table.columnIndex(columns.get(c))]);
            }
            cells.add(line);
        }
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            width[c] = labels.get(c).length();
            boolean anyNumber = false;
            boolean allNumbers = true;
            for (Cell[] line : cells) {
                width[c] = Math.max(width[c], line[c].width);
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
            header.append(align(labels.get(c), width[c], numeric[c]));
            rule.append("-".repeat(width[c]));
        }
        writeLine(out, header.toString());
        writeLine(out, rule.toString());
        boolean groups = stateBars && table.hasColumn(LINE_COLUMN) && !columns.contains(LINE_COLUMN);
        for (int r = 0; r < cells.size(); r++) {
            Cell[] line = cells.get(r);
            if (groups && r > 0 && !table.get(r, LINE_COLUMN).equals(table.get(r - 1, LINE_COLUMN))) {
                writeLine(out, "(feeder " + Printable.escape(String.valueOf(table.get(r, LINE_COLUMN))) + ")");
            }
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (c > 0) sb.append(GAP);
                // a "-" for a missing number sits under the numbers, not at the left edge
                boolean right = line[c].right || (numeric[c] && line[c].missing);
                sb.append(align(line[c].text, line[c].width, width[c], right));
            }
            writeLine(out, sb.toString());
        }
        if (withBars && columns.contains(barColumn)) writeLine(out, stateBars ? bars.legend() : bars.idleLegend());
        int hidden = all.size() - columns.size();
        if (hidden > 0) {
            boolean intervals = all.stream().anyMatch(c -> c.endsWith("_ci95") && !columns.contains(c));
            writeLine(out, "(" + hidden + " more column" + (hidden == 1 ? "" : "s")
                    + (intervals ? ", the _ci95 half-widths among them" : "")
                    + ": --wide shows all, --columns chooses; CSV and JSON have every field)");
        }
    }

    /** The stations table's column naming the line (main or a feeder) a station belongs to. */
    private static final String LINE_COLUMN = "line";

    private static void writeLine(Writer out, String line) throws IOException {
        out.write(line.stripTrailing());
        out.write('\n');
    }

    private static String align(String s, int width, boolean right) {
        return align(s, s.length(), width, right);
    }

    /** Pads to {@code width} by the text's visible length (colour codes take no room). */
    private static String align(String s, int visible, int width, boolean right) {
        String pad = " ".repeat(Math.max(0, width - visible));
        return right ? pad + s : s + pad;
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private record Cell(String text, boolean right, boolean missing, int width) {
        static Cell of(Object v) {
            boolean missing = v == null || (v instanceof Number n && !Cells.isInteger(n) && Double.isNaN(n.doubleValue()));
            String text = Cells.human(v);
            return new Cell(text, v instanceof Number && !missing, missing, text.length());
        }

        static Cell bar(String text, int width) {
            return new Cell(text, false, false, width);
        }
    }
}
