package dk.elaas.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentDocument;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.supplier.SupplierService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering a MitID consent without a scan, headless with the inline runner on a real H2 file. */
class MitIdConsentViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    private ConsentWorld w;
    private MitIdConsentViewModel vm;
    private final List<UUID> registered = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, new Actor("Mette", "CLERK"));
        w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        vm = new MitIdConsentViewModel(w.registrations, new InlineTaskRunner(), dialogs, I18n.danish(), registered::add);
        vm.reset(TODAY);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void registersTheFieldsReferenceAndReceiptPdfAsAMitIdConsentThatCanBeReceivedWithoutSending() throws Exception {
        Path receipt = dir.resolve("kvittering.pdf");
        Files.write(receipt, ConsentWorld.samplePdf());
        vm.citizenNameProperty().set("Grethe Bach");
        vm.cprProperty().set("0505470890");
        vm.addressProperty().set("Åbyhøjvej 9");
        vm.postalCodeProperty().set("8230");
        vm.supplierProperty().set(new SupplierService(w.db.tx(), CLOCK).list(null).get(0));
        vm.services().add("DAGLIGVARER");
        vm.receiptReferenceProperty().set("SB-2026-004711");
        vm.receiptFileProperty().set(receipt);

        vm.save();

        assertThat(vm.errors()).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(registered).hasSize(1);
        UUID id = registered.get(0);
        w.db.tx().run(s -> {
            Consent c = s.find(Consent.class, id);
            assertThat(c.getChannel()).isEqualTo(ConsentChannel.MITID);
            assertThat(c.getReceiptReference()).isEqualTo("SB-2026-004711");
            assertThat(c.getCitizen().getCpr()).isEqualTo("050547-0890");
            assertThat(c.getSignedOn()).isEqualTo(TODAY);
            ConsentDocument d = s.createSelectionQuery("from ConsentDocument d where d.consent = :c", ConsentDocument.class)
                    .setParameter("c", c).getSingleResult();
            assertThat(d.getKind()).isEqualTo(DocumentKind.RECEIPT);
            assertThat(d.getContent()).isEqualTo(ConsentWorld.samplePdf());
        });
        w.lifecycle.markReceived(id, TODAY, "Hasse Eriksen");
        assertThat(w.status(id)).isEqualTo(ConsentStatus.RECEIVED);
    }

    @Test
    void missingFieldsAreNamedInDanishAndNothingIsStored() {
        vm.cprProperty().set("320147-1234");
        vm.save();

        assertThat(registered).isEmpty();
        assertThat(vm.errors()).containsKeys("citizen_name", "cpr", "supplier_name", "services", "receipt_reference");
        assertThat(vm.errors().get("receipt_reference")).isEqualTo("Skriv kvitteringens reference fra selvbetjeningen.");
        long stored = w.db.tx().call(s -> s.createSelectionQuery("select count(*) from Consent", Long.class).getSingleResult());
        assertThat(stored).isZero();
    }
}
