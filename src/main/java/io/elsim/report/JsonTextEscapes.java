package io.elsim.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.elsim.model.Printable;

import java.util.Locale;

/**
 * JSON strings keep their exact value, but every control character is written as a
 * backslash-u escape (U+001B as backslash, {@code u001b}): JSON itself requires it below U+0020, and here DEL, the C1
 * controls, the line separators and the bidirectional controls get it too, so a report
 * printed on a terminal ({@code elsim run --format json}) cannot act on it. A JSON reader
 * gets back the same characters.
 */
final class JsonTextEscapes extends CharacterEscapes {
    static final JsonTextEscapes INSTANCE = new JsonTextEscapes();

    private final int[] ascii;

    private JsonTextEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return Printable.isControl(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
    }
}
