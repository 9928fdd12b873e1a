package io.elsim.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/config-reference.md's tables, generated from the key declarations. The document is
 * hand-written prose with marked blocks; {@link #regenerate} rewrites every block between
 * {@code <!-- BEGIN GENERATED keys:SECTION -->} (or {@code distributions}) and
 * {@code <!-- END GENERATED -->} from the declarations and keeps everything else as written.
 * {@code elsim reference docs/config-reference.md} prints the result.
 */
public final class Reference {
    private Reference() { }

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- BEGIN GENERATED ([a-z:_-]+) -->\n)(.*?)(<!-- END GENERATED -->)", Pattern.DOTALL);

    /** The document with every generated block rewritten from the declarations. */
    public static String regenerate(String doc) {
        Matcher m = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\n" + block(m.group(2)) + "\n" + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sections without a block in the document (each must have one), and "distributions" if it has none. */
    public static List<String> missing(String doc) {
        List<String> names = new ArrayList<>();
        for (Section s : Keys.all()) {
            if (DistributionKinds.ALL.stream().anyMatch(k -> k.parameters().sections().contains(s))) continue;
            if (!doc.contains("<!-- BEGIN GENERATED keys:" + s.name() + " -->")) names.add(s.name());
        }
        if (!doc.contains("<!-- BEGIN GENERATED distributions -->")) names.add("distributions");
        return names;
    }

    private static String block(String what) {
        if (what.equals("distributions")) return distributions();
        if (what.startsWith("keys:")) {
            Section s = Keys.sectionNamed(what.substring(5));
            if (s == null) throw new IllegalArgumentException("no section '" + what.substring(5) + "' is declared");
            return keys(s);
        }
        throw new IllegalArgumentException("unknown generated block '" + what + "'");
    }

    /** One row per key of the section. */
    static String keys(Section s) {
        StringBuilder t = new StringBuilder("| key | type | unit | default | example | meaning |\n"
                + "|---|---|---|---|---|---|\n");
        for (Key<?> k : s.keys()) {
            t.append("| `").append(k.name()).append("` | ").append(cell(k.type().form()))
                    .append(" | ").append(k.unit().isEmpty() ? "–" : cell(k.unit()))
                    .append(" | ").append(cell(k.defaultText()))
                    .append(" | ").append(code(k.example()))
                    .append(" | ").append(cell(k.doc())).append(" |\n");
        }
        return t.toString();
    }

    /** One row per distribution, its parameters with their types. */
    static String distributions() {
        StringBuilder t = new StringBuilder("| distribution | parameters | meaning | example |\n|---|---|---|---|\n");
        for (DistributionKinds.Kind k : DistributionKinds.ALL) {
            List<String> params = new ArrayList<>();
            if (k.parameters() instanceof Composites.SectionType st) {
                for (Key<?> p : st.section.keys()) {
                    params.add("`" + p.name() + "`: " + p.type().form());
                }
            } else {
                params.add(k.parameters().form());
            }
            t.append("| `").append(k.name()).append("` | ").append(cell(String.join("; ", params)))
                    .append(" | ").append(cell(k.meaning()))
                    .append(" | ").append(code(k.example())).append(" |\n");
        }
        return t.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String code(String example) {
        return "`" + example.replace("|", "\\|") + "`";
    }
}
