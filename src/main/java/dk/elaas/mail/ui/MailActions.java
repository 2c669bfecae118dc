package dk.elaas.mail.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.mail.MailException;
import dk.elaas.mail.MailLauncher;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.OutboxService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user does with a mail of a consent or a case: open it in the mail program, mark it sent, or mark it
 * "sendt på anden vis" with a note. A mail counts as opened only when the program was started; when it could
 * not be, the user is told so and offered "Gem som …" and "Kopiér til udklipsholder" instead. Database and file
 * work runs on the task runner; {@code after} reloads the screen once something changed.
 */
public final class MailActions {

    private static final Logger LOG = LoggerFactory.getLogger(MailActions.class);

    /** How handing the mail to the program went. */
    enum Opening { OPENED, NO_PROGRAM, PROGRAM_FAILED }

    private final OutboxService outbox;
    private final MailLauncher launcher;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;

    public MailActions(OutboxService outbox, MailLauncher launcher, TaskRunner runner, DialogService dialogs, I18n i18n) {
        this.outbox = outbox;
        this.launcher = launcher;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Writes the .eml and starts the mail program; marks the mail opened only when that worked. */
    public void open(MailRecord mail, Runnable after) {
        runner.run(() -> {
            if (!launcher.supported()) {
                return Opening.NO_PROGRAM; // nothing to hand the file to: no file written for nobody
            }
            Path file = outbox.writeForProgram(mail.id());
            try {
                launcher.open(file);
            } catch (MailException e) {
                LOG.warn("The mail program could not be started for {}", file, e);
                return Opening.PROGRAM_FAILED;
            }
            outbox.markOpened(mail.id());
            return Opening.OPENED;
        }).onSuccess(result -> {
            after.run();
            if (result != Opening.OPENED) {
                offerOtherWays(mail, result);
            }
        }).onFailure(e -> dialogs.showError(i18n.get("mail.title"), i18n.get("mail.openFailed", reason(e))));
    }

    public void markSent(MailRecord mail, Runnable after) {
        runner.run(() -> outbox.markSent(mail.id()))
                .onSuccess(m -> after.run())
                .onFailure(e -> dialogs.showError(i18n.get("mail.title"), i18n.get("error.save", reason(e))));
    }

    /** Asks how the mail was sent; a blank note is refused with a message and nothing is stored. */
    public void markSentOtherwise(MailRecord mail, Runnable after) {
        Optional<String> note = dialogs.askText(i18n.get("mail.markSentOtherwise.title"),
                i18n.get("mail.markSentOtherwise.question"), mail.sentNote());
        if (note.isEmpty()) {
            return;
        }
        if (note.get().isBlank()) {
            dialogs.showError(i18n.get("mail.markSentOtherwise.title"), i18n.get("mail.markSentOtherwise.noNote"));
            return;
        }
        runner.run(() -> outbox.markSentOtherwise(mail.id(), note.get()))
                .onSuccess(m -> after.run())
                .onFailure(e -> dialogs.showError(i18n.get("mail.title"), i18n.get("error.save", reason(e))));
    }

    private void offerOtherWays(MailRecord mail, Opening why) {
        String cause = i18n.get(why == Opening.NO_PROGRAM ? "mail.notOpened.unsupported" : "mail.notOpened.program");
        Optional<Integer> choice = dialogs.choose(i18n.get("mail.notOpened.title"),
                cause + "\n\n" + i18n.get("mail.notOpened.what"),
                List.of(i18n.get("mail.saveAs"), i18n.get("mail.copy"), i18n.get("mail.close")));
        if (choice.isEmpty()) {
            return;
        }
        if (choice.get() == 0) {
            saveAs(mail);
        } else if (choice.get() == 1) {
            copy(mail);
        }
    }

    private void saveAs(MailRecord mail) {
        Optional<Path> target = dialogs.chooseSaveFile(i18n.get("mail.saveAs"), fileName(mail.subject()));
        target.ifPresent(file -> runner.run(() -> Files.write(file, outbox.eml(mail.id())))
                .onSuccess(p -> dialogs.showInfo(i18n.get("mail.title"), i18n.get("mail.saved", p.toString())))
                .onFailure(e -> dialogs.showError(i18n.get("mail.title"), i18n.get("mail.saveFailed", reason(e)))));
    }

    private void copy(MailRecord mail) {
        runner.run(() -> outbox.body(mail.id())).onSuccess(body -> {
            dialogs.copyToClipboard(i18n.get("mail.text", mail.recipients(), mail.subject(), body));
            dialogs.showInfo(i18n.get("mail.title"), i18n.get("mail.copied"));
        }).onFailure(e -> dialogs.showError(i18n.get("mail.title"), i18n.get("mail.openFailed", reason(e))));
    }

    /** A file name from the subject: letters, digits, spaces and dashes, never a path. */
    static String fileName(String subject) {
        String base = subject == null ? "" : subject.replaceAll("[^\\p{L}\\p{N} _-]+", " ").trim().replaceAll("\\s+", " ");
        if (base.isEmpty()) {
            base = "mail";
        }
        return (base.length() > 80 ? base.substring(0, 80).trim() : base) + ".eml";
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
