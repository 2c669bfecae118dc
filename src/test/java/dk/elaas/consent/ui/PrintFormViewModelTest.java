package dk.elaas.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.PrintedFormService;
import dk.elaas.consent.PrintedFormValues;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.mail.MailLauncher;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing a consent form from the register, headless with the inline runner on a real H2 file. */
class PrintFormViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    private ConsentWorld w;
    private PrintedFormService forms;
    private PrintFormViewModel vm;
    private final List<String> errors = new ArrayList<>();
    private final List<String> offers = new ArrayList<>();

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, new Actor("Mette", "CLERK"));
        w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.db.tx().run(s -> {
            Citizen c = new Citizen("Grethe Bach", "050547-0890");
            c.setAddress("Åbyhøjvej 9");
            c.setPostalCode("8230");
            c.setCity("Åbyhøj");
            s.persist(c);
        });
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { offers.add(message); return false; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        forms = new PrintedFormService(w.db.tx(), new SupplierService(w.db.tx(), CLOCK)::services, () -> "Mette");
        vm = new PrintFormViewModel(forms, new MailLauncher(), new InlineTaskRunner(), dialogs, I18n.danish());
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void savesAFormPrefilledWithTheChosenCitizenAndSupplierAndOffersToOpenIt() throws Exception {
        vm.citizenQueryProperty().set("0505470890");
        vm.searchCitizens();
        vm.supplierProperty().set(new SupplierService(w.db.tx(), CLOCK).list(null).get(0));
        Path file = dir.resolve("form.pdf");

        vm.save(file);

        assertThat(errors).isEmpty();
        assertThat(offers).hasSize(1);
        assertThat(new PdfPageRenderer().pageCount(Files.readAllBytes(file))).isEqualTo(2);
        PrintedFormValues saved = vm.lastSavedProperty().get();
        assertThat(saved.citizenName()).isEqualTo("Grethe Bach");
        assertThat(saved.cpr()).isEqualTo("050547-0890");
        assertThat(saved.supplierCvr()).isEqualTo("12972997");
        assertThat(saved.services()).containsExactly("Dagligvarer"); // the supplier's only service
        assertThat(forms.find(saved.formId())).contains(saved);
    }

    @Test
    void savesABlankFormWhenNothingIsChosen() throws Exception {
        Path file = dir.resolve("blank.pdf");

        vm.save(file);

        assertThat(errors).isEmpty();
        PrintedFormValues saved = vm.lastSavedProperty().get();
        assertThat(saved.citizenId()).isNull();
        assertThat(saved.supplierId()).isNull();
        assertThat(saved.cpr()).isNull();
        assertThat(saved.services()).isEmpty();
        assertThat(vm.suggestedFileName()).isEqualTo("Samtykkeerklaering-blank.pdf");
        assertThat(Files.size(file)).isPositive();
    }
}
