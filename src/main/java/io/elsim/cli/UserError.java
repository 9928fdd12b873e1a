package io.elsim.cli;

/** A problem the user can fix (bad config, bad option, unwritable output): exit 2, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
