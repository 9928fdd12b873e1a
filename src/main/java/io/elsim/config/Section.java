package io.elsim.config;

import java.util.List;

/**
 * The keys of one mapping in the config. {@code name} is how messages, the schema's
 * {@code $defs} and the reference call it.
 *
 * @param alternatives groups of keys of which exactly one group is given (release: takt or
 *                     interarrival); the reader says so in its own words, the schema and the
 *                     generated tests take it from here
 */
public record Section(String name, String doc, List<Key<?>> keys, List<List<String>> alternatives) {
    public Section {
        keys = List.copyOf(keys);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    static Section of(String name, String doc, Key<?>... keys) {
        return new Section(name, doc, List.of(keys), List.of());
    }

    /** The same section where exactly one of the groups of keys must be given. */
    @SafeVarargs
    final Section exactlyOneOf(List<String>... groups) {
        return new Section(name, doc, keys, List.of(groups));
    }

    public Key<?> key(String name) {
        for (Key<?> k : keys) if (k.name().equals(name)) return k;
        throw new IllegalArgumentException("no key '" + name + "' in section " + this.name);
    }

    public List<String> names() {
        return keys.stream().map(Key::name).toList();
    }
}
