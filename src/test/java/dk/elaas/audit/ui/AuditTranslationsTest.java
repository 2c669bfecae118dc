package dk.elaas.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditAction;
import dk.elaas.audit.AuditEvent;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.common.i18n.I18n;
import dk.elaas.db.PersistenceUnit;
import dk.elaas.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everything the audit trail can record today has words in Danish and in English: every action, record type,
 * field and enum constant, read from the actual enums and entity classes, so a new one without text fails here.
 * Each bundle file is read alone (a key missing in English would otherwise be found in the Danish parent).
 */
class AuditTranslationsTest {

    /** Record types the trail names that are no entity: the register export's subject (ConsentExportService). */
    private static final List<String> NON_ENTITY_TYPES = List.of("RegisterExport");

    private static Properties danish;
    private static Properties english;
    private static AuditVocabulary vocabulary;

    @BeforeAll
    static void load() throws IOException {
        danish = bundle("messages.properties");
        english = bundle("messages_en.properties");
        vocabulary = AuditVocabulary.of(recordedEntities());
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/dk/elaas/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The trail writes a row for every mapped entity except its own rows and bookkeeping (NotAudited). */
    private static List<Class<?>> recordedEntities() {
        return PersistenceUnit.ENTITIES.stream().filter(c -> c != AuditEvent.class)
                .filter(c -> !dk.elaas.common.persistence.NotAudited.class.isAssignableFrom(c)).toList();
    }

    private static Set<String> missing(List<String> keys) {
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!danish.containsKey(key)) {
                missing.add("da: " + key);
            }
            if (!english.containsKey(key)) {
                missing.add("en: " + key);
            }
        }
        return missing;
    }

    @Test
    void everyActionHasText() {
        List<String> keys = new ArrayList<>();
        for (AuditAction a : AuditAction.values()) {
            keys.add("audit.action." + a.name().toLowerCase(Locale.ROOT));
        }
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyRecordTypeTheTrailCanNameHasText() {
        List<String> keys = new ArrayList<>();
        recordedEntities().forEach(c -> keys.add("audit.entity." + c.getSimpleName()));
        NON_ENTITY_TYPES.forEach(t -> keys.add("audit.entity." + t));
        assertThat(vocabulary.entityTypes()).hasSize(recordedEntities().size());
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyFieldOfEveryRecordedEntityHasText() {
        Set<String> missing = new TreeSet<>();
        int fields = 0;
        for (String entity : vocabulary.entityTypes()) {
            for (String field : vocabulary.fields(entity)) {
                fields++;
                String own = "audit.field." + entity + "." + field;
                String shared = "audit.field." + field;
                if (!danish.containsKey(own) && !danish.containsKey(shared)) {
                    missing.add("da: " + shared);
                }
                if (!english.containsKey(own) && !english.containsKey(shared)) {
                    missing.add("en: " + shared);
                }
            }
        }
        assertThat(fields).as("the vocabulary reads the entities' fields").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumConstantTheTrailCanWriteHasText() {
        Set<Class<? extends Enum<?>>> enums = vocabulary.enumTypes(null);
        assertThat(enums).extracting(Class::getSimpleName).contains("ConsentStatus", "OnboardingStepKind",
                "StepStatus", "Role", "WaitingOn", "MailStatus", "CollectorOrganisation");
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> c : type.getEnumConstants()) {
                keys.add("audit.enum." + type.getSimpleName() + "." + c.name());
            }
        }
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyRoleAUserCanHaveHasText() {
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) {
            keys.add("role." + r.name().toLowerCase(Locale.ROOT));
        }
        assertThat(missing(keys)).isEmpty();
    }

    /** A mail's kind is a code in a text column; every kind the app composes has words. */
    @Test
    void everyMailKindHasText() throws Exception {
        List<String> keys = new ArrayList<>();
        for (String holder : List.of("dk.elaas.consent.ConsentMail", "dk.elaas.onboarding.OnboardingMails")) {
            for (Field f : Class.forName(holder).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    String kind = (String) f.get(null);
                    if (kind.matches("[A-Z][A-Z_]+")) {
                        keys.add("audit.code.kind." + kind);
                    }
                }
            }
        }
        assertThat(keys).hasSizeGreaterThanOrEqualTo(5);
        assertThat(missing(keys)).isEmpty();
    }

    /** A setting's record is named by its key, a code kept in the settings classes' constants. */
    @Test
    void everySettingTheAppStoresHasText() throws Exception {
        List<String> keys = new ArrayList<>();
        for (String holder : List.of("dk.elaas.mail.MailSettings", "dk.elaas.onboarding.OnboardingSettings",
                "dk.elaas.task.TaskSettings")) {
            for (Field f : Class.forName(holder).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().endsWith("_KEY")) {
                    f.setAccessible(true);
                    keys.add("audit.setting." + f.get(null));
                }
            }
        }
        // Data folders from before version 10 still hold who used the PC last (the typed-name sign-in).
        keys.add("audit.setting.local.current_user_id");
        assertThat(keys).hasSizeGreaterThanOrEqualTo(9);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyFixedTextOfTheLogScreenHasText() {
        assertThat(missing(List.of("audit.value.empty", "audit.value.unknown", "audit.value.none", "audit.value.yes",
                "audit.value.no", "audit.value.file", "audit.details.view", "audit.details.deleted"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "consent_status, Consent status",
            "CONSENT_STATUS, Consent status",
            "consentStatus, Consent status",
            "RegisterExport, Register export",
            "audit.field.newThing, Audit field new thing",
            "OEJB, Oejb"
    })
    void anUnknownCodeIsShownAsWordsNeverAsAKey(String code, String shown) {
        assertThat(AuditTexts.readable(code)).isEqualTo(shown);
    }

    @Test
    void anUntranslatedEnumConstantOrFieldFallsBackToWords() {
        AuditTexts texts = new AuditTexts(I18n.danish());

        assertThat(texts.enumValue(Role.class, "CHIEF_AUDITOR")).isEqualTo("Chief auditor");
        assertThat(texts.field("Consent", "retentionEndsOn")).isEqualTo("Retention ends on");
        assertThat(texts.entity("ConsentArchive")).isEqualTo("Consent archive");
        assertThat(texts.action("ARCHIVE")).isEqualTo("Archive");
    }
}
