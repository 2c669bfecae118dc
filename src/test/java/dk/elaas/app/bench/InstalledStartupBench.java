package dk.elaas.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up of the installed app (issue 18.3): its jpackage launcher, bundled runtime and the class-data archive
 * it keeps in the data folder, beside the named baseline measured in the same run: the source tree on the plain
 * JVM ({@code java -cp target/classes:…}, as {@code mvn javafx:run} starts it). Both open a real GTK window on
 * the X display in {@code DISPLAY} (Xvfb at 1366×768 in the figures), on the same existing data folder, in a
 * fresh account home; the variants alternate so a load spike hurts both alike. Medians of {@code runs} starts of
 * launch → window shown, → database ready, → first screen (the register, usable).
 * <pre>
 * installer/package.sh            # or install the .deb and name /opt/elaas/bin/eLaas
 * xvfb-run -a -s "-screen 0 1366x768x24" mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dk.elaas.app.bench.InstalledStartupBench -Dexec.args="target/installer/eLaas/bin/eLaas 5"
 * </pre>
 */
public final class InstalledStartupBench {

    private static final List<String> STAGES = List.of("window_shown", "database_ready", "first_screen");

    private InstalledStartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "target/installer/eLaas/bin/eLaas").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isExecutable(launcher)) {
            throw new IllegalArgumentException("No launcher at " + launcher + ": run installer/package.sh first");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("No X display: run under xvfb-run -a -s \"-screen 0 1366x768x24\"");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = String.join(File.pathSeparator, StartupBench.classpathEntries());
        Path home = Files.createTempDirectory("elaas-installed-bench");
        try {
            Map<String, Long> first = start(List.of(launcher.toString()), home);
            System.out.printf("first start after install (creates the database, writes the archive at exit): %s%n", first);
            Path archive = home.resolve(".local/share/elaas/elaas.jsa");
            System.out.printf("class-data archive: %s%n", Files.exists(archive)
                    ? Files.size(archive) / (1024 * 1024) + " MiB in the data folder" : "none (runtime older than 25?)");
            List<String> plain = List.of(javaBin, "-cp", classpath, "dk.elaas.app.Main");
            Map<String, Map<String, List<Long>>> figures = new HashMap<>();
            for (int i = 0; i < runs; i++) {
                for (String variant : List.of("installed", "source tree")) {
                    Map<String, Long> t = start(variant.equals("installed") ? List.of(launcher.toString()) : plain, home);
                    System.out.printf("run %d %-11s: %s%n", i + 1, variant, t);
                    STAGES.forEach(s -> figures.computeIfAbsent(variant, v -> new HashMap<>())
                            .computeIfAbsent(s, x -> new ArrayList<>()).add(t.get(s)));
                }
            }
            String jdk = StartupBench.jdkName(javaBin);
            for (String variant : List.of("installed", "source tree")) {
                Map<String, List<Long>> f = figures.get(variant);
                System.out.printf("| %s | %d | %d ms | %d ms | %d ms |%n",
                        variant.equals("installed") ? "installed app (" + launcher.getParent().getParent().getFileName()
                                + ", bundled runtime, its archive)" : "source tree, plain " + jdk + " (baseline)",
                        runs, StartupBench.median(f.get("window_shown")), StartupBench.median(f.get("database_ready")),
                        StartupBench.median(f.get("first_screen")));
            }
            System.out.println("targets: installed app to window <= 1000 ms, to a usable register <= 2500 ms");
        } finally {
            try (Stream<Path> walk = Files.walk(home)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One start in the account home {@code home} (as a user whose $HOME and Java's user.home agree). */
    private static Map<String, Long> start(List<String> command, Path home) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(command);
        c.add("--exit-when-ready");
        ProcessBuilder pb = new ProcessBuilder(c).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home + " -Delaas.printTimings=true");
        return StartupBench.timings(pb.start());
    }
}
