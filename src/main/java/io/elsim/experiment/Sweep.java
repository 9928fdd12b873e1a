package io.elsim.experiment;


import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scenarios of a sweep: the cartesian product of the {@code --vary KEY=V1,V2,...}
 * factors, numbered from 0 with the last factor varying fastest (like nested loops written
 * in the order of the options). A scenario is the base config plus one {@code KEY=Vi}
 * override per factor.
 */
public final class Sweep {
    /** The first column of a sweep table: the scenario number, which shards and merges sort on. */
    public static final String SCENARIO = "scenario";
    /**
     * Every scenario's config is read and checked before the first run, so the product is
     * bounded: beyond this a typo ({@code --vary x=1..100000}-style lists) would exhaust memory.
     */
    public static final int MAX_SCENARIOS = 100_000;

    private Sweep() { }

    public record Factor(String key, List<String> values) {
        public Factor {
            values = List.copyOf(values);
        }

        /**
         * Parses {@code KEY=V1,V2}. Commas inside braces, brackets or quotes belong to the value,
         * so {@code --vary 'stations.paint.cycle={exponential: {mean: 40s}},{exponential: {mean: 50s}}'} works.
         */
        public static Factor parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--vary '" + text + "' is not KEY=V1,V2,...");
            String key = text.substring(0, eq).trim();
            List<String> values = splitTopLevel(text.substring(eq + 1));
            for (String v : values) {
                if (v.isEmpty()) throw new IllegalArgumentException("--vary '" + text + "' has an empty value");
            }
            return new Factor(key, values);
        }
    }

    public record Scenario(int index, List<String> keys, List<String> values) {
        /** The --set overrides that make this scenario from the base config. */
        public List<String> sets() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) out.add(keys.get(i) + "=" + values.get(i));
            return out;
        }

        /** e.g. "scenario 3 (stations.paint.servers=40, release.takt=55s)". */
        public String describe() {
            return SCENARIO + " " + index + " (" + String.join(", ", sets()) + ")";
        }
    }

    /** {@code --shard i/n}: 1-based part {@code index} of {@code count}. */
    public record Shard(int index, int count) {
        public static final Shard ALL = new Shard(1, 1);

        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("--shard " + index + "/" + count + ": need 1 <= i <= n");
            }
        }

        public static Shard parse(String text) {
            String[] parts = text.trim().split("/", -1); // -1: "1/2/" has an empty third part, not two
            try {
                if (parts.length == 2) return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("--shard '" + text + "' is not i/n (e.g. 2/8)");
        }

        /** Scenario k belongs to shard i of n when k mod n = i - 1: shards interleave, so they take similar time. */
        public boolean contains(int scenario) {
            return scenario % count == index - 1;
        }
    }

    /**
     * @throws IllegalArgumentException when a key is varied twice (the second would silently
     *         win) or the product exceeds {@link #MAX_SCENARIOS}
     */
    public static List<Scenario> scenarios(List<Factor> factors) {
        List<String> keys = factors.stream().map(Factor::key).toList();
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) throw new IllegalArgumentException("--vary " + key + " is given twice; list all its values in one --vary");
        }
        long product = 1;
        for (Factor f : factors) {
            product *= f.values().size();
            if (product > MAX_SCENARIOS) {
                throw new IllegalArgumentException("--vary: the product of the value counts ("
                        + factors.stream().map(x -> String.valueOf(x.values().size())).collect(Collectors.joining(" x "))
                        + ") exceeds " + MAX_SCENARIOS + " scenarios; sweep fewer values or split the sweep into several commands");
            }
        }
        int total = (int) product;
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            List<String> values = new ArrayList<>();
            int rest = k;
            int[] digits = new int[factors.size()];
            for (int i = factors.size() - 1; i >= 0; i--) {
                int size = factors.get(i).values().size();
                digits[i] = rest % size;
                rest /= size;
            }
            for (int i = 0; i < factors.size(); i++) values.add(factors.get(i).values().get(digits[i]));
            out.add(new Scenario(k, keys, List.copyOf(values)));
        }
        return out;
    }

    /** The header of a sweep table: scenario, the varied keys as written, then the aggregated summary without its name. */
    public static List<String> columns(List<String> keys) {
        List<String> summary = new ArrayList<>(LineReport.SUMMARY_COLUMNS);
        summary.remove("name");
        List<String> out = new ArrayList<>();
        out.add(SCENARIO);
        out.addAll(keys);
        out.addAll(Aggregation.columns(summary, Aggregation.TEXT_COLUMNS));
        return out;
    }

    /** A sweep table row from a scenario and its aggregated summary table. */
    public static Object[] row(Scenario scenario, io.elsim.report.Table aggregatedSummary, List<String> columns) {
        Object[] row = new Object[columns.size()];
        row[0] = (long) scenario.index();
        for (int i = 0; i < scenario.values().size(); i++) row[1 + i] = scenario.values().get(i);
        for (int c = 1 + scenario.values().size(); c < columns.size(); c++) {
            row[c] = aggregatedSummary.get(0, columns.get(c));
        }
        return row;
    }

    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) quote = 0;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(cur.toString().trim());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        out.add(cur.toString().trim());
        return out;
    }
}
