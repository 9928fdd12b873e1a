package io.elsim.config;

import java.util.List;

/**
 * The keys of one mapping in the config. {@code name} is how messages, the schema's
 * {@code $defs} and the reference call it.
 *
 * @param alternatives groups of keys of which exactly one group is given (policy: every or
 *                     reorder_point); the reader says so in its own words, the schema and the
 *                     generated tests take it from here
 * @param atMostOne    whether giving none of the groups is valid too (station: next or routes,
 *                     or neither; release: {to: X} alone releases without limit into X)
 */
public record Section(String name, String doc, List<Key<?>> keys, List<List<String>> alternatives,
                      boolean atMostOne) {
    public Section {
        keys = List.copyOf(keys);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    static Section of(String name, String doc, Key<?>... keys) {
        return new Section(name, doc, List.of(keys), List.of(), false);
    }

    /** The same section where exactly one of the groups of keys must be given. */
    @SafeVarargs
    final Section exactlyOneOf(List<String>... groups) {
        return new Section(name, doc, keys, List.of(groups), false);
    }

    /** The same section where at most one of the groups of keys may be given. */
    @SafeVarargs
    final Section atMostOneOf(List<String>... groups) {
        return new Section(name, doc, keys, List.of(groups), true);
    }

    public Key<?> key(String name) {
        for (Key<?> k : keys) if (k.name().equals(name)) return k;
        throw new IllegalArgumentException("no key '" + name + "' in section " + this.name);
    }

    public List<String> names() {
        return keys.stream().map(Key::name).toList();
    }
}
