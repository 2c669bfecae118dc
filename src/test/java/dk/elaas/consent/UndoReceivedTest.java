package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.3: "modtaget af ØJB" can be undone only where that is safe — by the person who marked it, within ten
 * minutes, while no access was granted under it and it replaced no older consent. Otherwise it is refused with
 * the reason and nothing changes.
 */
class UndoReceivedTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor OEJB = new Actor("Hasse Eriksen", "OEJB");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, Clock.fixed(NOW, CPH), new Actor("Admin", "ADMINISTRATOR"));
        supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private ConsentLifecycleService lifecycle(Duration later, Actor who) {
        return new ConsentLifecycleService(w.db.tx(), Clock.fixed(NOW.plus(later), CPH), w.outbox, w.mailSettings,
                w.grants, () -> who);
    }

    private UUID received() {
        UUID id = w.paperConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), TODAY.minusDays(2), null);
        lifecycle(Duration.ZERO, new Actor("Mette", "CLERK")).send(id);
        lifecycle(Duration.ZERO, OEJB).markReceived(id, TODAY, null);
        return id;
    }

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ConsentTransitionException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void withinTenMinutesByTheSamePersonTheConsentGoesBackToSent() {
        UUID id = received();

        LifecycleResult r = lifecycle(Duration.ofMinutes(9), OEJB).undoReceived(id);

        assertThat(r.status()).isEqualTo(ConsentStatus.SENT);
        assertThat(w.status(id)).isEqualTo(ConsentStatus.SENT);
        refused(() -> lifecycle(Duration.ofMinutes(9), OEJB).undoReceived(id), "consent.error.undo.notReceived");
    }

    @Test
    void afterTenMinutesOrBySomeoneElseItIsRefusedAndStaysReceived() {
        UUID id = received();

        refused(() -> lifecycle(Duration.ofMinutes(11), OEJB).undoReceived(id), "consent.error.undo.tooLate");
        refused(() -> lifecycle(Duration.ofMinutes(1), new Actor("Mette", "CLERK")).undoReceived(id),
                "consent.error.undo.tooLate");
        refused(() -> lifecycle(Duration.ofMinutes(1), new Actor("Lars", "FIELD_STAFF")).undoReceived(id),
                "consent.error.notAllowed");

        assertThat(w.status(id)).isEqualTo(ConsentStatus.RECEIVED);
    }

    @Test
    void onceAnOlderConsentWasReplacedByItTheUndoIsRefused() {
        UUID older = w.receivedConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"),
                TODAY.minusDays(30), null);
        UUID newer = w.paperConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), TODAY.minusDays(1),
                null);
        lifecycle(Duration.ZERO, new Actor("Mette", "CLERK")).send(newer);
        lifecycle(Duration.ZERO, OEJB).markReceived(newer, TODAY, null);
        assertThat(w.status(older)).isEqualTo(ConsentStatus.WITHDRAWN);

        refused(() -> lifecycle(Duration.ofMinutes(1), OEJB).undoReceived(newer), "consent.error.undo.builtOn");
        assertThat(w.status(newer)).isEqualTo(ConsentStatus.RECEIVED);
    }
}
