package io.elsim.config;

import io.elsim.model.LineSpec;
import java.io.IOException;
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

/**
 * Loads a YAML line config into a validated {@link LineSpec}. Every problem found is
 * reported at once, each as {@code file:line:column: message}; nothing else escapes.
 */
public final class ConfigLoader {
    private ConfigLoader() { }

    /** Load from a file. sets = "--set key=value" strings, applied before validation. */
    public static LoadedConfig load(Path file, List<String> sets) throws ConfigException {
        String source = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "no such file")));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "the file is not UTF-8 text")));
        } catch (AccessDeniedException | SecurityException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "cannot read the file: permission denied")));
        } catch (IOException e) {
            throw new ConfigException(List.of(new Problem(source, 1, 1, "cannot read the file: " + e.getMessage())));
        }
        return load(source, text, sets);
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
        return sorted;
    }
}
