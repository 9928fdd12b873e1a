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
        verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        boolean quiet = Arrays.stream(args).anyMatch(a -> a.equals("-q") || a.equals("--quiet"));
        String level = verbose ? "debug" : quiet ? "warn" : "info";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    }

    static boolean verbose() { return verbose; }
}
