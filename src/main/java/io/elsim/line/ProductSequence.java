package io.elsim.line;

import io.elsim.engine.RandomStream;
import io.elsim.model.ProductSpec;
import io.elsim.model.SequenceSpec;

import java.util.List;

/** Chooses the product of each released vehicle: at random by share, or a repeating pattern. */
abstract class ProductSequence {
    abstract int next();

    static ProductSequence of(SequenceSpec spec, List<ProductSpec> products, RandomStream rng) {
        if (spec instanceof SequenceSpec.Repeat repeat) {
            int[] pattern = repeat.pattern().stream()
                    .mapToInt(name -> indexOf(products, name)).toArray();
            return new ProductSequence() {
                private int i;

                @Override int next() {
                    int p = pattern[i];
                    i = (i + 1) % pattern.length;
                    return p;
                }
            };
        }
        if (products.size() == 1) {
            return new ProductSequence() {
                @Override int next() { return 0; }
            };
        }
        double[] cumulative = new double[products.size()];
        double sum = 0;
        for (int p = 0; p < cumulative.length; p++) {
            sum += products.get(p).share();
            cumulative[p] = sum;
        }
        double total = sum;
        return new ProductSequence() {
            @Override int next() {
                double u = rng.nextDouble() * total;
                for (int p = 0; p < cumulative.length - 1; p++) {
                    if (u < cumulative[p]) return p;
                }
                return cumulative.length - 1;
            }
        };
    }

    private static int indexOf(List<ProductSpec> products, String name) {
        for (int p = 0; p < products.size(); p++) {
            if (products.get(p).name().equals(name)) return p;
        }
        throw new IllegalArgumentException("unknown product in sequence: " + name);
    }
}
