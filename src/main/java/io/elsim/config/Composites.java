package io.elsim.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Types that hold other values: a section (a mapping of declared keys), a list, a map from
 * names the user chooses to values, and "a scalar or a mapping" ({@code buffer}-like words
 * aside, e.g. {@code release: unlimited} or {@code release: {takt: 60s}}).
 */
final class Composites {
    private Composites() { }

    /** A mapping of the section's keys, checked for unknown and missing keys. */
    static final class SectionType extends Type<MapNode> {
        final Section section;

        SectionType(Section section) {
            this.section = section;
        }

        MapNode read(Values v, Node n, String path) {
            return v.section(n, path, section.name(), section);
        }

        /** The mapping, with {@code label} ("station 'paint'") naming it in messages about its keys. */
        MapNode read(Values v, Node n, String path, String label) {
            return v.section(n, path, label, section);
        }

        public String form() { return "section `" + section.name() + "`"; }
        public String expected() { return "a mapping of " + String.join(", ", section.names()); }
        ObjectNode schema() { return Types.ref(section.name()); }
        public String wrongType() { return "5"; }
        public List<Section> sections() { return List.of(section); }
    }

    static SectionType section(Section s) {
        return new SectionType(s);
    }

    /** A list of items of one type; the reader reads the items (their paths carry the index). */
    static final class ListType<I> extends Type<ListNode> {
        final Type<I> item;
        final boolean nonEmpty;

        ListType(Type<I> item, boolean nonEmpty) {
            this.item = item;
            this.nonEmpty = nonEmpty;
        }

        ListNode read(Values v, Node n, String path) {
            return v.list(n, path, nonEmpty);
        }

        /** Each item read by the item type; null for a wrong item (reported), null in all for a wrong list. */
        List<I> items(Values v, Node n, String path) {
            ListNode list = read(v, n, path);
            if (list == null) return null;
            List<I> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(item.read(v, list.items().get(i), path + "[" + i + "]"));
            }
            return items;
        }

        public String form() { return (nonEmpty ? "non-empty " : "") + "list of " + item.form(); }
        public String expected() { return "a list"; }
        ObjectNode schema() {
            ObjectNode p = F.objectNode().put("type", "array");
            p.set("items", item.schema());
            return nonEmpty ? p.put("minItems", 1) : p;
        }
        public String wrongType() { return "5"; }
        public List<Section> sections() { return item.sections(); }
    }

    static <I> ListType<I> list(Type<I> item, boolean nonEmpty) {
        return new ListType<>(item, nonEmpty);
    }

    /** Names the user chooses (products, summary fields) to values of one type. */
    static final class MapType<V> extends Type<MapNode> {
        final String keyWord;
        final Type<V> value;

        MapType(String keyWord, Type<V> value) {
            this.keyWord = keyWord;
            this.value = value;
        }

        MapNode read(Values v, Node n, String path) {
            return v.map(n, path);
        }

        public String form() { return "map " + keyWord + " → " + value.form(); }
        public String expected() { return "a mapping"; }
        ObjectNode schema() {
            ObjectNode p = F.objectNode().put("type", "object");
            p.set("additionalProperties", value.schema());
            return p;
        }
        public String wrongType() { return "5"; }
        public List<Section> sections() { return value.sections(); }
    }

    static <V> MapType<V> map(String keyWord, Type<V> value) {
        return new MapType<>(keyWord, value);
    }

    /**
     * A scalar of one type or a mapping of another ({@code sequence: random} or
     * {@code {repeat: [...]}}; {@code per_vehicle: 1} or {@code {R5: 1}}): the reader gets
     * the scalar's value or the checked mapping.
     */
    static final class EitherType<S, M> extends Type<Object> {
        final Type<S> scalar;
        final Type<M> mapping;

        EitherType(Type<S> scalar, Type<M> mapping) {
            this.scalar = scalar;
            this.mapping = mapping;
        }

        Object read(Values v, Node n, String path) {
            if (n instanceof MapNode) return mapping.read(v, n, path);
            if (n instanceof Scalar s && !s.isNull()) return scalar.read(v, n, path);
            v.d.error(n, path + ": expected " + expected() + ", got " + n.describe());
            return null;
        }

        public String form() { return scalar.form() + " or " + mapping.form(); }
        public String expected() { return scalar.expected() + " or " + mapping.expected(); }
        ObjectNode schema() {
            ObjectNode p = F.objectNode();
            ArrayNode oneOf = p.putArray("oneOf");
            oneOf.add(scalar.schema());
            oneOf.add(mapping.schema());
            return p;
        }
        public String wrongType() { return "[1, 2]"; }
        public OutOfRange outOfRange() { return scalar.outOfRange(); }
        public List<Section> sections() {
            return Stream.concat(scalar.sections().stream(), mapping.sections().stream()).toList();
        }
    }

    static <S, M> EitherType<S, M> either(Type<S> scalar, Type<M> mapping) {
        return new EitherType<>(scalar, mapping);
    }
}
