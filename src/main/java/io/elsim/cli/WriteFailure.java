package io.elsim.cli;

/**
 * An output could not be written after the run (a full disk, a closed pipe, a file system
 * that refused the rename): the run failed, exit 1, with the message naming the output.
 * Destinations that can be known to be unwritable beforehand are refused before the run
 * instead, as usage errors ({@link Destinations}).
 */
final class WriteFailure extends RuntimeException {
    WriteFailure(String message) {
        super(message);
    }
}
