package io.elsim.cli;

/**
 * Configures slf4j-simple before the first logger exists: messages go to stderr, level set
 * by -q (warnings only) and -v (debug), the last given winning. Reports alone go to stdout.
 */
final class Logging {
    private static boolean verbose;
    private static String level = "info";

    private Logging() { }

    static void configure(String[] args) {
        // the last of -q and -v wins, also inside a cluster of short options (-qv: verbose, -vq: quiet)
        char last = 0;
        for (String a : args) {
            if (a.equals("--verbose")) last = 'v';
            if (a.equals("--quiet")) last = 'q';
            if (a.matches("-[A-Za-z]+")) {
                for (char c : a.substring(1).toCharArray()) if (c == 'q' || c == 'v') last = c;
            }
        }
        verbose = last == 'v';
        boolean quiet = last == 'q';
        level = verbose ? "debug" : quiet ? "warn" : "info";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "false");
    }

    static boolean verbose() { return verbose; }

    /** The level the last {@link #configure} chose: debug, info or warn. */
    static String level() { return level; }
}
