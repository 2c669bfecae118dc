package dk.elaas.app.log;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build of this eLås (from the filtered {@code dk/elaas/app/build.properties}) and the Java it runs on. */
public record BuildInfo(String version, String build, String built, String java) {

    public static BuildInfo current() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/dk/elaas/app/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource only leaves the version unknown.
        }
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " (" + System.getProperty("java.vendor", "?") + ")";
        return new BuildInfo(clean(p.getProperty("version")), clean(p.getProperty("build")),
                clean(p.getProperty("built")), java);
    }

    /** One line: {@code 0.1.0-SNAPSHOT (build abc1234, 2026-12-03 17:00), Java 25.0.3+9-LTS (Eclipse Adoptium)}. */
    public String summary() {
        return version + " (build " + build + ", " + built + "), Java " + java;
    }

    private static String clean(String v) {
        return v == null || v.isBlank() || v.startsWith("${") ? "ukendt" : v;
    }
}
