package io.elsim.config;

import io.elsim.config.Node.ListNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.DistributionSpec;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A duration (constant) or a one-key mapping like {@code {exponential: {mean: 60s}}}. */
final class DistributionReader {
    private static final String EXPECTED =
            "expected a duration like 55s or a distribution like {exponential: {mean: 60s}}";

    private final Values v;

    DistributionReader(Values v) {
        this.v = v;
    }

    /** A constant is the duration itself; a zero constant is allowed (an instantaneous step). */
    DistributionSpec read(Node n, String path) {
        if (n instanceof Scalar s && !s.isNull() && s.kind() != Node.ScalarKind.BOOLEAN) {
            Double c = v.duration(n, path);
            return c == null ? null : new DistributionSpec.Constant(c);
        }
        if (!(n instanceof MapNode map)) {
            v.d.error(n, path + ": " + EXPECTED + ", got " + n.describe());
            return null;
        }
        if (map.entries().size() != 1) {
            v.d.error(n, path + ": " + EXPECTED + "; a distribution is a mapping with exactly one key (its name)"
                    + ", got " + map.entries().size() + " keys");
            return null;
        }
        Map.Entry<String, Node.Entry> only = map.entries().entrySet().iterator().next();
        String name = only.getKey();
        Keys.Section params = Keys.DISTRIBUTIONS.get(name);
        if (params == null) {
            String suggestion = Suggest.closest(name, Keys.DISTRIBUTIONS.keySet());
            v.d.error(only.getValue().keyPos(), path + ": unknown distribution '" + name + "'"
                    + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                    : " (known: " + String.join(", ", Keys.DISTRIBUTIONS.keySet()) + ")"));
            return null;
        }
        String at = path + "." + name;
        MapNode p = v.section(only.getValue().value(), at, name + " distribution", params);
        if (p == null) return null;
        DistributionSpec spec = build(name, p, at);
        if (spec != null && !(spec.mean() <= Units.MAX_DURATION)) {
            // e.g. a Weibull shape near 0: its mean, and soon its samples, exceed any clock
            v.d.error(only.getValue().value(), at + ": its mean is " + (Double.isFinite(spec.mean())
                    ? Units.formatDuration(spec.mean()) : "infinite") + ", " + Values.TOO_LONG);
            return null;
        }
        return spec;
    }

    /** For MTBF/MTTR: a bare duration is the mean of an exponential, the usual reading. */
    DistributionSpec readMean(Node n, String path) {
        if (n instanceof Scalar s && !s.isNull() && s.kind() != Node.ScalarKind.BOOLEAN) {
            Double mean = v.positiveDuration(n, path);
            return mean == null ? null : new DistributionSpec.Exponential(mean);
        }
        return read(n, path);
    }

    private DistributionSpec build(String name, MapNode p, String at) {
        switch (name) {
            case "exponential": {
                Double mean = positive(p, "mean", at);
                return mean == null ? null : new DistributionSpec.Exponential(mean);
            }
            case "uniform": {
                Double min = dur(p, "min", at), max = dur(p, "max", at);
                if (min == null || max == null) return null;
                if (min > max) return order(p, "max", at, "min <= max");
                return new DistributionSpec.Uniform(min, max);
            }
            case "triangular": {
                Double min = dur(p, "min", at), mode = dur(p, "mode", at), max = dur(p, "max", at);
                if (min == null || mode == null || max == null) return null;
                if (min > mode || mode > max) return order(p, "mode", at, "min <= mode <= max");
                return new DistributionSpec.Triangular(min, mode, max);
            }
            case "normal": {
                Double mean = positive(p, "mean", at), sd = dur(p, "sd", at);
                return mean == null || sd == null ? null : new DistributionSpec.Normal(mean, sd);
            }
            case "lognormal": {
                Double mean = positive(p, "mean", at), cv = cv(p, at);
                return mean == null || cv == null ? null : new DistributionSpec.Lognormal(mean, cv);
            }
            case "gamma": {
                Double mean = positive(p, "mean", at), cv = cv(p, at);
                return mean == null || cv == null ? null : new DistributionSpec.Gamma(mean, cv);
            }
            case "erlang": {
                Double mean = positive(p, "mean", at);
                Integer k = p.get("k") == null ? null : v.intValue(p.get("k"), at + ".k", 1);
                return mean == null || k == null ? null : new DistributionSpec.Erlang(mean, k);
            }
            case "weibull": {
                Double shape = p.get("shape") == null ? null : v.number(p.get("shape"), at + ".shape", 0, false);
                Double scale = positive(p, "scale", at);
                return shape == null || scale == null ? null : new DistributionSpec.Weibull(shape, scale);
            }
            case "empirical": {
                if (p.get("values") == null) return null;
                ListNode list = v.list(p.get("values"), at + ".values", true);
                if (list == null) return null;
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    values.add(v.duration(list.items().get(i), at + ".values[" + i + "]"));
                }
                if (values.contains(null)) return null;
                return new DistributionSpec.Empirical(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
            default:
                throw new IllegalStateException("distribution declared in Keys but not built: " + name);
        }
    }

    // Missing parameters were already reported by Values.section, hence the null checks.

    private Double dur(MapNode p, String key, String at) {
        Node n = p.get(key);
        return n == null ? null : v.duration(n, at + "." + key);
    }

    private Double positive(MapNode p, String key, String at) {
        Node n = p.get(key);
        return n == null ? null : v.positiveDuration(n, at + "." + key);
    }

    /** Largest coefficient of variation of a lognormal or gamma. */
    static final double MAX_CV = 100;

    private Double cv(MapNode p, String at) {
        Node n = p.get("cv");
        return n == null ? null : v.number(n, at + ".cv", 0, false, MAX_CV,
                "beyond it nearly every sample is 0 and the rest overflow the clock; real process times have cv < 3");
    }

    private DistributionSpec order(MapNode p, String key, String at, String rule) {
        v.d.error(p.get(key), at + ": parameters must satisfy " + rule);
        return null;
    }
}
