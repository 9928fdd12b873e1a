package io.elsim.model;

import java.util.List;

/** The order in which products are released. */
public sealed interface SequenceSpec {

    /** Each vehicle's product drawn independently by share. */
    record Random() implements SequenceSpec { }

    /** The pattern repeated for ever (shares then follow from the pattern). */
    record Repeat(List<String> pattern) implements SequenceSpec {
        public Repeat { pattern = List.copyOf(pattern); }
    }
}
