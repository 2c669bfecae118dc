package dk.elaas.consent.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentDetail;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.consent.ConsentCorrection;
import dk.elaas.consent.ConsentCorrectionService;
import dk.elaas.consent.ConsentDetails;
import dk.elaas.consent.ConsentExportService;
import dk.elaas.consent.ConsentLifecycle;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.DocumentKind;
import dk.elaas.consent.Withdrawal;
import dk.elaas.consent.WithdrawnBy;
import dk.elaas.document.PdfPageRenderer;
import dk.elaas.mail.MailLauncher;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.OutboxService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One consent in the register: its fields, history, grants, mails, the rendered PDF, and the lifecycle steps
 * its status allows. Every step runs on the task runner; {@code changed} tells the list and the task badge.
 */
public final class ConsentDetailViewModel {

    static final float PAGE_DPI = 110f;

    /** The services this view model uses, as the composition root hands them in. */
    public record Services(ConsentDetails details, ConsentLifecycle lifecycle, OutboxService outbox,
                           MailLauncher launcher, PdfPageRenderer renderer, java.time.Clock clock) {
    }

    private final Services services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Runnable changed;
    private final ObjectProperty<ConsentDetail> detail = new SimpleObjectProperty<>();
    private final StringProperty cpr = new SimpleStringProperty("");
    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** What the last step did ("Samtykket er tilbagekaldt. 1 adgang er afsluttet."), shown in the pane. */
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty caseworker = new SimpleBooleanProperty(true);
    private final BooleanBinding canSend;
    private final BooleanBinding canReceive;
    private final BooleanBinding canWithdraw;
    private final BooleanBinding canCorrect;
    /** Set on each load: the Supplier role has no export (the service refuses it too). */
    private final BooleanProperty canExport = new SimpleBooleanProperty();
    private final dk.elaas.mail.ui.MailActions mailActions;
    private final LifecycleConfirmations confirmations;
    /** The last step on this consent that may still be undone ("Fortryd"), or null. */
    private final ObjectProperty<Undo> undo = new SimpleObjectProperty<>();
    private ConsentCorrectionService corrections;
    private ConsentExportService exports;

