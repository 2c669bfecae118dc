package dk.elaas.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Start-up benchmark: starts the real app in a fresh JVM {@code runs} times per variant (cold JVM each
 * time, headless Monocle), on a data folder made by a first, uncounted start, and prints the medians of
 * launch → window shown and launch → database ready. Variants, measured in the same run:
 * <ul>
 *   <li>{@code plain}: the classpath as {@code mvn javafx:run} has it (the baseline);</li>
 *   <li>{@code appcds}: the same jars with an AppCDS archive, as the packaged app ships (installer/).</li>
 * </ul>
 * "Launch" is the JVM's own start time. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.elaas.app.bench.StartupBench -Dexec.args=5}
 * (a second argument picks another {@code java}, e.g. the Temurin JDK).
 */
public final class StartupBench {

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String java = args.length > 1 ? args[1] : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("elaas-startup-bench");
        try {
            String classpath = jarredClasspath(work);
            Path dataDir = work.resolve("data");
            Path archive = work.resolve("elaas.jsa");
            Map<String, Long> first = startOnce(java, classpath, dataDir, List.of("-XX:ArchiveClassesAtExit=" + archive));
            System.out.printf("first start (creates the database and the AppCDS archive): window %d ms, database %d ms%n",
                    first.get("window_shown"), first.get("database_ready"));
            List<String> cds = List.of("-XX:SharedArchiveFile=" + archive);
            Map<String, List<Long>> window = new HashMap<>();
            Map<String, List<Long>> database = new HashMap<>();
            for (int i = 0; i < runs; i++) {
                // Alternate the variants so a load spike hurts both alike.
                for (String variant : List.of("plain", "appcds")) {
                    Map<String, Long> t = startOnce(java, classpath, dataDir, variant.equals("plain") ? List.of() : cds);
                    window.computeIfAbsent(variant, v -> new ArrayList<>()).add(t.get("window_shown"));
                    database.computeIfAbsent(variant, v -> new ArrayList<>()).add(t.get("database_ready"));
                    System.out.printf("run %d %-6s: window %5d ms, database ready %5d ms%n", i + 1, variant,
                            t.get("window_shown"), t.get("database_ready"));
                }
            }
            String jdk = jdkName(java);
            for (String variant : List.of("plain", "appcds")) {
                long w = median(window.get(variant));
                long d = median(database.get(variant));
                System.out.printf("%-6s median of %d cold starts: launch -> window %d ms (target <= 1500), "
                        + "launch -> database ready %d ms (target <= 3500)%n", variant, runs, w, d);
                System.out.printf("| %s | %s | %d | %d ms | %d ms |%n", jdk, variant, runs, w, d);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** AppCDS only archives classes from jars, so the project's classes are jarred as the installer does. */
    private static String jarredClasspath(Path work) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (String entry : classpathEntries()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path jar = work.resolve(p.getFileName() + "-" + entries.size() + ".jar");
                jar(p, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static List<String> classpathEntries() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        if (StartupBench.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return entries;
        }
        return List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
    }

    private static void jar(Path dir, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> !f.equals(dir)).sorted().toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                // Directory entries too: Flyway finds its migrations folder through them.
                j.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (Files.isRegularFile(f)) {
                    Files.copy(f, j);
                }
                j.closeEntry();
            }
        }
    }

    static String jdkName(String java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("?");
        p.waitFor();
        return first.replace("\"", "");
    }

    private static Map<String, Long> startOnce(String java, String classpath, Path dataDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Delaas.printTimings=true", "dk.elaas.app.Main", "--data-dir", dataDir.toString(), "--exit-when-ready"));
        return timings(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads the app's {@code elaas.timing what=ms} lines until it exits; refuses a start that did not end well. */
    static Map<String, Long> timings(Process p) throws IOException, InterruptedException {
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

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
