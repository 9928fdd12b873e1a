package io.elsim.model;

/**
 * A goal on a summary field, e.g. {@code annual_output: ">= 400000"}.
 *
 * @param field summary field name
 * @param op comparison
 * @param value threshold in the field's unit (durations converted to the field's unit)
 * @param text the target as the user wrote it
 */
public record TargetSpec(String field, Op op, double value, String text) {

    public enum Op {
        GE(">="), LE("<="), GT(">"), LT("<");

        public final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        public boolean test(double actual, double threshold) {
            return switch (this) {
                case GE -> actual >= threshold;
                case LE -> actual <= threshold;
                case GT -> actual > threshold;
                case LT -> actual < threshold;
            };
        }
    }

    public boolean met(double actual) { return op.test(actual, value); }
}