    public ConsentDetailViewModel(Services services, TaskRunner runner, DialogService dialogs, I18n i18n, Runnable changed) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.changed = changed;
        this.confirmations = new LifecycleConfirmations(i18n);
        this.mailActions = services.outbox() == null ? null
                : new dk.elaas.mail.ui.MailActions(services.outbox(), services.launcher(), runner, dialogs, i18n);
        canSend = Bindings.createBooleanBinding(() -> caseworker.get() && is(ConsentStatus.REGISTERED), detail, busy,
                caseworker);
        canReceive = Bindings.createBooleanBinding(() -> caseworker.get() && (is(ConsentStatus.SENT)
                || (is(ConsentStatus.REGISTERED) && detail.get().channel() == dk.elaas.consent.ConsentChannel.MITID)),
                detail, busy, caseworker);
        canWithdraw = Bindings.createBooleanBinding(() -> caseworker.get() && (is(ConsentStatus.REGISTERED)
                || is(ConsentStatus.SENT) || is(ConsentStatus.RECEIVED)), detail, busy, caseworker);
        canCorrect = Bindings.createBooleanBinding(() -> corrections != null && corrections.mayCorrect()
                && (is(ConsentStatus.REGISTERED)
                || is(ConsentStatus.SENT) || is(ConsentStatus.RECEIVED)), detail, busy);
    }

    /** "Ret…" for users who may correct consents (without it the button stays disabled). */
    public void enableCorrection(ConsentCorrectionService service) {
        this.corrections = service;
        canCorrect.invalidate();
    }

    /** "Eksportér til journal…"; shown only while {@link ConsentExportService#mayExport()} says so. */
    public void enableExport(ConsentExportService service) {
        this.exports = service;
        canExport.set(service.mayExport());
    }

    private boolean is(ConsentStatus s) {
        return !busy.get() && detail.get() != null && detail.get().status() == s;
    }

    /** Shows a consent: fields first, the PDF page as soon as it is rendered. */
    public void load(UUID consentId) {
        message.set("");
        if (undo.get() != null && !undo.get().consentId().equals(consentId)) {
            undo.set(null);
        }
        if (consentId == null) {
            detail.set(null);
            page.set(null);
            cpr.set("");
            return;
        }
        runner.run(() -> services.details().detail(consentId))
                .onSuccess(d -> {
                    boolean same = detail.get() != null && detail.get().id().equals(d.id());
                    detail.set(d);
                    canExport.set(exports != null && exports.mayExport());
                    if (!same) {
                        cpr.set(d.maskedCpr());
                        renderPage(d);
                    }
                })
                .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), Errors.text(i18n, e)));
    }

    private void renderPage(ConsentDetail d) {
        page.set(null);
        d.documents().stream()
                .filter(doc -> doc.kind() == DocumentKind.NORMALIZED_PDF
                        || (doc.kind() == DocumentKind.RECEIPT && "application/pdf".equals(doc.mediaType())))
                .findFirst()
                .ifPresent(doc -> runner.run(() -> services.renderer().render(services.details().document(d.id(), doc.id()), 0, PAGE_DPI))
                        .onSuccess(img -> {
                            if (detail.get() != null && detail.get().id().equals(d.id())) {
                                page.set(img);
                            }
                        })
                        .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage()))));
    }

    /** Shows the full CPR number; the service writes the audit VIEW event. */
    public void revealCpr() {
        ConsentDetail d = detail.get();
        if (d != null) {
            runner.run(() -> services.details().revealCpr(d.id())).onSuccess(cpr::set)
                    .onFailure(e -> dialogs.showError(i18n.get("error.load.title"), Errors.text(i18n, e)));
        }
    }

    /** "Send til systemejer og ØJB", after the user confirmed what it does. */
    public void send() {
        ConsentDetail d = detail.get();
        if (d != null && dialogs.confirm(i18n.get("consent.confirm.send.title"), confirmations.send(d))) {
            step(id -> services.lifecycle().send(id), "consent.sent.done", null);
        }
    }

    /** "Modtaget af ØJB", after the user confirmed; undo is offered for a few minutes. */
    public void markReceived(LocalDate on, String confirmedBy) {
        ConsentDetail d = detail.get();
        if (d == null || (on != null && !dialogs.confirm(i18n.get("consent.confirm.received.title"),
                confirmations.received(d, on)))) {
            return;
        }
        step(id -> services.lifecycle().markReceived(id, on, confirmedBy), "consent.received.done",
                id -> new Undo(id, i18n.get("consent.undo.received"), this::undoReceived));
    }

    /** Withdrawal, after the user confirmed it with its reason; a missing reason is refused by the service. */
    public void withdraw(WithdrawnBy by, LocalDate on, String reason) {
        ConsentDetail d = detail.get();
        boolean complete = by != null && on != null && reason != null && !reason.isBlank();
        if (d == null || (complete && !dialogs.confirm(i18n.get("consent.confirm.withdraw.title"),
                confirmations.withdraw(d, reason)))) {
            return;
        }
        step(id -> services.lifecycle().withdraw(id, new Withdrawal(on, by, reason)), "consent.withdrawn.done", null);
    }

    /** ØJB has confirmed the access under the withdrawn consent is removed from the locks: its task closes. */
    public void confirmAccessRemoved(LocalDate on, String confirmedBy) {
        step(id -> services.lifecycle().confirmAccessRemoved(id, on, confirmedBy), "consent.removed.done", null);
    }

    /** A withdrawn consent whose removal from the Phoniro locks ØJB has not confirmed yet. */
    public boolean awaitsAccessRemoval() {
        ConsentDetail d = detail.get();
        return caseworker.get() && d != null && d.status() == ConsentStatus.WITHDRAWN && d.accessRemovedOn() == null
                && d.withdrawnByKind() != WithdrawnBy.SUPERSEDED;
    }

    private void undoReceived() {
        ConsentDetail d = detail.get();
        undo.set(null);
        if (d != null) {
            step(id -> services.lifecycle().undoReceived(id), "consent.undo.received.done", null);
        }
    }

    private void step(java.util.function.Function<UUID, dk.elaas.consent.LifecycleResult> action, String doneKey,
                      java.util.function.Function<UUID, Undo> offer) {
        ConsentDetail d = detail.get();
        if (d == null) {
            return;
        }
        busy.set(true);
        undo.set(null);
        runner.run(() -> action.apply(d.id()))
                .onSuccess(r -> {
                    busy.set(false);
                    load(d.id());
                    changed.run();
                    message.set(i18n.get(doneKey, r.grantsEnded(), r.superseded().size()));
                    undo.set(offer == null ? null : offer.apply(d.id()));
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError(i18n.get("consent.action.failed"), Errors.text(i18n, e));
                });
    }

    /**
     * Saves the correction made on the version the user saw; {@code onSaved} closes the form. A refusal (missing
     * reason, invalid field, someone else changed it meanwhile) is shown and the form stays open.
     */
    public void correct(ConsentCorrection fields, String reason, Runnable onSaved) {
        ConsentDetail d = detail.get();
        if (d == null || corrections == null) {
            return;
        }
        busy.set(true);
        ConsentCorrection before = ConsentCorrection.of(d);
        undo.set(null);
        runner.run(() -> corrections.correct(d.id(), d.version(), fields, reason))
                .onSuccess(r -> {
                    busy.set(false);
                    onSaved.run();
                    load(d.id());
                    changed.run();
                    message.set(i18n.get("consent.correct.done", String.join(", ", r.changedFields().stream()
                            .map(this::fieldName).toList())));
                    undo.set(new Undo(d.id(), i18n.get("consent.undo.correction"),
                            () -> undoCorrection(before, r.version(), reason)));
                })
                .onFailure(e -> {
                    busy.set(false);
                    dialogs.showError(i18n.get("consent.action.failed"), errorText(e));
                });
    }

    /** Puts the values from before the correction back, as a correction of its own (history and audit say so). */
    private void undoCorrection(ConsentCorrection before, long version, String reason) {
        ConsentDetail d = detail.get();
        undo.set(null);
        if (d == null || corrections == null) {
            return;
        }
        runner.run(() -> corrections.correct(d.id(), version, before, i18n.get("consent.undo.correction.reason", reason)))
                .onSuccess(r -> {
                    load(d.id());
                    changed.run();
                    message.set(i18n.get("consent.undo.correction.done"));
                })
                .onFailure(e -> dialogs.showError(i18n.get("consent.action.failed"), errorText(e)));
    }

    private String fieldName(String field) {
        String key = switch (field) {
            case "signerRole", "representativeName" -> "consent.field.signedBy";
            case "collectedByName", "collectedByOrg" -> "consent.field.collectedBy";
            default -> "consent.field." + field;
        };
        return i18n.has(key) ? i18n.get(key) : field;
    }

    private String errorText(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return i18n.get("consent.error.invalid", String.join(" ", invalid.errors().values().stream()
                    .map(v -> i18n.get(v.errorKey(), v.errorArgs())).distinct().toList()));
        }
        return Errors.text(i18n, e);
    }

    /** Saves a stored file's bytes (the original as imported, the PDF) where the user chose, off the UI thread. */
    public void saveDocument(ConsentDetail.Document doc, Path target) {
        runner.run(() -> {
            Files.write(target, services.details().document(consentOf(doc), doc.id()));
            return target;
        }).onSuccess(p -> message.set(i18n.get("consent.document.saved", p.toString())))
                .onFailure(e -> dialogs.showError(i18n.get("consent.action.failed"),
                        i18n.get("consent.document.failed", e.getMessage())));
    }

    private UUID consentOf(ConsentDetail.Document doc) {
        ConsentDetail d = detail.get();
        if (d == null || d.documents().stream().noneMatch(x -> x.id().equals(doc.id()))) {
            throw new IllegalStateException("The document " + doc.id() + " is not on the consent shown");
        }
        return d.id();
    }

    /** Opens a stored file in the computer's program for it, through a private copy (see MailLauncher). */
    public void openDocument(ConsentDetail.Document doc) {
        runner.run(() -> {
            if (!services.launcher().supported()) {
                return false;
            }
            String name = doc.fileName() == null ? doc.kind().name().toLowerCase(java.util.Locale.ROOT)
                    : Path.of(doc.fileName()).getFileName().toString();
            // A private copy in the data folder, removed when eLås starts and closes; never the shared temp folder.
            services.launcher().open(services.launcher().copy(name, services.details().document(consentOf(doc), doc.id())));
            return true;
        }).onSuccess(opened -> {
            if (!opened) {
                dialogs.showInfo(i18n.get("consent.detail.documents"), i18n.get("consent.document.noDesktop"));
            }
        }).onFailure(e -> dialogs.showError(i18n.get("consent.action.failed"),
                i18n.get("consent.document.failed", e.getMessage())));
    }

    /** Writes the consent's journal zip (files + metadata sheet) to {@code zipFile}; the service audits it. */
    public void exportConsent(Path zipFile) {
        ConsentDetail d = detail.get();
        if (d == null || exports == null) {
            return;
        }
        runner.run(() -> exports.exportConsent(d.id(), zipFile))
                .onSuccess(r -> message.set(i18n.get("consent.export.done", r.file().toString())))
                .onFailure(e -> dialogs.showError(i18n.get("consent.export.title"), errorText(e)));
    }

    /**
     * The mails' actions (open, sent, sent another way), or null where the mails live on the server and cannot
     * be handled from this PC yet.
     */
    public dk.elaas.mail.ui.MailActions mailActions() {
        return mailActions;
    }

    /** Reloads the consent after one of its mails changed. */
    public void mailChanged() {
        ConsentDetail d = detail.get();
        if (d != null) {
            load(d.id());
        }
    }

    /** Today by the app's clock: the default date for "received" and "withdrawn". */
    public LocalDate today() {
        return LocalDate.now(services.clock());
    }

    public ObjectProperty<ConsentDetail> detailProperty() { return detail; }
    public StringProperty cprProperty() { return cpr; }
    public ObjectProperty<BufferedImage> pageProperty() { return page; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<Undo> undoProperty() { return undo; }

    /** The undo offer has run out (the view's timer): the button goes. */
    public void clearUndo() {
        undo.set(null);
    }

    /** A step that can be undone for a few minutes: what the button says and what it does. */
    public record Undo(UUID consentId, String label, Runnable action) {
    }
    /**
     * A Supplier's user sees its own consents without the citizen's CPR, address or phone, and takes no
     * lifecycle step: those are the municipality's.
     */
    public void limitToSupplierView() {
        caseworker.set(false);
    }

    /** Whether the pane shows the citizen's CPR, address and phone (never to a Supplier's user). */
    public boolean showsCitizenDetails() {
        return caseworker.get();
    }

    public BooleanBinding canSendProperty() { return canSend; }
    public BooleanBinding canReceiveProperty() { return canReceive; }
    public BooleanBinding canWithdrawProperty() { return canWithdraw; }
    public BooleanBinding canCorrectProperty() { return canCorrect; }
    public BooleanProperty canExportProperty() { return canExport; }
}
