package dk.elaas.common.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.DanishDates;
import dk.elaas.common.validation.Validated;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Dates as Danish users write them ({@code dd-mm-åååå}, also {@code 3. marts 2026}) in every date field. A date
 * that cannot be read or does not exist ({@code 31-02-2026}) is never dropped quietly: the field turns red and
 * says why, on the field, and {@link #commit} refuses it so the form is not saved without it.
 */
public final class DateFields {

    private static final String I18N = "elaas.dateFields.i18n";
    private static final String PROBLEM = "elaas.dateFields.problem";
    private static final String PENDING = "elaas.dateFields.pending";
    private static final String INVALID = "invalid";

    private DateFields() {
    }

    public static void danishFormat(DatePicker picker, I18n i18n) {
        picker.getProperties().put(I18N, i18n);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // While the typed text is not a date the value is empty, but the text stays for the user to fix.
                Object pending = picker.getProperties().get(PENDING);
                return date != null ? format(date) : pending != null ? (String) pending : "";
            }

            @Override
            public LocalDate fromString(String text) {
                Optional<LocalDate> date = text == null || text.isBlank() ? Optional.empty() : DanishDates.parse(text);
                if (date.isPresent() || text == null || text.isBlank()) {
                    picker.getProperties().remove(PENDING);
                } else {
                    picker.getProperties().put(PENDING, text);
                }
                return date.orElse(null);
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                picker.getProperties().remove(PENDING);
            }
        });
        picker.getEditor().textProperty().addListener((o, was, now) -> {
            if (picker.getStyleClass().contains(INVALID)) {
                check(picker); // re-checked while the user corrects it, so the red goes as soon as it is right
            }
        });
        picker.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                check(picker);
            }
        });
    }

    /**
     * Takes over what the user typed but did not confirm with Enter. False when a field holds text that is not
     * a date: that field is marked, says why and gets the focus, and its value is left empty; do not save.
     */
    public static boolean commit(DatePicker... pickers) {
        DatePicker firstBad = null;
        for (DatePicker p : pickers) {
            Optional<String> problem = check(p);
            String text = p.getEditor().getText();
            if (problem.isPresent()) {
                p.getProperties().put(PENDING, text);
                p.setValue(null);
                if (firstBad == null) {
                    firstBad = p;
                }
            } else {
                p.getProperties().remove(PENDING);
                p.setValue(text == null || text.isBlank() ? null : DanishDates.parse(text).orElse(null));
            }
        }
        if (firstBad != null) {
            showProblem(firstBad);
            firstBad.requestFocus();
            return false;
        }
        return true;
    }

    /** The Danish (or English) sentence for what is wrong with the field's text; empty when it is fine or blank. */
    public static Optional<String> problem(DatePicker picker) {
        return Optional.ofNullable((String) picker.getProperties().get(PROBLEM));
    }

    private static Optional<String> check(DatePicker p) {
        String text = p.getEditor().getText();
        Optional<String> problem = Optional.empty();
        if (text != null && !text.isBlank()) {
            Validated v = DanishDates.validate(text);
            if (!v.isValid()) {
                I18n i18n = (I18n) p.getProperties().get(I18N);
                problem = Optional.of(i18n == null ? v.errorKey() : i18n.get(v.errorKey(), v.errorArgs()));
            }
        }
        if (problem.isPresent()) {
            if (!p.getStyleClass().contains(INVALID)) {
                p.getStyleClass().add(INVALID);
            }
            p.getProperties().put(PROBLEM, problem.get());
            Tooltip tip = new Tooltip(problem.get());
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            p.setTooltip(tip);
            p.setAccessibleHelp(problem.get());
        } else {
            p.getStyleClass().remove(INVALID);
            p.getProperties().remove(PROBLEM);
            p.setTooltip(null);
            p.setAccessibleHelp(null);
        }
        return problem;
    }

    /** The message under the field at once, not only on hover. */
    private static void showProblem(DatePicker p) {
        Tooltip tip = p.getTooltip();
        if (tip == null || p.getScene() == null || p.getScene().getWindow() == null) {
            return;
        }
        Point2D below = p.localToScreen(0, p.getHeight() + 2);
        if (below != null) {
            tip.setAutoHide(true);
            tip.show(p, below.getX(), below.getY());
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DanishDates.format(date);
    }
}
