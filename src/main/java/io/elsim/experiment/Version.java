package io.elsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** elsim's version, from the properties Maven writes at build time. */
public final class Version {
    private Version() { }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/io/elsim/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
