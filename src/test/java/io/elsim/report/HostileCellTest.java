package io.elsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text with control characters in a table (names are refused at load time; a path, a --vary
 * value or a future free-text field could still carry them): the terminal form shows them
 * escaped, JSON keeps the exact value.
 */
class HostileCellTest {
    static final String[] TEXTS = {"a\u001b[2Jb", "evil\u001b]0;title\u0007", "x\u009b31my", "r\u202eight", "two\nlines",
            "tab\there", "del\u007f", "cr\rret"};

    static Table table() {
        Table t = new Table("stations\u001b[1m", List.of("name", "note\u0007", "processed"));
        for (int i = 0; i < TEXTS.length; i++) t.addRow(TEXTS[i], TEXTS[TEXTS.length - 1 - i], (long) i);
        return t;
    }

    private static void assertNoControl(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202e))
                .as(text).isEmpty();
    }

    @Test
    void terminalTablesShowEveryControlCharacterEscaped() throws IOException {
        StringWriter out = new StringWriter();
        new TextReportWriter().write(table(), out);
        String text = out.toString();
        assertNoControl(text);
        assertThat(text).startsWith("stations\\x1b[1m\n").contains("note\\x07", "a\\x1b[2Jb", "evil\\x1b]0;title\\x07",
                "x\\x9b31my", "r\\u202eight", "two\\x0alines", "tab\\x09here", "del\\x7f", "cr\\x0dret");
        // one line per row: a line feed in a cell does not break the table
        assertThat(text.lines().count()).isEqualTo(1 + 2 + TEXTS.length);

        // one-row tables print as a field list
        Table one = new Table("summary", List.of("name\u001b", "events"));
        one.addRow("a\u001b[2Jb", 3L);
        StringWriter list = new StringWriter();
        new TextReportWriter().write(one, list);
        assertNoControl(list.toString());
        assertThat(list.toString()).contains("name\\x1b", "a\\x1b[2Jb");
    }

    @Test
    void jsonKeepsTheExactTextAndWritesNoRawControlCharacter() throws IOException {
        Report report = new Report(List.of(table()), null, "test");
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(report, out);
        String json = out.toString();
        assertNoControl(json.replace("\n", ""));
        JsonNode rows = new ObjectMapper().readTree(json).get("stations\u001b[1m");
        for (int i = 0; i < TEXTS.length; i++) {
            assertThat(rows.get(i).get("name").asText()).isEqualTo(TEXTS[i]);
            assertThat(rows.get(i).get("note\u0007").asText()).isEqualTo(TEXTS[TEXTS.length - 1 - i]);
        }
        assertThat(json).contains("a\\u001B[2Jb", "x\\u009B31my", "r\\u202Eight", "del\\u007F", "cr\\rret");
    }
}
