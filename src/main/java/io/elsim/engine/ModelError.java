package io.elsim.engine;

/**
 * A run stopped because of the model a user wrote (a runaway, a deadlock, a sampled time
 * beyond any clock), not because of a bug: the CLI reports it like a config error, with
 * this message and no stack trace.
 */
public abstract class ModelError extends RuntimeException {
    protected ModelError(String message) {
        super(message);
    }
}
