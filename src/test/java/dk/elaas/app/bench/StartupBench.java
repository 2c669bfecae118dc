package dk.elaas.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up benchmark: starts the real app in a fresh JVM {@code runs} times (cold JVM each time, headless
 * Monocle so it runs anywhere), on a data folder created by the first run, and prints the medians of
 * launch → window shown and launch → database ready, plus a line for docs/benchmarks.md.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.elaas.app.bench.StartupBench}
 * (optionally {@code -Dexec.args="5 /path/to/java"}). "Launch" is the JVM's own start time.
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = args.length > 1 ? args[1] : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = classpath();
        Path dataDir = Files.createTempDirectory("elaas-startup-bench");
        try {
            // First start creates and migrates the database; it is reported but not counted.
            Map<String, Long> first = startOnce(java, classpath, dataDir);
            System.out.printf("first start (creates the database): window %d ms, database ready %d ms%n",
                    first.get("window_shown"), first.get("database_ready"));
            List<Long> window = new ArrayList<>();
            List<Long> database = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Map<String, Long> t = startOnce(java, classpath, dataDir);
                window.add(t.get("window_shown"));
                database.add(t.get("database_ready"));
                System.out.printf("run %d: window %d ms, database ready %d ms%n", i + 1, t.get("window_shown"),
                        t.get("database_ready"));
            }
            long w = median(window);
            long d = median(database);
            String jdk = Runtime.version().toString();
            System.out.printf("median of %d cold starts: launch -> window shown %d ms (target <= 1500), "
                    + "launch -> database ready %d ms (target <= 3500)%n", runs, w, d);
            System.out.printf("| %s | start-up, existing database, median of %d cold JVMs | window %d ms | database ready %d ms"
                    + " | java %s, %d cores |%n", java.contains("temurin") ? "Temurin" : "default JDK", runs, w, d,
                    jdkOf(java, jdk), Runtime.getRuntime().availableProcessors());
        } finally {
            try (Stream<Path> walk = Files.walk(dataDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Under exec:java the project's classes are in a URLClassLoader, not on java.class.path. */
    private static String classpath() {
        if (StartupBench.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            StringBuilder cp = new StringBuilder();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    cp.append(cp.isEmpty() ? "" : java.io.File.pathSeparator).append(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return cp.toString();
        }
        return System.getProperty("java.class.path");
    }

    private static String jdkOf(String java, String fallback) {
        return java.contains("temurin") ? Path.of(java).getParent().getParent().getFileName().toString() : fallback;
    }

    private static Map<String, Long> startOnce(String java, String classpath, Path dataDir)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Delaas.printTimings=true", "dk.elaas.app.Main", "--data-dir", dataDir.toString(), "--exit-when-ready");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        Map<String, Long> timings = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("elaas.timing ")) {
                    String[] kv = line.substring("elaas.timing ".length()).split("=");
                    timings.put(kv[0], Long.parseLong(kv[1].trim()));
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || !timings.containsKey("database_ready")) {
            throw new IllegalStateException("The app did not start cleanly (exit " + code + ", timings " + timings + ")");
        }
        return timings;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
