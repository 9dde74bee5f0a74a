package dev.plumbline.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build was made from (filtered into a resource by Maven). */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/plumbline-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
