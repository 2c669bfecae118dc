package dk.elaas.ocr;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the folder with Tesseract's language data. This must succeed before Tess4J is touched:
 * Tess4J 5.14 without a valid data path aborts the whole JVM instead of throwing.
 */
public final class TessdataLocator {

    static final String KEY_LANGUAGE_MISSING = "intake.ocr.languageMissing";

    /** The folders package managers and installers put tessdata in, most specific first. */
    static final List<String> USUAL_FOLDERS = List.of(
            "/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata",
            "/usr/local/share/tessdata",
            "/opt/homebrew/share/tessdata",
            "/opt/local/share/tessdata",
            "C:\\Program Files\\Tesseract-OCR\\tessdata",
            "C:\\Program Files (x86)\\Tesseract-OCR\\tessdata");

    private final Map<String, String> environment;

    public TessdataLocator() {
        this(System.getenv());
    }

    /** For tests: a given environment instead of the process's. */
    TessdataLocator(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The first candidate folder that holds {@code <language>.traineddata}.
     *
     * @throws OcrException {@code intake.ocr.languageMissing} naming every folder searched
     */
    public Path locate(OcrSettings settings) throws OcrException {
        List<Path> candidates = candidates(settings);
        String file = settings.language() + ".traineddata";
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(file)) && Files.isReadable(dir.resolve(file))) {
                return dir.toAbsolutePath();
            }
        }
        String searched = candidates.stream().map(Path::toString).collect(Collectors.joining(", "));
        throw new OcrException(KEY_LANGUAGE_MISSING, file, searched);
    }

    /** Every folder searched, in order: setting, TESSDATA_PREFIX, the usual folders, the app's folder. */
    public List<Path> candidates(OcrSettings settings) {
        Set<Path> out = new LinkedHashSet<>();
        if (settings.tessdataDir() != null) {
            addWithTessdata(out, settings.tessdataDir());
        }
        String prefix = environment.get("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            // Tesseract 4+ expects the tessdata folder itself; 3.x expected its parent. Accept both.
            addWithTessdata(out, Path.of(prefix.strip()));
        }
        for (String f : USUAL_FOLDERS) {
            out.add(Path.of(f));
        }
        List<Path> appDirs = new ArrayList<>();
        if (settings.appDirectory() != null) {
            appDirs.add(settings.appDirectory());
        }
        codeLocation().ifPresent(appDirs::add);
        for (Path app : appDirs) {
            addWithTessdata(out, app);
        }
        return List.copyOf(out);
    }

    private static void addWithTessdata(Set<Path> out, Path dir) {
        out.add(dir);
        out.add(dir.resolve("tessdata"));
    }

    /** The folder of the jar (or classes folder) this class was loaded from, e.g. a jpackage app dir. */
    private static java.util.Optional<Path> codeLocation() {
        try {
            var source = TessdataLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return java.util.Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return java.util.Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
