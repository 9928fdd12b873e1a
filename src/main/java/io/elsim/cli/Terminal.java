package io.elsim.cli;

import io.elsim.report.StateBar;

import java.util.Locale;
import java.util.Map;

/**
 * What stdout can show, decided once from the environment: block characters need a UTF-8
 * terminal encoding (and no {@code --ascii}); colour needs a console, a {@code TERM} other
 * than {@code dumb}, and no {@code NO_COLOR} (see no-color.org). Piped output is never coloured.
 */
final class Terminal {
    private Terminal() { }

    /** The state bars for the report on stdout. */
    static StateBar bars(boolean ascii) {
        return bars(ascii, System.console() != null, System.getenv(), encoding());
    }

    /** Testable core: {@code console} is whether stdout is a terminal, {@code encoding} its charset name. */
    static StateBar bars(boolean ascii, boolean console, Map<String, String> env, String encoding) {
        boolean unicode = !ascii && isUtf8(encoding);
        String term = env.get("TERM");
        boolean colour = console && term != null && !term.isBlank() && !term.equals("dumb")
                && !env.containsKey("NO_COLOR");
        return new StateBar(unicode, colour, StateBar.DEFAULT_WIDTH);
    }

    /**
     * The charset the terminal decodes stdout with: {@code stdout.encoding} (Java 19+) or,
     * on Java 17, {@code native.encoding}, which follows the locale (LANG / LC_ALL).
     */
    static String encoding() {
        String e = System.getProperty("stdout.encoding");
        if (e == null) e = System.getProperty("native.encoding");
        return e == null ? java.nio.charset.Charset.defaultCharset().name() : e;
    }

    static boolean isUtf8(String encoding) {
        if (encoding == null) return false;
        String e = encoding.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return e.equals("utf8");
    }
}
