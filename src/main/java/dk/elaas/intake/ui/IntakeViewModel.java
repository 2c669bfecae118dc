package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.BackgroundJob;
import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.intake.Box;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.IntakeException;
import dk.elaas.intake.IntakeReading;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.IntakeService;
import dk.elaas.intake.Quad;
import dk.elaas.supplier.ServiceOption;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The intake panel: a queue of imported files read one at a time in the background, and the review form
 * of the selected one. Nothing is stored until the reviewer saves; saving stores everything or nothing.
 */
public final class IntakeViewModel {

    /** How sure the app is of a field, for its colour in the form and on the image. */
    /** How sure a field is: as read (sure, to check, invalid, empty), or the reviewer's own value (corrected). */
    public enum Certainty { CONFIDENT, CHECK, INVALID, EMPTY, CORRECTED }

    private final IntakeService intake;
    private final ConsentRegistrationService registrations;
    private final TaskRunner runner;
    private DialogService dialogs;
    private I18n i18n;
    private CitizenHint citizenHint;
    private final Consumer<java.util.UUID> onSaved;
    private final QueueKeeper keeper;

    private final ObservableList<IntakeItem> queue = FXCollections.observableArrayList();
    private final ObjectProperty<IntakeItem> selected = new SimpleObjectProperty<>();
    private final ReadingDisplay display = new ReadingDisplay();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObjectProperty<ConsentField> focusedField = new SimpleObjectProperty<>();
    private final WatchedFolder watched;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanProperty reviewable = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private ReviewForm form;
    private List<ServiceOption> serviceOptions = List.of();
    private boolean reading;
    private final List<Runnable> waitingViews = new java.util.ArrayList<>();

    /** With {@code kept} (may be null), the queue not stored yet is kept and comes back at the next start. */
    public IntakeViewModel(IntakeService intake, ConsentRegistrationService registrations, TaskRunner runner,
                           DialogService dialogs, I18n i18n, Consumer<java.util.UUID> onSaved,
                           dk.elaas.intake.IntakeQueueStore kept) {
        this.keeper = new QueueKeeper(kept, runner);
        this.watched = new WatchedFolder(intake, runner, this::addFiles);
        this.intake = intake;
        this.registrations = registrations;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onSaved = onSaved;
        this.canSave = reviewable.and(saving.not());
        selected.addListener((obs, old, now) -> {
            show(now);
            keep();
        });
    }

