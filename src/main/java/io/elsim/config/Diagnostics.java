package io.elsim.config;

import java.util.ArrayList;
import java.util.List;

/** Collects errors and warnings so that one run reports every problem at once. */
final class Diagnostics {
    final List<Problem> errors = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    void error(Node at, String message) {
        errors.add(at.pos().problem(message));
    }

    void error(Node.Pos at, String message) {
        errors.add(at.problem(message));
    }

    void warn(Node.Pos at, String message) {
        warnings.add(at.problem(message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
