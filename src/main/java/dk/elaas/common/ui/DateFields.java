package dk.elaas.common.ui;

import dk.elaas.common.validation.DanishDates;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates as Danish users write them ({@code dd-mm-åååå}, also {@code 3. marts 2026}) in every date field. */
public final class DateFields {

    private DateFields() {
    }

    public static void danishFormat(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : DanishDates.parse(text).orElse(null);
            }
        });
    }

    /** Takes over what the user typed but did not confirm with Enter. */
    public static void commit(DatePicker... pickers) {
        for (DatePicker p : pickers) {
            String text = p.getEditor().getText();
            p.setValue(p.getConverter().fromString(text));
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DanishDates.format(date);
    }
}
