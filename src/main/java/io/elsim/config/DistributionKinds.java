package io.elsim.config;

import static io.elsim.config.Key.required;

import io.elsim.config.Node.MapNode;
import io.elsim.model.DistributionSpec;
import java.util.List;

/**
 * The one list of distributions a config may name: each with its parameters (declared as
 * keys), its meaning and how it becomes a {@link DistributionSpec}. The reader, the schema,
 * the reference and the generated tests take the list from here; a spec samples itself
 * ({@link DistributionSpec#sampler}), so the runtime needs no list of its own.
 */
public final class DistributionKinds {
    private DistributionKinds() { }

    /** How the parameters, once read without problems, make the spec; null with a problem recorded. */
    interface Builder {
        DistributionSpec build(Values v, Node params, String at);
    }

    /**
     * @param parameters a section of parameters, or a scalar type when the parameter is the value itself
     */
    public record Kind(String name, String meaning, String example, Type<?> parameters, Builder builder) {
        /** The parameters as the reference shows them: {@code {mean, cv}} or {@code DURATION}. */
        public String form() {
            return parameters instanceof Composites.SectionType s
                    ? "{" + String.join(", ", s.section.names()) + "}" : parameters.form().toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** Largest coefficient of variation of a lognormal or gamma. */
    static final double MAX_CV = 100;

    static final Key<Double> MEAN = required("mean", Types.duration(true), "mean (> 0)", "60s");
    static final Key<Double> MIN = required("min", Types.duration(false), "lower bound", "50s");
    static final Key<Double> MAX = required("max", Types.duration(false), "upper bound (>= min)", "70s");
    static final Key<Double> MODE = required("mode", Types.duration(false), "most likely value (min <= mode <= max)", "55s");
    static final Key<Double> SD = required("sd", Types.duration(false), "standard deviation (>= 0)", "5s");
    static final Key<Double> CV = required("cv", Types.number(0, false, MAX_CV,
                    "beyond it nearly every sample is 0 and the rest overflow the clock; real process times have cv < 3"),
            "coefficient of variation sd/mean (> 0)", "0.1");
    static final Key<Integer> K = required("k", Types.integer(1), "number of exponential phases (>= 1)", "3");
    static final Key<Double> SHAPE = required("shape", Types.number(0, false), "shape (> 0)", "1.5");
    static final Key<Double> SCALE = required("scale", Types.duration(true), "scale (> 0)", "3h");
    static final Composites.ListType<Double> VALUES_TYPE = Composites.list(Types.duration(false), true);
    static final Key<Node.ListNode> VALUES = required("values", VALUES_TYPE,
            "durations drawn with equal probability (at least one)", "[50s, 55s, 70s]");

    public static final List<Kind> ALL = List.of(
            new Kind("constant", "always this duration; the same as writing the duration alone, except under"
                    + " `mtbf` and `mttr`, where a bare duration is the mean of an exponential", "{constant: 8min}",
                    Types.duration(false), (v, p, at) -> {
                        Double c = Types.duration(false).read(v, p, at);
                        return c == null ? null : new DistributionSpec.Constant(c);
                    }),
            sectioned("exponential", "exponential", "{exponential: {mean: 5min}}", (v, p, at) -> {
                Double mean = MEAN.read(v, p, at);
                return mean == null ? null : new DistributionSpec.Exponential(mean);
            }, MEAN),
            sectioned("uniform", "uniform on [min, max]", "{uniform: {min: 20min, max: 40min}}", (v, p, at) -> {
                Double min = MIN.read(v, p, at), max = MAX.read(v, p, at);
                if (min == null || max == null) return null;
                if (min > max) return order(v, p, "max", at, "min <= max");
                return new DistributionSpec.Uniform(min, max);
            }, MIN, MAX),
            sectioned("triangular", "triangular", "{triangular: {min: 50s, mode: 55s, max: 70s}}", (v, p, at) -> {
                Double min = MIN.read(v, p, at), mode = MODE.read(v, p, at), max = MAX.read(v, p, at);
                if (min == null || mode == null || max == null) return null;
                if (min > mode || mode > max) return order(v, p, "mode", at, "min <= mode <= max");
                return new DistributionSpec.Triangular(min, mode, max);
            }, MIN, MODE, MAX),
            sectioned("normal", "normal truncated at 0 (negative draws are redrawn)", "{normal: {mean: 55s, sd: 3s}}",
                    (v, p, at) -> {
                        Double mean = MEAN.read(v, p, at), sd = SD.read(v, p, at);
                        return mean == null || sd == null ? null : new DistributionSpec.Normal(mean, sd);
                    }, MEAN, SD),
            sectioned("lognormal", "lognormal with that mean and coefficient of variation (sd / mean)",
                    "{lognormal: {mean: 57s, cv: 0.08}}", (v, p, at) -> {
                        Double mean = MEAN.read(v, p, at), cv = CV.read(v, p, at);
                        return mean == null || cv == null ? null : new DistributionSpec.Lognormal(mean, cv);
                    }, MEAN, CV),
            sectioned("gamma", "gamma with shape 1/cv²", "{gamma: {mean: 10min, cv: 0.5}}", (v, p, at) -> {
                Double mean = MEAN.read(v, p, at), cv = CV.read(v, p, at);
                return mean == null || cv == null ? null : new DistributionSpec.Gamma(mean, cv);
            }, MEAN, CV),
            sectioned("erlang", "sum of `k` exponential phases, total mean `mean`", "{erlang: {mean: 10min, k: 3}}",
                    (v, p, at) -> {
                        Double mean = MEAN.read(v, p, at);
                        Integer k = K.read(v, p, at);
                        return mean == null || k == null ? null : new DistributionSpec.Erlang(mean, k);
                    }, MEAN, K),
            sectioned("weibull", "Weibull; `scale` is a duration", "{weibull: {shape: 1.5, scale: 3h}}", (v, p, at) -> {
                Double shape = SHAPE.read(v, p, at), scale = SCALE.read(v, p, at);
                return shape == null || scale == null ? null : new DistributionSpec.Weibull(shape, scale);
            }, SHAPE, SCALE),
            sectioned("empirical", "one of the listed durations, each equally likely", "{empirical: {values: [50s, 70s]}}",
                    (v, p, at) -> {
                        if (!VALUES.given(p)) return null;
                        List<Double> values = VALUES_TYPE.items(v, VALUES.node(p), VALUES.path(at));
                        if (values == null || values.contains(null)) return null;
                        return new DistributionSpec.Empirical(values.stream().mapToDouble(Double::doubleValue).toArray());
                    }, VALUES));

    /** The kind of this name, or null. */
    static Kind find(String name) {
        for (Kind k : ALL) if (k.name().equals(name)) return k;
        return null;
    }

    public static List<String> names() {
        return ALL.stream().map(Kind::name).toList();
    }

    interface MapBuilder {
        DistributionSpec build(Values v, MapNode params, String at);
    }

    /** A kind whose parameters are a mapping of keys; missing ones are reported by the section check. */
    private static Kind sectioned(String name, String meaning, String example, MapBuilder build, Key<?>... params) {
        Section section = Section.of(name, meaning, params);
        return new Kind(name, meaning, example, Composites.section(section), (v, p, at) -> {
            MapNode map = v.section(p, at, name + " distribution", section);
            return map == null ? null : build.build(v, map, at);
        });
    }

    private static DistributionSpec order(Values v, MapNode p, String key, String at, String rule) {
        v.d.error(p.get(key), at + ": parameters must satisfy " + rule);
        return null;
    }
}
