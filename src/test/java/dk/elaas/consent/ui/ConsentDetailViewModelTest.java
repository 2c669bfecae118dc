package dk.elaas.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditTrail;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.CollectorOrganisation;
import dk.elaas.consent.ConsentChannel;
import dk.elaas.consent.ConsentCorrection;
import dk.elaas.consent.ConsentCorrectionService;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.consent.ConsentDetailService;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentExportService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.SignerRole;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.mail.MailLauncher;
import dk.elaas.identity.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail's files, correction and export, headless with the inline runner on a real H2 file. */
class ConsentDetailViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette", "CLERK");
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;

    private ConsentWorld w;
    private ConsentDetailViewModel vm;
    private final AtomicReference<Role> role = new AtomicReference<>(Role.CLERK);
    private final List<String> errors = new ArrayList<>();
    /** The confirmation questions asked, and the answers the user gives (yes when none is queued). */
    private final List<String> asked = new ArrayList<>();
    private final java.util.Deque<Boolean> answers = new java.util.ArrayDeque<>();
    private UUID consentId;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        consentId = w.registrations.register(new ConsentDraft("Grethe Bach", "0505470890", "Åbyhøjvej 9", "8230", null,
                null, supplier, null, null, Set.of("DAGLIGVARER"), TODAY.minusDays(3), null, SignerRole.CITIZEN, null,
                TODAY.minusDays(3), "Lars", CollectorOrganisation.SUNDHED_OG_FOREBYGGELSE, ConsentChannel.PAPER, null,
                false, null, Map.of(), List.of(
                new ConsentDraft.Document(DocumentKind.NORMALIZED_PDF, "side1.pdf", "application/pdf", 1,
                        ConsentWorld.samplePdf()),
                new ConsentDraft.Document(DocumentKind.ORIGINAL, "IMG_2041.jpg", "image/jpeg", 1, PHOTO)))).consentId();
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) {
                asked.add(title + " " + message);
                return answers.isEmpty() || answers.pop();
            }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        vm = new ConsentDetailViewModel(new ConsentDetailViewModel.Services(
                new ConsentDetailService(w.db.tx(), CLOCK, w.grants, w.outbox, new AuditTrail(() -> CLERK, CLOCK)),
                w.lifecycle, w.outbox, new MailLauncher(), new PdfPageRenderer(), CLOCK),
                new InlineTaskRunner(), dialogs, I18n.danish(), () -> { });
        vm.enableCorrection(new ConsentCorrectionService(w.db.tx(), CLOCK, CLERK::name));
        vm.enableExport(new ConsentExportService(w.db.tx(), CLOCK, new AuditTrail(() -> CLERK, CLOCK), role::get));
        vm.load(consentId);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void listsTheOriginalAndSavesItsBytesAsImported() throws Exception {
        ConsentDetail.Document original = vm.detailProperty().get().documents().stream()
                .filter(d -> d.kind() == DocumentKind.ORIGINAL).findFirst().orElseThrow();
        Path target = dir.resolve("gemt.jpg");

        vm.saveDocument(original, target);

        assertThat(Files.readAllBytes(target)).isEqualTo(PHOTO);
        assertThat(vm.messageProperty().get()).isEqualTo("Filen er gemt i " + target);
        assertThat(errors).isEmpty();
    }

    @Test
    void clerkExportsTheConsentForJournalising() {
        Path zip = dir.resolve("journal.zip");

        assertThat(vm.canExportProperty().get()).isTrue();
        vm.exportConsent(zip);

        assertThat(zip).exists();
        assertThat(vm.messageProperty().get()).isEqualTo("Eksporteret til " + zip);
    }

    @Test
    void supplierRoleHasNoExportButtonAndIsRefusedInDanish() {
        role.set(Role.SUPPLIER);
        vm.load(consentId);
        Path zip = dir.resolve("journal.zip");

        assertThat(vm.canExportProperty().get()).isFalse();
        vm.exportConsent(zip);

        assertThat(zip).doesNotExist();
        assertThat(errors).containsExactly("Din rolle (leverandør) må ikke eksportere samtykker.");
    }

    @Test
    void correctionWithoutReasonIsRefusedInDanishAndTheFormStaysOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        ConsentCorrection fields = ConsentCorrection.of(vm.detailProperty().get());

        vm.correct(new ConsentCorrection(Set.of("DAGLIGVARER", "MEDICIN"), fields.validFrom(), fields.validUntil(),
                fields.signerRole(), null, fields.signedOn(), fields.collectedByName(), fields.collectedByOrg(), false),
                " ", () -> closed.set(true));

        assertThat(closed).isFalse();
        assertThat(errors).singleElement().asString().startsWith("Rettelsen kan ikke gemmes: Skriv, hvorfor samtykket rettes.");
        assertThat(vm.canCorrectProperty().get()).isTrue();
    }

    @Test
    void correctionWithReasonClosesTheFormAndNamesTheChangedFields() {
        AtomicBoolean closed = new AtomicBoolean();
        ConsentCorrection fields = ConsentCorrection.of(vm.detailProperty().get());

        vm.correct(new ConsentCorrection(fields.services(), fields.validFrom(), TODAY.plusYears(1), fields.signerRole(),
                null, fields.signedOn(), fields.collectedByName(), fields.collectedByOrg(), false),
                "Udløbsdato stod på side 2", () -> closed.set(true));

        assertThat(errors).isEmpty();
        assertThat(closed).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Samtykket er rettet: Gyldig til.");
        assertThat(vm.detailProperty().get().history()).filteredOn(ConsentDetail.History::correction).singleElement()
                .satisfies(h -> assertThat(h.reason()).endsWith("Udløbsdato stod på side 2"));
    }

    /** Issue 16.3: each step asks first, saying what will happen; "Nej" changes nothing. */
    @Test
    void sendReceivedAndWithdrawAskFirstSayingWhatHappensAndNoChangesNothing() {
        answers.push(false);
        vm.send();
        assertThat(asked).singleElement().asString().startsWith("Send samtykket til systemejer og ØJB?")
                .contains("samtykket for Grethe Bach (Nærkøb Levering ApS) vedhæftet");
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.REGISTERED);
        assertThat(w.outbox.forConsent(consentId)).as("no mail queued").isEmpty();

        vm.send();
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);

        answers.push(false);
        vm.markReceived(TODAY, "Hasse Eriksen");
        assertThat(asked).last().asString().startsWith("Markér som modtaget af ØJB?")
                .contains("modtaget af ØJB den 10-03-2026").contains("må Nærkøb Levering ApS få adgang")
                .contains("fortryde i 10 minutter");
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);

        answers.push(false);
        vm.withdraw(dk.elaas.consent.WithdrawnBy.CITIZEN, TODAY, "Borgeren ringede");
        assertThat(asked).last().asString().startsWith("Tilbagekald samtykket?")
                .contains("Der er ingen aktive adgange.").contains("endelig").endsWith("Årsag: Borgeren ringede");
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);

        int questions = asked.size();
        vm.withdraw(dk.elaas.consent.WithdrawnBy.CITIZEN, TODAY, " ");
        assertThat(asked).as("nothing to confirm without a reason").hasSize(questions);
        assertThat(errors).singleElement().asString().contains("begrundelse");
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);
    }

    /** Issue 16.3: a mistaken "modtaget af ØJB" is undone from the same screen, and the history says so. */
    @Test
    void aMistakenReceivedIsUndoneAndTheHistoryAndAuditSaySo() {
        vm.send();
        vm.markReceived(TODAY, "Hasse Eriksen");
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.RECEIVED);
        ConsentDetailViewModel.Undo undo = vm.undoProperty().get();
        assertThat(undo).isNotNull();
        assertThat(undo.label()).isEqualTo("Fortryd »modtaget af ØJB«");

        undo.action().run();

        assertThat(errors).isEmpty();
        assertThat(w.status(consentId)).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);
        assertThat(vm.undoProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("»Modtaget af ØJB« er fortrudt.");
        ConsentDetail d = vm.detailProperty().get();
        assertThat(d.receivedOn()).isNull();
        assertThat(d.receivedBy()).isNull();
        assertThat(w.history(consentId)).filteredOn(h -> h.getReason() != null && h.getReason().startsWith("Fortrudt"))
                .singleElement().satisfies(h -> {
            assertThat(h.getFromStatus()).isEqualTo(dk.elaas.consent.ConsentStatus.RECEIVED);
            assertThat(h.getToStatus()).isEqualTo(dk.elaas.consent.ConsentStatus.SENT);
            assertThat(h.getReason()).isEqualTo("Fortrudt: modtaget af ØJB");
        });
    }

    /** Issue 16.3: a correction can be undone: the earlier values come back as a correction of its own. */
    @Test
    void aCorrectionIsUndoneAndTheEarlierValuesComeBack() {
        ConsentCorrection before = ConsentCorrection.of(vm.detailProperty().get());
        vm.correct(new ConsentCorrection(before.services(), before.validFrom(), TODAY.plusYears(1), before.signerRole(),
                null, before.signedOn(), before.collectedByName(), before.collectedByOrg(), false),
                "Udløbsdato stod på side 2", () -> { });
        assertThat(vm.detailProperty().get().validUntil()).isEqualTo(TODAY.plusYears(1));
        assertThat(vm.undoProperty().get().label()).isEqualTo("Fortryd rettelsen");

        vm.undoProperty().get().action().run();

        assertThat(errors).isEmpty();
        assertThat(vm.detailProperty().get().validUntil()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Rettelsen er fortrudt; de tidligere værdier er sat tilbage.");
        assertThat(vm.detailProperty().get().history()).filteredOn(ConsentDetail.History::correction).hasSize(2)
                .anySatisfy(h -> assertThat(h.reason()).endsWith("Fortrudt rettelse (Udløbsdato stod på side 2)"));
    }
}
