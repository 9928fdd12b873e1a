package io.elsim.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV formula neutralisation: what is quoted, what is not, and that every cell reads back exactly. */
class SpreadsheetTextTest {
    @TempDir Path dir;

    @Test
    void textThatWouldRunAsAFormulaGetsAQuoteInFront() {
        assertThat(SpreadsheetText.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\",\"click\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"click\")");
        assertThat(SpreadsheetText.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("\uFF1D1+2")).isEqualTo("'\uFF1D1+2");
        assertThat(SpreadsheetText.neutralise("+2h")).isEqualTo("'+2h");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        for (String s : List.of("-1.5", "-3", "+4", "-2.5E-7", "-.5", "1E20", "paint", "", "a=b", "R5 E-Tech", " =x", "'quoted")) {
            assertThat(SpreadsheetText.neutralise(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void aQuoteTheUserWroteIsKeptApartFromElsimsOwn() {
        assertThat(SpreadsheetText.neutralise("'=x")).isEqualTo("''=x");
        assertThat(SpreadsheetText.restore("''=x")).isEqualTo("'=x");
        assertThat(SpreadsheetText.restore("'=x")).isEqualTo("=x");
        assertThat(SpreadsheetText.restore("'quoted")).isEqualTo("'quoted");
    }

    /** Fixed seed: strings over the characters that matter, every one restored exactly and none left runnable. */
    @Test
    void everyCellReadsBackExactlyAndNoneStartsAFormula() {
        char[] alphabet = {'\'', '=', '+', '-', '@', '\t', '\r', '\uFF0B', 'a', '1', '.', 'E', ' ', '"', ','};
        Random random = new Random(26);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String s = sb.toString();
            String written = SpreadsheetText.neutralise(s);
            assertThat(SpreadsheetText.restore(written)).as("%s", s).isEqualTo(s);
            boolean runnable = !written.isEmpty() && SpreadsheetText.FORMULA_STARTS.indexOf(written.charAt(0)) >= 0;
            if (runnable) assertThat(written).as("only a plain number may start with a sign").matches("[-+][0-9.]+(E[-+]?[0-9]+)?");
        }
    }

    @Test
    void aCsvFileReadsBackToTheSameTableAndTheSameBytes() throws IOException {
        Table t = new Table("sweep", List.of("scenario", "=key", "value"));
        t.addRow(0L, "=1+2", -1.5);
        t.addRow(1L, "'=already quoted", -3L);
        t.addRow(2L, "@SUM(A1)", 2.0);
        t.addRow(3L, "-0s", null);
        StringWriter out = new StringWriter();
        new CsvReportWriter().write(t, out);
        String csv = out.toString();
        assertThat(csv).isEqualTo("scenario,'=key,value\r\n0,'=1+2,-1.5\r\n1,''=already quoted,-3\r\n"
                + "2,'@SUM(A1),2\r\n3,'-0s,\r\n");
        Path file = dir.resolve("t.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Table back = CsvTableReader.read(file, "sweep");
        assertThat(back.columns()).containsExactly("scenario", "=key", "value");
        assertThat(back.get(0, "=key")).isEqualTo("=1+2");
        assertThat(back.get(1, "=key")).isEqualTo("'=already quoted");
        assertThat(back.get(2, "=key")).isEqualTo("@SUM(A1)");
        assertThat(back.get(3, "=key")).isEqualTo("-0s");
        assertThat(back.get(0, "value")).isEqualTo("-1.5");
        StringWriter again = new StringWriter();
        new CsvReportWriter().write(back, again);
        assertThat(again.toString()).isEqualTo(csv);
    }
}
