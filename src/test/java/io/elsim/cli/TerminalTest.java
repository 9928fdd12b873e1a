package io.elsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elsim.report.StateBar;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    @Test
    void colourOnlyOnAConsoleWithATermAndNoNoColor() {
        assertThat(Terminal.bars(false, true, XTERM, "UTF-8").colour()).isTrue();
        assertThat(Terminal.bars(false, false, XTERM, "UTF-8").colour()).as("piped").isFalse();
        assertThat(Terminal.bars(false, true, Map.of("TERM", "dumb"), "UTF-8").colour()).isFalse();
        assertThat(Terminal.bars(false, true, Map.of(), "UTF-8").colour()).isFalse();
        assertThat(Terminal.bars(false, true, Map.of("TERM", "xterm", "NO_COLOR", ""), "UTF-8").colour()).isFalse();
    }

    @Test
    void blocksOnlyForUtf8AndWithoutAscii() {
        assertThat(Terminal.bars(false, true, XTERM, "UTF-8").unicode()).isTrue();
        assertThat(Terminal.bars(false, true, XTERM, "utf8").unicode()).isTrue();
        assertThat(Terminal.bars(false, true, XTERM, "ANSI_X3.4-1968").unicode()).isFalse();
        assertThat(Terminal.bars(true, true, XTERM, "UTF-8").unicode()).isFalse();
        assertThat(Terminal.bars(true, true, XTERM, "UTF-8").width()).isEqualTo(StateBar.DEFAULT_WIDTH);
    }
}
