package dk.elaas.intake.bench;

import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.document.LoadedPage;
import dk.elaas.document.PageImageLoader;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeContext;
import dk.elaas.intake.IntakePipeline;
import dk.elaas.intake.IntakeProgress;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.SampleSet;
import dk.elaas.intake.SampleSet.Sample;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Benchmark of the intake on the shared samples, next to a plain baseline in the same run: the
 * {@code tesseract} command (lang dan, default settings) on the same file plus simple label regexes.
 * Run with {@code -Xmx1g}; prints the figures and rewrites the "Intake (issue 4)" section of
 * docs/benchmarks.md.
 *
 * <pre>java -Xmx1g -cp target/test-classes:target/classes:$(deps) dk.elaas.intake.bench.IntakeBench</pre>
 */
public final class IntakeBench {

    private static final String HEADING = "## Intake (issue 4)";

    /** Hits per group: [correct, total]. */
    private final Map<String, int[]> app = new TreeMap<>();
    private final Map<String, int[]> base = new TreeMap<>();
    private final Map<ConsentField, int[]> appField = new EnumMap<>(ConsentField.class);
    private final Map<ConsentField, int[]> baseField = new EnumMap<>(ConsentField.class);
    private final List<Long> appMs = new ArrayList<>();
    private final List<Long> cliMs = new ArrayList<>();
    private final List<Long> appPhotoMs = new ArrayList<>();
    private int confident;
    private int confidentOk;
    private int fields;

    public static void main(String[] args) throws Exception {
        new IntakeBench().run();
    }

    private void run() throws Exception {
        List<Sample> samples = SampleSet.load();
        PageImageLoader loader = new PageImageLoader();
        Path tmp = Files.createTempDirectory("intake-bench");
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            IntakePipeline pipeline = new IntakePipeline(ocr, Postcodes.load());
            // Warm-up: class loading, OpenCV and Tesseract start-up are not per-page costs.
            pipeline.process(samples.get(0).file(), IntakeContext.EMPTY, IntakeProgress.NONE);
            for (Sample s : samples) {
                long t0 = System.nanoTime();
                IntakeResult r = pipeline.process(s.file(), IntakeContext.EMPTY, IntakeProgress.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                appMs.add(ms);
                if ("photo".equals(s.capture())) {
                    appPhotoMs.add(ms);
                }
                Path input = s.file();
                if (s.file().toString().endsWith(".pdf")) {
                    // The CLI cannot read PDF: rasterise page one at 300 dpi grey, as pdftoppm -r 300 -gray would.
                    LoadedPage page = loader.load(s.file());
                    input = tmp.resolve(s.file().getFileName() + ".png");
                    ImageIO.write(page.image(), "png", input.toFile());
                }
                long c0 = System.nanoTime();
                String text = tesseract(input);
                cliMs.add((System.nanoTime() - c0) / 1_000_000);
                Map<ConsentField, String> baseline = Baseline.read(text);
                StringBuilder misses = new StringBuilder();
                for (ConsentField f : ConsentField.values()) {
                    FieldValue v = r.fields().get(f);
                    boolean ok = s.correct(f, v);
                    boolean bok = Objects.equals(s.expected(f), baseline.get(f));
                    count(app, s, ok);
                    count(base, s, bok);
                    appField.computeIfAbsent(f, k -> new int[2])[0] += ok ? 1 : 0;
                    appField.get(f)[1]++;
                    baseField.computeIfAbsent(f, k -> new int[2])[0] += bok ? 1 : 0;
                    baseField.get(f)[1]++;
                    fields++;
                    if (v.confident()) {
                        confident++;
                        confidentOk += ok ? 1 : 0;
                    }
                    if (!ok) {
                        misses.append(String.format("    %-20s expected=%s got=%s conf=%.2f%n", f.key(), s.expected(f),
                                v.value(), v.confidence()));
                    }
                }
                System.out.printf("%s %s/%s/%s app %d ms, cli %d ms%n%s", s.file().getFileName(), s.layout(),
                        s.fillStyle(), s.capture(), ms, cliMs.get(cliMs.size() - 1), misses);
            }
        }
        String md = markdown(samples.size());
        System.out.println(md);
        writeSection(Path.of("docs", "benchmarks.md"), md);
    }