    /**
     * Loads the configured services in the background; {@code ready} runs once the form exists. A view built
     * again on the same view model (another language) gets the same queue, form and edits at once.
     */
    public void load(Runnable ready) {
        if (form != null) {
            ready.run();
            return;
        }
        waitingViews.add(ready);
        if (waitingViews.size() > 1) {
            return; // a view rebuilt while the services still load: it is built with the first
        }
        runner.run(intake::services).onSuccess(options -> {
            serviceOptions = List.copyOf(options);
            form = new ReviewForm(options.stream().map(ServiceOption::code).toList());
            form.i18n(i18n);
            form.onEdit(this::edited);
            citizenHint = new CitizenHint(form, runner, intake::knownCitizen, () -> i18n);
            waitingViews.forEach(Runnable::run);
            waitingViews.clear();
            show(selected.get());
            watched.resume();
            keeper.restore(this::restored);
        }).onFailure(e -> {
            waitingViews.clear();
            dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage()));
        });
    }

    /** The language changed: the same queue and edits, every text in the new language. */
    public void relocalize(I18n newI18n, DialogService newDialogs) {
        this.i18n = newI18n;
        this.dialogs = newDialogs;
        queue.forEach(i -> i.relabel(newI18n));
        IntakeItem item = selected.get();
        display.relocalize(item, i18n);
        if (form != null) {
            form.i18n(newI18n);
            citizenHint.refresh();
        }
        if (!errors.isEmpty() && reviewable.get()) {
            validate();
        }
    }

    /** The kept queue was read back: its files join the queue (behind any already added) and are read again. */
    private void restored(QueueKeeper.Restored r) {
        java.util.Set<String> present = new java.util.HashSet<>(queue.stream().map(IntakeItem::id).toList());
        r.items().stream().filter(i -> !present.contains(i.id())).forEach(queue::add);
        if (r.selected() != null && selected.get() == null) {
            selected.set(r.selected());
        }
        keep();
        next();
    }

    /** A field changed by the reviewer: remembered on the file's queue item and kept. */
    private void edited() {
        IntakeItem item = selected.get();
        if (item == null || item.baseline() == null || item.state() != IntakeItem.State.READY) {
            return;
        }
        item.edits().clear();
        item.edits().putAll(ReviewForm.changes(item.baseline(), form.snapshot()));
        display.corrected(item.edits().keySet());
        keep();
    }

    private void keep() {
        keeper.keep(queue, selected.get());
    }

    /** Watches {@code folder} (a scanner's or phone's folder) and queues every new file that appears in it. */
    public void watch(Path folder) {
        watched.watch(folder, dialogs, i18n);
    }

    public void stopWatching() {
        watched.stop(dialogs, i18n);
    }

    /** Files chosen, dropped or found in the watched folder. */
    public void addFiles(List<Path> files) {
        for (Path f : files) {
            queue.add(new IntakeItem(f.getFileName().toString(), f, null));
        }
        keep();
        next();
    }

    /** An image pasted from the clipboard (already encoded as PNG by the view). */
    public void addImage(byte[] png, String name) {
        queue.add(new IntakeItem(name, null, png));
        keep();
        next();
    }

    /** Starts reading the next waiting file; one at a time, since OCR uses its own single thread anyway. */
    private void next() {
        if (reading) {
            return;
        }
        IntakeItem item = queue.stream().filter(i -> i.state() == IntakeItem.State.WAITING).findFirst().orElse(null);
        if (item == null) {
            return;
        }
        reading = true;
        item.stateProperty().set(IntakeItem.State.READING);
        item.say(i18n, "intake.stage.loading");
        BackgroundJob<IntakeReading> job = runner.run(() -> item.file() != null
                ? intake.read(item.file(), (stage, overall) -> progress(item, stage, overall))
                : intake.read(item.bytes(), item.name(), (stage, overall) -> progress(item, stage, overall)));
        item.job(job);
        job.onSuccess(r -> {
            reading = false;
            item.reading(r);
            item.progressProperty().set(1);
            if (r.duplicateOf().isPresent()) {
                item.stateProperty().set(IntakeItem.State.DUPLICATE);
                item.say(i18n, "intake.queue.duplicate");
            } else {
                item.stateProperty().set(IntakeItem.State.READY);
                item.say(i18n, "intake.queue.ready", r.result().fields().confidentShare() * 100);
            }
            if (selected.get() == null || selected.get() == item) {
                selected.set(null);
                selected.set(item);
            }
            keep();
            next();
        }).onFailure(e -> {
            reading = false;
            item.stateProperty().set(IntakeItem.State.FAILED);
            failed(item, e);
            if (selected.get() == item) {
                show(item);
            }
            next();
        });
    }

    private void progress(IntakeItem item, dk.elaas.intake.IntakeStage stage, double overall) {
        // Called on the intake's worker thread: hop to the UI thread (the view model's only thread).
        Platform.runLater(() -> {
            item.progressProperty().set(overall);
            item.say(i18n, "intake.stage." + stage.name().toLowerCase(java.util.Locale.ROOT));
        });
    }

    private void failed(IntakeItem item, Throwable e) {
        Problem p = Problem.of(e);
        item.say(i18n, p.key(), p.args());
    }

    private String message(Throwable e) {
        Problem p = Problem.of(e);
        return i18n.get(p.key(), p.args());
    }

    /** Why reading or saving failed, as a message key and its arguments. */
    private record Problem(String key, Object... args) {
        static Problem of(Throwable e) {
            if (e instanceof IntakeException ie) {
                return new Problem(ie.messageKey(), ie.messageArgs());
            }
            return e instanceof dk.elaas.common.persistence.StorageFullException full ? new Problem(full.messageKey())
                    : new Problem("intake.error.unexpected", String.valueOf(e.getMessage()));
        }
    }

    /** Cancels reading the selected (or current) file; it is marked failed with "annulleret". */
    public void cancel(IntakeItem item) {
        if (item != null && item.state() == IntakeItem.State.READING && item.job() != null) {
            item.job().cancel();
            reading = false;
            item.stateProperty().set(IntakeItem.State.FAILED);
            item.say(i18n, "intake.cancelled");
            keep();
            next();
        }
    }

    /** Removes the selected file from the queue without storing anything. */
    public void discard(IntakeItem item) {
        if (item == null) {
            return;
        }
        cancel(item);
        queue.remove(item);
        if (selected.get() == item) {
            selected.set(queue.stream().filter(i -> i.state() == IntakeItem.State.READY).findFirst().orElse(null));
        }
        keep();
    }

    private void show(IntakeItem item) {
        errors.clear();
        IntakeReading r = item == null ? null : item.reading();
        boolean read = r != null && r.wasRead();
        reviewable.set(form != null && item != null && item.state() == IntakeItem.State.READY && read);
        if (read && form != null) {
            IntakeResult result = r.result();
            form.fill(result, intake.draft(result));
            runner.run(intake::knownSuppliers).onSuccess(form::knownSuppliers);
            // What was read, then the reviewer's own changes over it (kept across languages and restarts).
            item.baseline(form.snapshot());
            form.apply(item.edits());
        }
        display.show(read && form == null ? null : item, i18n);
        if (read && form != null) {
            display.corrected(item.edits().keySet());
        }
    }

    /** Re-runs preparation and OCR with corners the user dragged into place. */
    public void rerun(Quad corrected) {
        IntakeItem item = selected.get();
        if (item == null || item.reading() == null || !item.reading().wasRead() || reading) {
            return;
        }
        reading = true;
        reviewable.set(false);
        item.stateProperty().set(IntakeItem.State.READING);
        IntakeReading previous = item.reading();
        BackgroundJob<IntakeReading> job = runner.run(() -> intake.rerun(previous, corrected,
                (stage, overall) -> progress(item, stage, overall)));
        item.job(job);
        job.onSuccess(r -> {
            reading = false;
            item.reading(r);
            item.stateProperty().set(IntakeItem.State.READY);
            item.say(i18n, "intake.queue.ready", r.result().fields().confidentShare() * 100);
            show(item);
            next();
        }).onFailure(e -> {
            reading = false;
            item.stateProperty().set(IntakeItem.State.READY);
            dialogs.showError(i18n.get("intake.title"), message(e));
            show(item);
            next();
        });
    }

    /** Checks the form; true when it can be stored as it is. Errors appear per field key. */
    public boolean validate() {
        errors.clear();
        form.check(draft(), registrations).forEach((k, v) -> errors.put(k, i18n.get(v.errorKey(), v.errorArgs())));
        return errors.isEmpty();
    }

    private ConsentDraft draft() {
        return form.toDraft(selected.get().reading().result());
    }

    /** Stores the reviewed consent with its files; the queue item turns "saved". */
    public void save() {
        IntakeItem item = selected.get();
        if (!canSave.get() || item == null || !validate()) {
            return;
        }
        ConsentDraft draft = draft();
        if (registrations.isExpired(draft) && !dialogs.confirm(i18n.get("intake.expired.title"),
                i18n.get("intake.expired.confirm", dk.elaas.common.validation.DanishDates.format(draft.validUntil())))) {
            return;
        }
        saving.set(true);
        IntakeReading reading = item.reading();
        runner.run(() -> intake.store(reading, draft)).onSuccess((RegisteredConsent saved) -> {
            saving.set(false);
            item.stateProperty().set(IntakeItem.State.SAVED);
            item.say(i18n, saved.storedExpired() ? "intake.queue.savedExpired" : "intake.queue.saved");
            item.edits().clear();
            reviewable.set(false);
            onSaved.accept(saved.consentId());
            selected.set(queue.stream().filter(i -> i.state() == IntakeItem.State.READY).findFirst().orElse(item));
            keep();
        }).onFailure(e -> {
            saving.set(false);
            if (e instanceof InvalidInputException invalid) {
                invalid.errors().forEach((k, v) -> errors.put(k, i18n.get(v.errorKey(), v.errorArgs())));
            } else {
                dialogs.showError(i18n.get("error.save.title"), i18n.get("error.save", message(e)));
            }
        });
    }

    public String serviceName(String code) {
        return serviceOptions.stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.name(i18n.locale())).orElse(code);
    }

    public LocalDate today() {
        return intake.today();
    }

    public ObservableList<IntakeItem> queue() { return queue; }
    public StringProperty watchedFolderProperty() { return watched.folder(); }
    public ObjectProperty<IntakeItem> selectedProperty() { return selected; }
    public ObjectProperty<BufferedImage> pageProperty() { return display.page(); }
    public ObjectProperty<BufferedImage> sourceProperty() { return display.source(); }
    public ObjectProperty<Quad> cornersProperty() { return display.corners(); }
    public ObservableMap<ConsentField, Box> boxes() { return display.boxes(); }
    public ObservableMap<ConsentField, Certainty> certainty() { return display.certainty(); }
    public ObservableMap<String, String> errors() { return errors; }
    public ObjectProperty<ConsentField> focusedFieldProperty() { return focusedField; }
    public StringProperty noticeProperty() { return display.notice(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ReadOnlyBooleanProperty reviewableProperty() { return reviewable; }
    public ReviewForm form() { return form; }
}
