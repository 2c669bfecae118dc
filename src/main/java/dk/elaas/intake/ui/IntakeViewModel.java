package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.BackgroundJob;
import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.consent.ConsentDraft;
import dk.elaas.consent.ConsentRegistrationService;
import dk.elaas.consent.RegisteredConsent;
import dk.elaas.intake.Box;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeException;
import dk.elaas.intake.IntakeReading;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.IntakeService;
import dk.elaas.intake.Quad;
import dk.elaas.supplier.ServiceOption;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
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
    public enum Certainty { CONFIDENT, CHECK, INVALID, EMPTY }

    private final IntakeService intake;
    private final ConsentRegistrationService registrations;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<java.util.UUID> onSaved;

    private final ObservableList<IntakeItem> queue = FXCollections.observableArrayList();
    private final ObjectProperty<IntakeItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Quad> corners = new SimpleObjectProperty<>();
    private final ObservableMap<ConsentField, Box> boxes = FXCollections.observableMap(new EnumMap<>(ConsentField.class));
    private final ObservableMap<ConsentField, Certainty> certainty =
            FXCollections.observableMap(new EnumMap<>(ConsentField.class));
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObjectProperty<ConsentField> focusedField = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty watchedFolder = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final BooleanProperty reviewable = new SimpleBooleanProperty();
    private final BooleanBinding canSave;
    private ReviewForm form;
    private List<ServiceOption> serviceOptions = List.of();
    private boolean reading;

    public IntakeViewModel(IntakeService intake, ConsentRegistrationService registrations,
                           TaskRunner runner, DialogService dialogs, I18n i18n, Consumer<java.util.UUID> onSaved) {
        this.intake = intake;
        this.registrations = registrations;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.onSaved = onSaved;
        this.canSave = reviewable.and(saving.not());
        selected.addListener((obs, old, now) -> show(now));
    }

    /** Loads the configured services in the background; {@code ready} runs once the form exists. */
    public void load(Runnable ready) {
        runner.run(intake::services).onSuccess(options -> {
            serviceOptions = List.copyOf(options);
            form = new ReviewForm(options.stream().map(ServiceOption::code).toList());
            ready.run();
            show(selected.get());
            resumeWatching();
        }).onFailure(e -> dialogs.showError(i18n.get("error.load.title"), i18n.get("error.load", e.getMessage())));
    }

    /** Watches {@code folder} (a scanner's or phone's folder) and queues every new file that appears in it. */
    public void watch(Path folder) {
        runner.run(() -> {
            intake.watch(folder, this::foundInFolder);
            return folder;
        }).onSuccess(f -> watchedFolder.set(f.toAbsolutePath().toString()))
                .onFailure(e -> dialogs.showError(i18n.get("intake.watch.title"), i18n.get("intake.watch.error", folder,
                        String.valueOf(e.getMessage()))));
    }

    public void stopWatching() {
        runner.run(() -> {
            intake.stopWatching();
            return Boolean.TRUE;
        }).onSuccess(done -> watchedFolder.set(""))
                .onFailure(e -> dialogs.showError(i18n.get("intake.watch.title"), String.valueOf(e.getMessage())));
    }

    private void foundInFolder(List<Path> files) {
        Platform.runLater(() -> addFiles(files));
    }

    private void resumeWatching() {
        runner.run(() -> intake.resumeWatching(this::foundInFolder) ? intake.watchedFolder() : java.util.Optional.<Path>empty())
                .onSuccess(folder -> folder.ifPresent(f -> watchedFolder.set(f.toString())))
                .onFailure(e -> watchedFolder.set(""));
    }

    /** Files chosen, dropped or found in the watched folder. */
    public void addFiles(List<Path> files) {
        for (Path f : files) {
            queue.add(new IntakeItem(f.getFileName().toString(), f, null));
        }
        next();
    }

    /** An image pasted from the clipboard (already encoded as PNG by the view). */
    public void addImage(byte[] png, String name) {
        queue.add(new IntakeItem(name, null, png));
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
        item.messageProperty().set(i18n.get("intake.stage.loading"));
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
                item.messageProperty().set(i18n.get("intake.queue.duplicate"));
            } else {
                item.stateProperty().set(IntakeItem.State.READY);
                item.messageProperty().set(i18n.get("intake.queue.ready", r.result().fields().confidentShare() * 100));
            }
            if (selected.get() == null || selected.get() == item) {
                selected.set(null);
                selected.set(item);
            }
            next();
        }).onFailure(e -> {
            reading = false;
            item.stateProperty().set(IntakeItem.State.FAILED);
            item.messageProperty().set(message(e));
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
            item.messageProperty().set(i18n.get("intake.stage." + stage.name().toLowerCase(java.util.Locale.ROOT)));
        });
    }

    private String message(Throwable e) {
        if (e instanceof IntakeException ie) {
            return i18n.get(ie.messageKey(), ie.messageArgs());
        }
        if (e instanceof dk.elaas.common.persistence.StorageFullException full) {
            return i18n.get(full.messageKey());
        }
        return i18n.get("intake.error.unexpected", String.valueOf(e.getMessage()));
    }

    /** Cancels reading the selected (or current) file; it is marked failed with "annulleret". */
    public void cancel(IntakeItem item) {
        if (item != null && item.state() == IntakeItem.State.READING && item.job() != null) {
            item.job().cancel();
            reading = false;
            item.stateProperty().set(IntakeItem.State.FAILED);
            item.messageProperty().set(i18n.get("intake.cancelled"));
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
    }

    private void show(IntakeItem item) {
        errors.clear();
        boxes.clear();
        certainty.clear();
        IntakeReading r = item == null ? null : item.reading();
        reviewable.set(form != null && item != null && item.state() == IntakeItem.State.READY && r != null);
        if (r == null) {
            page.set(null);
            source.set(null);
            corners.set(null);
            notice.set(item == null ? "" : item.messageProperty().get());
            return;
        }
        IntakeResult result = r.result();
        if (form == null) {
            return;
        }
        page.set(result.page().image());
        source.set(result.source().image());
        corners.set(result.page().corners());
        ConsentDraft draft = intake.draft(result);
        form.fill(result, draft);
        form.supplierMatchTextProperty().set(result.supplierMatch()
                .map(m -> i18n.get("intake.supplier.matched", m.supplier().name(), m.supplier().cvr()))
                .orElse(i18n.get("intake.supplier.new")));
        form.createSupplierProperty().set(false);
        for (ConsentField f : ConsentField.values()) {
            FieldValue v = result.fields().get(f);
            if (v.box() != null) {
                boxes.put(f, v.box());
            }
            certainty.put(f, v.value() == null ? Certainty.EMPTY
                    : v.issueKey() != null ? Certainty.INVALID : v.confident() ? Certainty.CONFIDENT : Certainty.CHECK);
        }
        StringBuilder text = new StringBuilder();
        result.citizenMatch().ifPresent(c -> text.append(i18n.get("intake.citizen.known", c.name())).append('\n'));
        for (String w : result.warningKeys()) {
            text.append(i18n.get(w)).append('\n');
        }
        if (item.state() == IntakeItem.State.DUPLICATE) {
            text.append(i18n.get("intake.queue.duplicate"));
        }
        notice.set(text.toString().strip());
    }

    /** Re-runs preparation and OCR with corners the user dragged into place. */
    public void rerun(Quad corrected) {
        IntakeItem item = selected.get();
        if (item == null || item.reading() == null || reading) {
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
            item.messageProperty().set(i18n.get("intake.queue.ready", r.result().fields().confidentShare() * 100));
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
        ConsentDraft draft = draft();
        Map<String, Validated> found = new LinkedHashMap<>(registrations.checkFieldsOnly(draft));
        dateErrors(found);
        if (draft.supplierId() == null && !form.createSupplierProperty().get()) {
            found.putIfAbsent("supplier_name", Validated.error("intake.supplier.confirmNew"));
        }
        found.forEach((k, v) -> errors.put(k, i18n.get(v.errorKey(), v.errorArgs())));
        return errors.isEmpty();
    }

    private void dateErrors(Map<String, Validated> found) {
        for (ConsentField f : List.of(ConsentField.VALID_FROM, ConsentField.VALID_UNTIL, ConsentField.SIGNED_DATE)) {
            String raw = form.field(f).get();
            if (raw != null && !raw.isBlank()) {
                Validated v = DanishDates.validate(raw);
                if (!v.isValid()) {
                    found.put(f.key(), v);
                }
            }
        }
    }

    private ConsentDraft draft() {
        IntakeReading r = selected.get().reading();
        Map<String, Double> conf = new LinkedHashMap<>();
        for (ConsentField f : ConsentField.values()) {
            conf.put(f.key(), r.result().fields().get(f).confidence());
        }
        return form.toDraft(conf, raw -> raw == null ? null : DanishDates.parse(raw).orElse(null));
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
            item.messageProperty().set(i18n.get(saved.storedExpired() ? "intake.queue.savedExpired" : "intake.queue.saved"));
            reviewable.set(false);
            onSaved.accept(saved.consentId());
            selected.set(queue.stream().filter(i -> i.state() == IntakeItem.State.READY).findFirst().orElse(item));
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
    public StringProperty watchedFolderProperty() { return watchedFolder; }
    public ObjectProperty<IntakeItem> selectedProperty() { return selected; }
    public ObjectProperty<BufferedImage> pageProperty() { return page; }
    public ObjectProperty<BufferedImage> sourceProperty() { return source; }
    public ObjectProperty<Quad> cornersProperty() { return corners; }
    public ObservableMap<ConsentField, Box> boxes() { return boxes; }
    public ObservableMap<ConsentField, Certainty> certainty() { return certainty; }
    public ObservableMap<String, String> errors() { return errors; }
    public ObjectProperty<ConsentField> focusedFieldProperty() { return focusedField; }
    public StringProperty noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ReadOnlyBooleanProperty reviewableProperty() { return reviewable; }
    public ReviewForm form() { return form; }
    public boolean isReading() { return reading; }
    BooleanBinding anyReading() {
        return Bindings.createBooleanBinding(() -> queue.stream().anyMatch(i -> i.state() == IntakeItem.State.READING),
                queue);
    }
}
