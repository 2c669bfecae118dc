package dk.elaas.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.audit.AuditService;
import dk.elaas.audit.AuditVocabulary;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.db.PersistenceUnit;
import dk.elaas.identity.Actor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's record filter understands the record types as the screen names them, in the user's language. */
class AuditLogViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void events() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        w.paperConsent("Grethe Bach", "0505470890", w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER"),
                Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), null);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AuditLogViewModel viewModel(I18n i18n) {
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        return new AuditLogViewModel(new AuditService(w.db.tx(), CLOCK), new InlineTaskRunner(), dialogs, i18n,
                new AuditPresenter(i18n, CLOCK.getZone(), AuditVocabulary.of(PersistenceUnit.ENTITIES)));
    }

    @Test
    void filteringOnTheDanishNameOfARecordTypeFindsItsEvents() {
        AuditLogViewModel vm = viewModel(I18n.danish());
        vm.search();
        assertThat(vm.events()).extracting(AuditRow::entity).contains("Leverandør", "Borger", "Samtykke");

        vm.recordProperty().set("leverandør");

        assertThat(vm.events()).extracting(AuditRow::entity).containsOnly("Leverandør");
        vm.recordProperty().set("Statusændring");
        assertThat(vm.events()).extracting(AuditRow::entity).containsExactly("Statusændring");
        assertThat(errors).isEmpty();
    }

    @Test
    void inEnglishTheEnglishNameFindsThem() {
        AuditLogViewModel vm = viewModel(I18n.of(I18n.ENGLISH));

        vm.recordProperty().set("status change");

        assertThat(vm.events()).extracting(AuditRow::entity).containsExactly("Status change");
        assertThat(vm.events()).extracting(AuditRow::action).containsExactly("Created");
    }
}
