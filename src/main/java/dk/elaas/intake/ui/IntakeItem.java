package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.BackgroundJob;
import dk.elaas.intake.IntakeReading;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One imported file in the intake queue and where it stands, with the reviewer's own changes to its fields
 * (kept per file, so selecting another file, switching the language or restarting loses none of them).
 */
public final class IntakeItem {

    /** The states a user sees in the queue. */
    public enum State { WAITING, READING, READY, SAVED, FAILED, DUPLICATE }

    private final String id;
    private final String name;
    private final Path file;
    private final byte[] bytes;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final Map<String, String> edits = new LinkedHashMap<>();
    private Map<String, String> baseline;
    private String messageKey;
    private Object[] messageArgs = new Object[0];
    private IntakeReading reading;
    private BackgroundJob<?> job;

    IntakeItem(String name, Path file, byte[] bytes) {
        this(UUID.randomUUID().toString(), name, file, bytes);
    }

    IntakeItem(String id, String name, Path file, byte[] bytes) {
        this.id = id;
        this.name = name;
        this.file = file;
        this.bytes = bytes;
    }

    String id() { return id; }
    public String name() { return name; }
    Path file() { return file; }
    byte[] bytes() { return bytes; }
    public ObjectProperty<State> stateProperty() { return state; }
    public State state() { return state.get(); }
    public StringProperty messageProperty() { return message; }
    public DoubleProperty progressProperty() { return progress; }
    public IntakeReading reading() { return reading; }
    void reading(IntakeReading r) { this.reading = r; }
    BackgroundJob<?> job() { return job; }
    void job(BackgroundJob<?> j) { this.job = j; }

    /** The reviewer's values that differ from what was read, by field key. */
    public Map<String, String> edits() { return edits; }

    /** The form's values as read (before the reviewer's edits); null until the item was shown once. */
    Map<String, String> baseline() { return baseline; }
    void baseline(Map<String, String> values) { this.baseline = values; }

    /** Shows a message, kept as its key and arguments so it can be shown again in another language. */
    void say(dk.elaas.common.i18n.I18n i18n, String key, Object... args) {
        this.messageKey = key;
        this.messageArgs = args.clone();
        message.set(i18n.get(key, args));
    }

    /** The message again, in {@code i18n}'s language. */
    void relabel(dk.elaas.common.i18n.I18n i18n) {
        if (messageKey != null) {
            message.set(i18n.get(messageKey, messageArgs));
        }
    }
}
