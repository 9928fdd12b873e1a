package io.elsim.config;

import io.elsim.model.LineSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Loads a YAML line config into a validated {@link LineSpec}. Every problem found is
 * reported at once, each as {@code file:line:column: message}; nothing else escapes.
 */
public final class ConfigLoader {
    /** Largest config file read, checked before parsing (docs/limits.md). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Problems listed at most; the rest are counted (an alias bomb has thousands of identical ones). */
    public static final int MAX_PROBLEMS = 100;

    private ConfigLoader() { }

    /** Load from a file. sets = "--set key=value" strings, applied before validation. */
    public static LoadedConfig load(Path file, List<String> sets) throws ConfigException {
        return load(file.toString(), readText(file), sets);
    }

    /**
     * The text of a config file, read once: a sweep loads many scenarios from one text, and
     * a pipe ({@code /dev/stdin}) can only be read once.
     */
    public static String readText(Path file) throws ConfigException {
        String source = file.toString();
        String text;
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // bounded read: a FIFO or /dev/zero has no size to check beforehand
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                long size = Files.isRegularFile(file) ? Files.size(file) : bytes.length;
                throw new ConfigException(List.of(new Problem(source, 1, 1, String.format(Locale.ROOT,
                        "the file is %s%.1f MB; a config may be at most %d MB (see docs/limits.md)",
                        Files.isRegularFile(file) ? "" : "over ", size / (1024.0 * 1024), MAX_FILE_BYTES / (1024 * 1024)))));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            // a UTF-8 byte order mark (Windows editors write one) is not part of the YAML
            if (text.startsWith("\uFEFF")) text = text.substring(1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "no such file")));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "the file is not UTF-8 text")));
        } catch (AccessDeniedException | SecurityException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "cannot read the file: permission denied")));
        } catch (IOException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "cannot read the file: " + e.getMessage())));
        }
        return text;
    }

    /** Load from text; sourceName is used in messages (e.g. "douai.yaml" for a built-in example). */
    public static LoadedConfig load(String sourceName, String yamlText, List<String> sets) throws ConfigException {
        List<Problem> problems = new ArrayList<>();
        Node root = new YamlTreeReader(sourceName, 0, problems).read(yamlText);
        Overrides overrides = new Overrides(problems);
        for (String set : sets == null ? List.<String>of() : sets) {
            if (root instanceof Node.MapNode map) overrides.apply(map, set);
        }
        Diagnostics d = new Diagnostics();
        LineSpec spec = null;
        if (root != null) {
            spec = new LineReader(d).read(root, baseName(sourceName));
        }
        problems.addAll(d.errors);
        if (!problems.isEmpty()) throw new ConfigException(inReadingOrder(problems, sourceName));
        return new LoadedConfig(spec, d.warnings);
    }

    /**
     * Each dotted key as it resolves in the config (after {@code sets}), spelled one way, so
     * that two spellings of one key can be recognised ({@code stations.1.cycle} and
     * {@code stations.paint.cycle}); see {@link Overrides#resolve}. Call on a text that loads.
     */
    public static List<String> resolveKeys(String sourceName, String yamlText, List<String> sets, List<String> keys) {
        List<Problem> ignored = new ArrayList<>();
        Node root = new YamlTreeReader(sourceName, 0, ignored).read(yamlText);
        Overrides overrides = new Overrides(ignored);
        for (String set : sets == null ? List.<String>of() : sets) {
            if (root instanceof Node.MapNode map) overrides.apply(map, set);
        }
        List<String> out = new ArrayList<>();
        for (String key : keys) out.add(Overrides.resolve(root, key));
        return out;
    }

    private static String baseName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The file's problems top to bottom, then those of the --set options. */
    private static List<Problem> inReadingOrder(List<Problem> problems, String source) {
        List<Problem> sorted = new ArrayList<>(problems);
        // stable sort: the --set problems keep the order of the options
        sorted.sort(Comparator.comparing((Problem p) -> !p.file().equals(source))
                .thenComparingInt((Problem p) -> p.file().equals(source) ? p.line() : 0)
                .thenComparingInt((Problem p) -> p.file().equals(source) ? p.column() : 0));
        if (sorted.size() > MAX_PROBLEMS) {
            Problem next = sorted.get(MAX_PROBLEMS);
            int more = sorted.size() - MAX_PROBLEMS;
            sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
            sorted.add(new Problem(next.file(), next.line(), next.column(),
                    "... and " + more + " more problems not shown; fix the ones above first"));
        }
        return sorted;
    }
}
