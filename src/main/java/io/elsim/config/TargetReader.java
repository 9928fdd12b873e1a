package io.elsim.config;

import io.elsim.config.Node.MapNode;
import io.elsim.model.TargetSpec;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code targets: {field: ">= 400000"}}. The summary field names are the runtime's business;
 * here a name only has to be snake_case, and a value with a time unit is converted to the
 * unit the field's name promises (_h hours, _s seconds).
 */
final class TargetReader {
    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final Values v;

    TargetReader(Values v) {
        this.v = v;
    }

    List<TargetSpec> read(Node n) {
        MapNode map = Keys.Line.TARGETS.type().read(v, n, "targets");
        if (map == null) return null;
        List<TargetSpec> targets = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, Node.Entry> e : map.entries().entrySet()) {
            TargetSpec t = target(e.getKey(), e.getValue());
            ok &= t != null;
            targets.add(t);
        }
        return ok ? targets : null;
    }

    private TargetSpec target(String field, Node.Entry entry) {
        String path = "targets." + field;
        if (!FIELD.matcher(field).matches()) {
            v.d.error(entry.keyPos(), path + ": a target names a summary field in snake_case, like annual_output");
            return null;
        }
        Node n = entry.value();
        Matcher m = TextTypes.comparison().read(v, n, path);
        if (m == null) return null;
        String text = m.group();
        TargetSpec.Op op = switch (m.group(1)) {
            case ">=" -> TargetSpec.Op.GE;
            case "<=" -> TargetSpec.Op.LE;
            case ">" -> TargetSpec.Op.GT;
            default -> TargetSpec.Op.LT;
        };
        String value = m.group(2).replace("_", "");
        if (PLAIN_NUMBER.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            if (Double.isInfinite(number)) {
                v.d.error(n, path + ": " + m.group(2) + " is beyond the range of numbers, so the target means nothing");
                return null;
            }
            return new TargetSpec(field, op, number, text);
        }
        double seconds;
        try {
            seconds = Units.parseDuration(value);
        } catch (IllegalArgumentException ex) {
            v.d.error(n, path + ": expected a number or a duration after '" + m.group(1) + "', got '" + m.group(2) + "'");
            return null;
        }
        if (field.endsWith("_s")) return new TargetSpec(field, op, seconds, text);
        if (field.endsWith("_h") || field.equals("labour_hours_per_vehicle")) {
            return new TargetSpec(field, op, seconds / Units.HOUR, text);
        }
        // Times in the summary are reported in hours under a name ending in _h
        // (build_time_p90_h); the design's own example writes build_time_p90: "<= 24h".
        return new TargetSpec(field + "_h", op, seconds / Units.HOUR, text);
    }
}
