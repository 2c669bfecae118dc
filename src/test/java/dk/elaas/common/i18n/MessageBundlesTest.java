package dk.elaas.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.db.PersistenceUnit;
import dk.elaas.audit.AuditAction;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.persistence.DatabaseStartupException;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.shell.Section;
import dk.elaas.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every piece of UI text exists in Danish and in English; a missing key would show as !key! on screen. */
class MessageBundlesTest {

    private static final Path MAIN_JAVA = Path.of("src", "main", "java");
    private static final Path MAIN_RESOURCES = Path.of("src", "main", "resources");
    /** A literal key handed to the bundle: i18n.get("x.y"), Validated.error("x.y"), text("x.y") … */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:i18n\\.get|i18n\\.has|Validated\\.error|error|get)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][A-Za-z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/dk/elaas/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void danishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> danish = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys in Danish but not English").containsAll(danish);
        assertThat(danish).as("keys in English but not Danish").containsAll(english);
    }

    /** A key given twice silently keeps only the last text (a button's label once replaced a dialog's text). */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String name : java.util.List.of("messages.properties", "messages_en.properties")) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(MAIN_RESOURCES.resolve("dk/elaas/i18n").resolve(name),
                    StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#") && !line.startsWith(" ")) {
                    String key = line.substring(0, eq).trim();
                    if (seen.merge(key, 1, Integer::sum) > 1) {
                        twice.add(key);
                    }
                }
            }
            assertThat(twice).as(name).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInFxmlExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertAllPresent(used);
    }

    @Test
    void everyLiteralKeyUsedInCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.startsWith("hibernate.") && !key.startsWith("elaas.")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertAllPresent(used);
    }

    @Test
    void keysBuiltFromEnumsAndEntitiesExist() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Role r : Role.values()) {
            used.add(r.messageKey());
        }
        for (Section s : Section.values()) {
            used.add(s.messageKey());
        }
        for (ConsentStatus s : ConsentStatus.values()) {
            used.add("consent.status." + s.name().toLowerCase(Locale.ROOT));
        }
        for (AuditAction a : AuditAction.values()) {
            used.add("audit.action." + a.name().toLowerCase(Locale.ROOT));
        }
        for (Database.Stage s : Database.Stage.values()) {
            used.add("startup.stage." + s.name().toLowerCase(Locale.ROOT));
        }
        for (DatabaseStartupException.Reason r : DatabaseStartupException.Reason.values()) {
            used.add(new DatabaseStartupException(r, "x", null).messageKey());
        }
        for (Class<?> entity : PersistenceUnit.ENTITIES) {
            if (dk.elaas.common.persistence.NotAudited.class.isAssignableFrom(entity)) {
                continue;
            }
            used.add("audit.entity." + entity.getSimpleName());
        }
        assertAllPresent(used);
    }

    @Test
    void danishIsTheDefaultAndEnglishIsReallyEnglish() {
        I18n danish = I18n.danish();
        I18n english = I18n.of(I18n.ENGLISH);
        assertThat(danish.get("nav.suppliers")).isEqualTo("Leverandører");
        assertThat(english.get("nav.suppliers")).isEqualTo("Suppliers");
        assertThat(danish.get("supplier.count", 3)).isEqualTo("3 leverandører");
        assertThat(english.get("supplier.count", 1)).isEqualTo("1 supplier");
        assertThat(danish.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static void assertAllPresent(Set<String> used) throws IOException {
        Properties da = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> missingDa = new TreeSet<>();
        Set<String> missingEn = new TreeSet<>();
        for (String key : used) {
            if (!da.containsKey(key) || da.getProperty(key).isBlank()) {
                missingDa.add(key);
            }
            if (!en.containsKey(key) || en.getProperty(key).isBlank()) {
                missingEn.add(key);
            }
        }
        assertThat(missingDa).as("keys missing from messages.properties (Danish)").isEmpty();
        assertThat(missingEn).as("keys missing from messages_en.properties (English)").isEmpty();
    }
}
