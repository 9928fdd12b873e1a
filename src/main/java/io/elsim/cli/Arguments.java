package io.elsim.cli;

/** Checks on the raw command line, before picocli reads it. */
final class Arguments {
    private Arguments() { }

    /**
     * The Java runtime decodes the command line with the locale's encoding and turns bytes it
     * cannot decode (a file name that is not UTF-8, or any accent under the C locale) into
     * U+FFFD. Such an argument no longer names the file the user meant: writing it would
     * create another file, with a U+FFFD in its name. Returns why, or null when every argument
     * is intact.
     */
    static String undecodable(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') >= 0) {
                return "argument " + (i + 1) + " ('" + args[i].replace('\uFFFD', '?') + "') holds bytes that are not "
                        + "text in this system's encoding (" + System.getProperty("sun.jnu.encoding", "unknown")
                        + "), so it cannot name a file exactly; rename the file to UTF-8 or run under a UTF-8 locale "
                        + "(e.g. LANG=C.UTF-8)";
            }
        }
        return null;
    }
}
