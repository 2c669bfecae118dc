package dk.elaas.intake.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.intake.Box;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeReading;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.Quad;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** What the panel shows of the selected file besides its form: the page, the fields found on it, the notice. */
final class ReadingDisplay {

    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final ObjectProperty<BufferedImage> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Quad> corners = new SimpleObjectProperty<>();
    private final ObservableMap<ConsentField, Box> boxes = FXCollections.observableMap(new EnumMap<>(ConsentField.class));
    private final ObservableMap<ConsentField, IntakeViewModel.Certainty> certainty =
            FXCollections.observableMap(new EnumMap<>(ConsentField.class));
    private final StringProperty notice = new SimpleStringProperty("");
    /** The certainty of each field as read, before the reviewer's corrections. */
    private final java.util.Map<ConsentField, IntakeViewModel.Certainty> asRead = new EnumMap<>(ConsentField.class);

    /** Shows {@code item} (null: nothing); a file not read (waiting, failed, already stored) shows only its notice. */
    void show(IntakeItem item, I18n i18n) {
        boxes.clear();
        certainty.clear();
        asRead.clear();
        IntakeReading r = item == null ? null : item.reading();
        if (r == null || !r.wasRead()) {
            page.set(null);
            source.set(null);
            corners.set(null);
            notice.set(noticeText(item, i18n));
            return;
        }
        IntakeResult result = r.result();
        page.set(result.page().image());
        source.set(result.source().image());
        corners.set(result.page().corners());
        for (ConsentField f : ConsentField.values()) {
            FieldValue v = result.fields().get(f);
            if (v.box() != null) {
                boxes.put(f, v.box());
            }
            asRead.put(f, v.value() == null ? IntakeViewModel.Certainty.EMPTY
                    : v.issueKey() != null ? IntakeViewModel.Certainty.INVALID
                    : v.confident() ? IntakeViewModel.Certainty.CONFIDENT : IntakeViewModel.Certainty.CHECK);
        }
        certainty.putAll(asRead);
        notice.set(noticeText(item, i18n));
    }

    /**
     * The fields the reviewer changed ({@code keys}: field keys) are theirs now: "rettet", no longer yellow or
     * green; a field changed back to what was read gets its certainty as read again.
     */
    void corrected(java.util.Set<String> keys) {
        asRead.forEach((f, c) -> {
            IntakeViewModel.Certainty now = keys.contains(f.key()) ? IntakeViewModel.Certainty.CORRECTED : c;
            if (certainty.get(f) != now) {
                certainty.put(f, now);
            }
        });
    }

    /** The notice in another language, nothing else changed. */
    void relocalize(IntakeItem item, I18n i18n) {
        notice.set(noticeText(item, i18n));
    }

    /** Who the citizen is, what to check, or why the file is not read. */
    private static String noticeText(IntakeItem item, I18n i18n) {
        IntakeReading r = item == null ? null : item.reading();
        if (r == null || !r.wasRead()) {
            return item == null ? "" : item.state() == IntakeItem.State.DUPLICATE
                    ? i18n.get("intake.queue.duplicate") : item.messageProperty().get();
        }
        StringBuilder text = new StringBuilder();
        r.result().citizenMatch().ifPresent(c -> text.append(i18n.get("intake.citizen.known", c.name())).append('\n'));
        for (String w : r.result().warningKeys()) {
            text.append(i18n.get(w)).append('\n');
        }
        if (item.state() == IntakeItem.State.DUPLICATE) {
            text.append(i18n.get("intake.queue.duplicate"));
        }
        return text.toString().strip();
    }

    ObjectProperty<BufferedImage> page() { return page; }
    ObjectProperty<BufferedImage> source() { return source; }
    ObjectProperty<Quad> corners() { return corners; }
    ObservableMap<ConsentField, Box> boxes() { return boxes; }
    ObservableMap<ConsentField, IntakeViewModel.Certainty> certainty() { return certainty; }
    StringProperty notice() { return notice; }
}
