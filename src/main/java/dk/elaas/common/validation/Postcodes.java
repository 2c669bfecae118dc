package dk.elaas.common.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Danish postcodes and their town names, read from the bundled UTF-8 resource
 * {@code postnumre.csv} ({@code code;town}, header line, sorted by code). Works offline.
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} reads the resource on every call, so
 * callers should load once and keep the instance.
 */
public final class Postcodes {

    static final String RESOURCE = "postnumre.csv";
    static final String KEY_FORMAT = "validation.postcode.format";
    static final String KEY_UNKNOWN = "validation.postcode.unknown";

    private final SortedMap<String, String> townByCode;
    private final Map<String, String> codeByTown;

    private Postcodes(SortedMap<String, String> townByCode) {
        this.townByCode = Collections.unmodifiableSortedMap(townByCode);
        Map<String, String> byTown = new HashMap<>();
        // Iterates in code order, so a town with several codes (København K) maps to its lowest.
        townByCode.forEach((code, town) -> byTown.putIfAbsent(townKey(town), code));
        this.codeByTown = Collections.unmodifiableMap(byTown);
    }

    /**
     * Reads the bundled table.
     *
     * @throws IllegalStateException if the resource is missing or malformed (a build error)
     */
    public static Postcodes load() {
        try (InputStream in = Postcodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new Postcodes(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static SortedMap<String, String> parse(BufferedReader reader) throws IOException {
        SortedMap<String, String> table = new TreeMap<>();
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals("code;town")) {
            throw new IllegalStateException(RESOURCE + ": expected header 'code;town' but was " + header);
        }
        int lineNo = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int sep = line.indexOf(';');
            String code = sep < 0 ? line : line.substring(0, sep).strip();
            String town = sep < 0 ? "" : line.substring(sep + 1).strip();
            if (!Text.isAsciiDigits(code, 4) || town.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + " is malformed: " + line);
            }
            if (table.putIfAbsent(code, town) != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate code " + code);
            }
        }
        return table;
    }

    /** Valid when the input is four digits and a known Danish postcode. Normalized: the four digits. */
    public Validated validate(String raw) {
        if (Text.isBlank(raw)) {
            return Validated.error(Messages.REQUIRED);
        }
        String code = Text.strip(raw);
        if (!Text.isAsciiDigits(code, 4)) {
            return Validated.error(KEY_FORMAT);
        }
        return townByCode.containsKey(code) ? Validated.ok(code) : Validated.error(KEY_UNKNOWN, code);
    }

    /** The town name for a postcode, e.g. {@code 8260 -> Viby J}. */
    public Optional<String> town(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(townByCode.get(Text.strip(code)));
    }

    /**
     * The postcode for a town name, matched case-insensitively and exactly (after trimming). For
     * town names with several codes (København K, København V, Frederiksberg C, Fredericia) the
     * lowest code is returned.
     */
    public Optional<String> codeForTown(String town) {
        return town == null ? Optional.empty() : Optional.ofNullable(codeByTown.get(townKey(town)));
    }

    public int size() {
        return townByCode.size();
    }

    /** All postcodes and town names, sorted by code (read-only), e.g. for auto-completion. */
    public SortedMap<String, String> asMap() {
        return townByCode;
    }

    private static String townKey(String town) {
        return Text.strip(town).toLowerCase(Locale.ROOT);
    }
}
