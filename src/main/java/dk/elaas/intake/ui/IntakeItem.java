package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.BackgroundJob;
import dk.elaas.intake.IntakeReading;
import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One imported file in the intake queue and where it stands. */
public final class IntakeItem {

    /** The states a user sees in the queue. */
    public enum State { WAITING, READING, READY, SAVED, FAILED, DUPLICATE }

    private final String name;
    private final Path file;
    private final byte[] bytes;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private IntakeReading reading;
    private BackgroundJob<?> job;

    IntakeItem(String name, Path file, byte[] bytes) {
        this.name = name;
        this.file = file;
        this.bytes = bytes;
    }

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
}
