package io.elsim.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elsim.config.Node.MapNode;
import io.elsim.config.Node.Scalar;
import io.elsim.model.DistributionSpec;
import io.elsim.model.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A duration (constant) or a one-key mapping like {@code {exponential: {mean: 60s}}}, of one
 * of the {@link DistributionKinds}; and the two types of keys that take one.
 */
final class DistributionReader {
    static final String EXPECTED =
            "a duration like 55s or a distribution like {exponential: {mean: 60s}}";

    private DistributionReader() { }

    /** A distribution, where a bare duration is a constant. */
    static Type<DistributionSpec> distribution() {
        return new DistributionType(false);
    }

    /** For MTBF and MTTR: a bare duration is the mean of an exponential, the usual reading. */
    static Type<DistributionSpec> meanOrDistribution() {
        return new DistributionType(true);
    }

    private static final class DistributionType extends Type<DistributionSpec> {
        private final boolean bareIsMean;

        DistributionType(boolean bareIsMean) {
            this.bareIsMean = bareIsMean;
        }

        DistributionSpec read(Values v, Node n, String path) {
            if (bareIsMean && n instanceof Scalar s && !s.isNull() && s.kind() != Node.ScalarKind.BOOLEAN) {
                Double mean = v.positiveDuration(n, path);
                return mean == null ? null : new DistributionSpec.Exponential(mean);
            }
            return DistributionReader.read(v, n, path);
        }

        public String form() { return bareIsMean ? "distribution (a duration: exponential mean)" : "distribution"; }
        public String expected() { return EXPECTED; }
        ObjectNode schema() { return Types.ref("distribution"); }
        public OutOfRange outOfRange() {
            return bareIsMean ? new OutOfRange("0", "must be greater than 0") : new OutOfRange("-1s", "cannot be negative");
        }
        public List<Section> sections() {
            List<Section> all = new ArrayList<>();
            for (DistributionKinds.Kind k : DistributionKinds.ALL) all.addAll(k.parameters().sections());
            return all;
        }
    }

    /** The schema of a distribution: a duration, or exactly one named distribution. */
    static ObjectNode schema() {
        ObjectNode distribution = Type.F.objectNode();
        distribution.put("description", "a duration (a constant) or exactly one named distribution");
        ArrayNode oneOf = distribution.putArray("oneOf");
        oneOf.add(Types.ref("duration"));
        for (DistributionKinds.Kind k : DistributionKinds.ALL) {
            ObjectNode wrapper = oneOf.addObject();
            wrapper.put("type", "object");
            wrapper.put("description", k.meaning());
            wrapper.putObject("properties").set(k.name(), k.parameters().schema());
            wrapper.putArray("required").add(k.name());
            wrapper.put("additionalProperties", false);
        }
        return distribution;
    }

    /** A constant is the duration itself; a zero constant is allowed (an instantaneous step). */
    static DistributionSpec read(Values v, Node n, String path) {
        if (n instanceof Scalar s && !s.isNull() && s.kind() != Node.ScalarKind.BOOLEAN) {
            Double c = v.duration(n, path);
            return c == null ? null : new DistributionSpec.Constant(c);
        }
        if (!(n instanceof MapNode map)) {
            v.d.error(n, path + ": expected " + EXPECTED + ", got " + n.describe());
            return null;
        }
        if (map.entries().size() != 1) {
            v.d.error(n, path + ": expected " + EXPECTED + "; a distribution is a mapping with exactly one key (its name)"
                    + ", got " + map.entries().size() + " keys");
            return null;
        }
        Map.Entry<String, Node.Entry> only = map.entries().entrySet().iterator().next();
        String name = only.getKey();
        DistributionKinds.Kind kind = DistributionKinds.find(name);
        if (kind == null) {
            List<String> names = DistributionKinds.names();
            String suggestion = Suggest.closest(name, names);
            v.d.error(only.getValue().keyPos(), path + ": unknown distribution '" + name + "'"
                    + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                    : " (known: " + String.join(", ", names) + ")"));
            return null;
        }
        String at = path + "." + name;
        DistributionSpec spec = kind.builder().build(v, only.getValue().value(), at);
        if (spec != null && !(spec.mean() <= Units.MAX_DURATION)) {
            // e.g. a Weibull shape near 0: its mean, and soon its samples, exceed any clock
            v.d.error(only.getValue().value(), at + ": its mean is " + (Double.isFinite(spec.mean())
                    ? Units.formatDuration(spec.mean()) : "infinite") + ", " + Values.TOO_LONG);
            return null;
        }
        return spec;
    }
}