    private static void count(Map<String, int[]> m, Sample s, boolean ok) {
        for (String key : List.of("all", "fill:" + s.fillStyle(), "capture:" + s.capture(),
                "capture+fill:" + s.capture() + "/" + s.fillStyle())) {
            int[] c = m.computeIfAbsent(key, k -> new int[2]);
            c[0] += ok ? 1 : 0;
            c[1]++;
        }
    }

    private static String tesseract(Path image) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "-", "-l", "dan");
        // Same OpenMP setting as the app, so the times compare the work and not the thread spinning.
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private String markdown(int samples) {
        StringBuilder b = new StringBuilder();
        b.append(HEADING).append("\n\n");
        b.append(String.format(Locale.ROOT, "Run of `IntakeBench` (`-Xmx1g`, 2-core machine, Tesseract %s, "
                + "`OMP_THREAD_LIMIT=1` for both app and CLI) on the %d shared samples (16 fields each). "
                + "Baseline: `tesseract FILE - -l dan` (PDFs rasterised at 300 dpi grey first) plus simple label "
                + "regexes.%n%n", "5.3.0", samples));
        b.append("| group | app exact | baseline exact |\n|---|---|---|\n");
        for (String k : app.keySet()) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", k, pct(app.get(k)), pct(base.get(k))));
        }
        b.append("\n| field | app exact | baseline exact |\n|---|---|---|\n");
        for (ConsentField f : ConsentField.values()) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", f.key(), pct(appField.get(f)), pct(baseField.get(f))));
        }
        b.append(String.format(Locale.ROOT, "%nConfident fields: %d of %d (%.1f %% presented as confident), "
                        + "of which %.2f %% correct.%n%n", confident, fields, 100.0 * confident / fields,
                100.0 * confidentOk / Math.max(1, confident)));
        b.append(String.format(Locale.ROOT, "Time per page, median: app %d ms, tesseract CLI %d ms (ratio %.2f); "
                        + "app on 12-MP photos %d ms. Peak heap %d MB.%n", median(appMs), median(cliMs),
                median(appMs) / (double) median(cliMs), median(appPhotoMs), peakHeapMb()));
        b.append("\nTargets (issue 4): ≥ 98 % exact on typed, ≥ 80 % on handwritten, confident precision ≥ 99 %, "
                + "time ≤ 1.3 × CLI, < 4 s per 12-MP photo, heap < 1 GB.\n");
        return b.toString();
    }

    private static String pct(int[] c) {
        return c == null ? "-" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }

    private static long median(List<Long> xs) {
        if (xs.isEmpty()) {
            return 0;
        }
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    /**
     * Replaces our section's figures in the benchmarks file (or appends the section), leaving the other sections
     * and the notes written under our "Targets" line alone.
     */
    static void writeSection(Path file, String section) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        int start = existing.indexOf(HEADING);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + HEADING.length());
            int end = next < 0 ? existing.length() : next + 1;
            int targets = existing.indexOf("\nTargets (issue 4)", start);
            String notes = "";
            if (targets >= 0 && targets < end) {
                int eol = existing.indexOf('\n', targets + 1);
                notes = eol < 0 || eol >= end ? "" : existing.substring(eol + 1, end).strip();
            }
            updated = existing.substring(0, start) + section.stripTrailing() + "\n\n"
                    + (notes.isEmpty() ? "" : notes + "\n\n") + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated);
    }

    /** The baseline's "simple label regexes" over the CLI's plain text. */
    static final class Baseline {

        private static final String DATE = "(\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|\\d{1,2}\\. ?\\p{L}+ \\d{4})";

        private Baseline() {
        }

        static Map<ConsentField, String> read(String text) {
            Map<ConsentField, String> m = new EnumMap<>(ConsentField.class);
            List<String> names = all(text, "Navn:?[ \\t]+([^\\n]+)");
            m.put(ConsentField.CITIZEN_NAME, names.isEmpty() ? null : names.get(0));
            m.put(ConsentField.COLLECTED_BY_NAME, names.size() < 2 ? null : names.get(names.size() - 1));
            String cpr = first(text, "CPR-nr\\.?:?\\s*(\\d{6}-?\\d{4})");
            m.put(ConsentField.CPR, cpr == null ? null : cpr.replaceAll("(\\d{6})-?(\\d{4})", "$1-$2"));
            m.put(ConsentField.ADDRESS, first(text, "Adresse:?[ \\t]+([^\\n]+)"));
            Matcher pc = Pattern.compile("Postnr\\.? og by:?\\s*(\\d{4})\\s+([^\\n]+)").matcher(text);
            if (pc.find()) {
                m.put(ConsentField.POSTAL_CODE, pc.group(1));
                m.put(ConsentField.CITY, pc.group(2).strip());
            }
            String phone = first(text, "Telefon:?[^\\d+\\n]*([+\\d][\\d ]{7,14}\\d)");
            m.put(ConsentField.PHONE, phone == null ? null : phone.replace(" ", "").replaceFirst("^\\+45", ""));
            m.put(ConsentField.SUPPLIER_NAME, first(text, "Firmanavn:?[ \\t]+([^\\n]+)"));
            String cvr = first(text, "CVR-nr\\.?:?\\s*(\\d[\\d ]{7,10}\\d)");
            m.put(ConsentField.SUPPLIER_CVR, cvr == null ? null : cvr.replace(" ", ""));
            List<String> services = new ArrayList<>();
            for (String s : List.of("Dagligvarer", "Madservice", "Medicin", "Tøjvask")) {
                if (Pattern.compile("[X☒✓✔]\\s*" + s).matcher(text).find()) {
                    services.add(s);
                }
            }
            m.put(ConsentField.SERVICES, String.join(",", services));
            m.put(ConsentField.VALID_FROM, date(first(text, "Gyldig fra[^\\n\\d]*" + DATE)));
            m.put(ConsentField.VALID_UNTIL, date(first(text, "Gyldig til[^\\n\\d]*" + DATE)));
            m.put(ConsentField.SIGNED_DATE, date(first(text, "\\bDato:?\\s*" + DATE)));
            boolean rep = Pattern.compile("[X☒✓✔]\\s*Stedfortræder\\b").matcher(text).find();
            boolean cit = Pattern.compile("[X☒✓✔]\\s*Borger\\b").matcher(text).find();
            m.put(ConsentField.SIGNER_ROLE, rep ? "representative" : cit ? "citizen" : null);
            m.put(ConsentField.REPRESENTATIVE_NAME, first(text, "Stedfortræders navn:?[ \\t]+([^\\n]+)"));
            for (String org : List.of("Ekstern leverandør", "Sundhed & Forebyggelse", "Pleje og Rehabilitering")) {
                if (Pattern.compile("[X☒✓✔]\\s*" + Pattern.quote(org)).matcher(text).find()) {
                    m.put(ConsentField.COLLECTED_BY_ORG, org);
                }
            }
            m.replaceAll((k, v) -> v == null ? null : v.strip());
            return m;
        }

        private static String date(String raw) {
            return raw == null ? null : DanishDates.parse(raw).map(Object::toString).orElse(null);
        }

        private static String first(String text, String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            return m.find() ? m.group(1).strip() : null;
        }

        private static List<String> all(String text, String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            List<String> out = new ArrayList<>();
            while (m.find()) {
                out.add(m.group(1).strip());
            }
            return out;
        }
    }
}
