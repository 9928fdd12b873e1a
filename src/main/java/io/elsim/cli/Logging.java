package io.elsim.cli;

import java.util.Arrays;

/**
 * Configures slf4j-simple before the first logger exists: messages go to stderr, level set
 * by -q (warnings only) and -v (debug). Reports alone go to stdout.
 */
final class Logging {
    private static boolean verbose;

    private Logging() { }

    static void configure(String[] args) {
        verbose = Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || shortOption(a, 'v'));
        boolean quiet = Arrays.stream(args).anyMatch(a -> a.equals("--quiet") || shortOption(a, 'q'));
        String level = verbose ? "debug" : quiet ? "warn" : "info";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    }

    static boolean verbose() { return verbose; }

    /** {@code -v}, or a cluster of short options that holds it ({@code -qv}, {@code -vq}), as picocli reads them. */
    private static boolean shortOption(String arg, char option) {
        return arg.matches("-[A-Za-z]+") && arg.indexOf(option) > 0;
    }
}
