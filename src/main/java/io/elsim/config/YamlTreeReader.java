package io.elsim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.elsim.config.Node.Entry;
import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Pos;
import io.elsim.config.Node.Scalar;
import io.elsim.config.Node.ScalarKind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML text to a {@link Node} tree, through Jackson's streaming parser so that every
 * token keeps its position. Jackson's own tree would silently let a duplicate key win;
 * here a duplicate is a problem.
 */
final class YamlTreeReader {
    /** Deepest nesting of lists and mappings accepted; a real config needs about 6 (docs/limits.md). */
    static final int MAX_DEPTH = 64;
    /** Longest scalar (a name, a duration, a number) accepted, in characters. */
    static final int MAX_SCALAR_CHARS = 10_000;
    /** Longest number accepted, in characters; longer is refused before it is parsed. */
    static final int MAX_NUMBER_CHARS = 1_000;

    private static final YAMLFactory FACTORY = factory();

    /**
     * Jackson and SnakeYAML limits set just above elsim's own, so that elsim's checks (with a
     * position and a plain message) fire first and theirs only guard what elsim cannot see.
     * Aliases are never expanded: the streaming parser reports them as such and the reader
     * refuses them, so an alias bomb costs one pass over its text.
     */
    private static YAMLFactory factory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(ConfigLoader.MAX_FILE_BYTES + 1024);
        loader.setNestingDepthLimit(MAX_DEPTH + 16);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 16)
                        .maxStringLength(ConfigLoader.MAX_FILE_BYTES)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .build())
                .build();
    }

    /** Stops reading a document past a limit; its problem is already recorded. */
    private static final class Abort extends RuntimeException {
        Abort() { super(null, null, false, false); }
    }

    private final String file;
    private final int columnOffset;
    private final List<Problem> problems;

    /**
     * @param columnOffset added to every column: a {@code --set} value is parsed alone but
     *                     reported at its column in the whole {@code key=value} text
     */
    YamlTreeReader(String file, int columnOffset, List<Problem> problems) {
        this.file = file;
        this.columnOffset = columnOffset;
        this.problems = problems;
    }

    /** The document's root, or null (with a problem recorded) when there is none. */
    Node read(String text) {
        if (hasControlCharacter(text)) return null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new Problem(file, 1, 1 + columnOffset, "the config is empty"));
                return null;
            }
            Node root = node(p, t, 0);
            if (p.nextToken() != null) {
                problems.add(pos(p.currentTokenLocation()).problem(
                        "only one YAML document is expected; remove the second '---' section"));
            }
            return root;
        } catch (Abort e) {
            return null;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Pos at = loc == null ? new Pos(file, 1, 1 + columnOffset) : pos(loc);
            // SnakeYAML's problem mark is where the fault is; Jackson's location may be the context's
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                at = new Pos(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1 + columnOffset);
            }
            problems.add(at.problem("malformed YAML: " + describe(e)));
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML lets a few errors through unwrapped; they are still the user's YAML
            problems.add(new Problem(file, 1, 1 + columnOffset, "malformed YAML: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Records where the first character YAML forbids is (SnakeYAML checks the whole stream
     * first and can only say "special characters are not allowed"): usually binary data.
     */
    private boolean hasControlCharacter(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF;
            if (forbidden) {
                problems.add(new Problem(file, line, column + columnOffset, String.format(Locale.ROOT,
                        "the control character U+%04X is not allowed in YAML (is this a binary file?)", (int) c)));
                return true;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return false;
    }

    /** SnakeYAML's problem and context, without its echo of the source text. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            String context = m.getContext() == null ? "" : " (" + m.getContext()
                    + (m.getContextMark() == null ? "" : " started at line " + (m.getContextMark().getLine() + 1)) + ")";
            return m.getProblem() + context;
        }
        return e.getOriginalMessage().strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private Node node(JsonParser p, JsonToken t, int depth) throws IOException {
        Pos at = pos(p.currentTokenLocation());
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            problems.add(at.problem("the YAML nests deeper than " + MAX_DEPTH
                    + " levels of lists and mappings; a line config needs far fewer (see docs/limits.md)"));
            throw new Abort();
        }
        if (t.isScalarValue() && p.getTextLength() > MAX_SCALAR_CHARS) {
            problems.add(at.problem("a value of " + p.getTextLength() + " characters; at most " + MAX_SCALAR_CHARS
                    + " are accepted (see docs/limits.md)"));
            throw new Abort();
        }
        switch (t) {
            case START_OBJECT -> {
                MapNode map = new MapNode(at);
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    Pos keyPos = pos(p.currentTokenLocation());
                    Node value = node(p, p.nextToken(), depth + 1);
                    Entry first = map.entries().get(key);
                    if (first != null) {
                        problems.add(keyPos.problem("duplicate key '" + key + "' (first written at line "
                                + first.keyPos().line() + "); a key may appear only once in a mapping"));
                    } else {
                        map.entries().put(key, new Entry(keyPos, value));
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                ListNode list = new ListNode(at);
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    list.items().add(node(p, i, depth + 1));
                }
                return list;
            }
            case VALUE_NUMBER_INT -> { return new Scalar(at, p.getText(), ScalarKind.INTEGER); }
            case VALUE_NUMBER_FLOAT -> { return new Scalar(at, p.getText(), ScalarKind.FLOAT); }
            case VALUE_TRUE, VALUE_FALSE -> { return new Scalar(at, p.getText(), ScalarKind.BOOLEAN); }
            case VALUE_NULL -> { return new Scalar(at, "", ScalarKind.NULL); }
            default -> {
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    problems.add(at.problem("YAML aliases (*" + p.getText() + ") are not supported; write the value out"));
                }
                return new Scalar(at, p.getText(), ScalarKind.STRING);
            }
        }
    }

    private Pos pos(JsonLocation loc) {
        return new Pos(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()) + columnOffset);
    }
}
