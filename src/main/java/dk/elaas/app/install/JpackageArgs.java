package dk.elaas.app.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The jpackage settings for every OS in one place. {@code installer/package.sh} and {@code package.ps1} run
 * {@code main} to write {@code jpackage.args} (plus the file-association and CLI-launcher property files)
 * and call {@code jpackage @jpackage.args}: what cannot be built on this machine (MSI, dmg) is checked by
 * {@code JpackageArgsTest} instead.
 *
 * <pre>java -cp target/classes dk.elaas.app.install.JpackageArgs OS TYPE POM_VERSION RUNTIME_FEATURE OUT_DIR [--per-machine]</pre>
 */
public final class JpackageArgs {

    public enum Os { LINUX, WINDOWS, MAC }

    /** Never change: Windows Installer recognises an upgrade of eLås by it (and then keeps the data folder). */
    public static final String WINDOWS_UPGRADE_UUID = "6f1c3c36-3f0e-4b5e-9f0d-2a9b1e5c7d41";
    /**
     * On: the window launcher keeps a class-data-sharing archive in the data folder (ADR 0006). It once failed in
     * .ci/package-check because the archive's folder did not exist when the JVM wrote it at exit (then the next
     * start refused it); the app now makes that folder as soon as it starts ({@link ClassDataArchive}).
     */
    static final boolean AUTO_CDS = true;
    public static final String NAME = "eLaas";
    public static final String CLI_LAUNCHER = "elaas-cli";
    /** Only the modules the app and its libraries use (jdeps plus what reflection needs: JNDI, JMX, zipfs, locales;
     *  java.scripting because FXMLLoader links javax.script, found by .ci/package-check). */
    public static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.management",
            "java.naming", "java.sql", "java.xml", "java.prefs", "java.instrument", "java.scripting", "jdk.unsupported",
            "jdk.localedata",
            "jdk.charsets", "jdk.zipfs", "jdk.crypto.ec");
    /** What "Åbn med eLås" is offered for. */
    public static final Map<String, String> FILE_TYPES = fileTypes();

    /** Ask for what to build. {@code runtimeFeature}: the Java version of the bundled runtime (17, 25, …). */
    public record Request(Os os, String type, String pomVersion, int runtimeFeature, boolean perMachine) {
    }

    private JpackageArgs() {
    }

    /** 0.1.0-SNAPSHOT → 0.1.0: installers (MSI above all) want plain numbers. Refuses anything else. */
    public static String installerVersion(String pomVersion) {
        String v = pomVersion.strip().replaceFirst("-SNAPSHOT$", "");
        if (!v.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("Not an installer version: '" + pomVersion + "'");
        }
        return v;
    }

    /** The arguments, with files named relative to the project folder and to {@code outDir}. */
    public static List<String> args(Request r, Path outDir) {
        List<String> a = new ArrayList<>();
        add(a, "--type", r.type());
        add(a, "--dest", "target/installer");
        add(a, "--name", NAME);
        add(a, "--app-version", installerVersion(r.pomVersion()));
        add(a, "--vendor", "Aarhus Kommune");
        add(a, "--description", "eLås: samtykker og onboarding for leverandørers brug af elektroniske dørlåse");
        add(a, "--input", "target/installer-input");
        add(a, "--main-jar", "elaas.jar");
        add(a, "--main-class", "dk.elaas.app.Main");
        for (String o : javaOptions(r, true)) {
            add(a, "--java-options", o);
        }
        add(a, "--add-modules", String.join(",", MODULES));
        add(a, "--jlink-options", "--strip-debug --no-man-pages --no-header-files --include-locales=da,en"
                + (r.runtimeFeature() >= 19 ? " --generate-cds-archive" : ""));
        add(a, "--add-launcher", CLI_LAUNCHER + "=" + outDir.resolve("cli-launcher.properties"));
        if ("app-image".equals(r.type())) {
            // File associations, menu entries and dependencies belong to an installer.
            add(a, "--icon", icon(r.os()));
            return a;
        }
        add(a, "--icon", icon(r.os()));
        for (String ext : FILE_TYPES.keySet()) {
            add(a, "--file-associations", outDir.resolve("open-" + ext + ".properties").toString());
        }
        switch (r.os()) {
            case LINUX -> {
                add(a, "--linux-package-name", InstallLayout.LINUX_PACKAGE);
                add(a, "--install-dir", InstallLayout.LINUX_INSTALL_PARENT);
                add(a, "--linux-menu-group", "Office");
                a.add("--linux-shortcut");
                add(a, "--linux-app-category", "misc");
                add(a, "--linux-package-deps", String.join(", ", linuxDependencies(r.type())));
                add(a, "--resource-dir", "installer/linux");
                if ("rpm".equals(r.type())) {
                    add(a, "--linux-rpm-license-type", "Proprietary");
                }
            }
            case WINDOWS -> {
                add(a, "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID);
                a.add("--win-menu");
                add(a, "--win-menu-group", "eLås");
                a.add("--win-shortcut");
                if (r.perMachine()) {
                    // Program Files\eLaas, for every user of the PC (needs an administrator).
                    add(a, "--install-dir", InstallLayout.WINDOWS_PER_MACHINE_SUBDIR);
                } else {
                    // %LOCALAPPDATA%\Programs\eLaas: next to, never the same as, the data in %LOCALAPPDATA%\eLaas.
                    a.add("--win-per-user-install");
                    add(a, "--install-dir", InstallLayout.WINDOWS_PER_USER_SUBDIR);
                }
            }
            case MAC -> add(a, "--mac-package-identifier", "dk.aarhus.elaas");
        }
        return a;
    }

    /**
     * The JVM options of the window launcher (or, with {@code window=false}, the command-line launcher).
     * On a runtime of Java 25 or later the window launcher keeps a class-data-sharing archive in the user's
     * data folder, made by the first start and remade when the runtime changes (-XX:+AutoCreateSharedArchive,
     * JDK 19+; the launcher expands $HOME and $LOCALAPPDATA in its .cfg since JDK 25).
     */
    public static List<String> javaOptions(Request r, boolean window) {
        List<String> o = new ArrayList<>(List.of("-Xmx1g", "-Dfile.encoding=UTF-8"));
        if (r.runtimeFeature() >= 22) {
            o.add("--enable-native-access=ALL-UNNAMED");
        }
        if (r.runtimeFeature() >= 24) {
            o.add("--sun-misc-unsafe-memory-access=allow");
        }
        if (AUTO_CDS && window && r.runtimeFeature() >= 25 && cdsArchive(r.os()) != null) {
            o.add("-XX:SharedArchiveFile=" + cdsArchive(r.os()));
            o.add("-XX:+AutoCreateSharedArchive");
            // The JVM's own warnings go to standard error, never standard output. The archive is a cache: what
            // it could not store (Hibernate's generated proxies, JFR classes) or a base archive made with other
            // options is no fault of the user's and is not reported.
            o.add("-Xlog:disable");
            o.add("-Xlog:all=warning,cds*=off,aot*=off:stderr");
        }
        return o;
    }

    /** Where the archive goes: the data folder (macOS: Caches, as its data folder has a space jpackage would split on). */
    static String cdsArchive(Os os) {
        return switch (os) {
            case LINUX -> "$HOME/.local/share/elaas/elaas.jsa";
            case WINDOWS -> "$LOCALAPPDATA\\eLaas\\elaas.jsa";
            case MAC -> "$HOME/Library/Caches/eLaas.jsa";
        };
    }

    static List<String> linuxDependencies(String type) {
        return "rpm".equals(type)
                ? List.of("tesseract", "tesseract-langpack-dan", "gtk3")
                : List.of("tesseract-ocr", "tesseract-ocr-dan", "libgtk-3-0");
    }

    static String icon(Os os) {
        return switch (os) {
            case LINUX -> "installer/elaas.png";
            case WINDOWS -> "installer/elaas.ico";
            case MAC -> "installer/elaas.icns";
        };
    }

    /** The property files jpackage reads: one per file type, and the command-line launcher. */
    public static Map<String, String> propertyFiles(Request r) {
        Map<String, String> files = new LinkedHashMap<>();
        FILE_TYPES.forEach((ext, mime) -> files.put("open-" + ext + ".properties",
                "extension=" + ext + "\nmime-type=" + mime + "\ndescription=" + describe(ext) + "\n"));
        StringBuilder cli = new StringBuilder();
        cli.append("java-options=").append(String.join(" ", javaOptions(r, false))).append('\n');
        // No menu entry of its own: the menu opens the window app.
        cli.append(r.os() == Os.WINDOWS ? "win-console=true\nwin-menu=false\nwin-shortcut=false\n" : "")
                .append(r.os() == Os.LINUX ? "linux-shortcut=false\n" : "");
        files.put("cli-launcher.properties", cli.toString());
        return files;
    }

    private static String describe(String ext) {
        return ext.toUpperCase(Locale.ROOT) + (ext.equals("pdf") ? "-dokument" : "-billede") + " (samtykke)";
    }

    private static Map<String, String> fileTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("jpg", "image/jpeg");
        m.put("jpeg", "image/jpeg");
        m.put("png", "image/png");
        m.put("tif", "image/tiff");
        m.put("tiff", "image/tiff");
        m.put("pdf", "application/pdf");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void add(List<String> a, String option, String value) {
        a.add(option);
        a.add(value);
    }

    /** One argument per line, quoted as jpackage's @argfiles want (backslashes and quotes escaped). */
    static String argFile(List<String> args) {
        StringBuilder b = new StringBuilder();
        for (String arg : args) {
            b.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return b.toString();
    }

    public static void main(String[] argv) throws IOException {
        if (argv.length < 5) {
            throw new IllegalArgumentException("usage: OS TYPE POM_VERSION RUNTIME_FEATURE OUT_DIR [--per-machine]");
        }
        Os os = Os.valueOf(argv[0].toUpperCase(Locale.ROOT));
        Request r = new Request(os, argv[1], argv[2], Integer.parseInt(argv[3].strip()),
                argv.length > 5 && "--per-machine".equals(argv[5]));
        Path out = Path.of(argv[4]);
        Files.createDirectories(out);
        for (Map.Entry<String, String> f : propertyFiles(r).entrySet()) {
            Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("jpackage.args"), argFile(args(r, out)), StandardCharsets.UTF_8);
    }
}
