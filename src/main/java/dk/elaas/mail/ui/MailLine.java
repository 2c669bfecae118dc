package dk.elaas.mail.ui;

import dk.elaas.common.i18n.I18n;
import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One mail in a consent's or a case's list: subject and status, recipients, and what the user can do with it. */
public final class MailLine {

    private MailLine() {
    }

    /** {@code id}: the prefix of the node ids ("wizard-mail-0" → "wizard-mail-0-open" …), or null. */
    public static Node of(MailRecord m, I18n i18n, MailActions actions, Runnable after, String id) {
        Label text = new Label(m.subject() + " – " + status(m, i18n));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label to = new Label(i18n.get("mail.to", m.recipients()));
        to.getStyleClass().add("form-label");
        to.setWrapText(true);
        to.setMinHeight(Region.USE_PREF_SIZE);
        Button open = button(i18n.get("mail.open"), id, "-open");
        open.setOnAction(e -> actions.open(m, after));
        Button sent = button(i18n.get("mail.markSent"), id, "-sent");
        sent.setDisable(m.status() == MailStatus.SENT);
        sent.setOnAction(e -> actions.markSent(m, after));
        Button otherwise = button(i18n.get("mail.markSentOtherwise"), id, "-otherwise");
        otherwise.setDisable(m.status().isSent());
        otherwise.setTooltip(new Tooltip(i18n.get("mail.markSentOtherwise.question")));
        otherwise.setOnAction(e -> actions.markSentOtherwise(m, after));
        if (id != null) {
            text.setId(id);
        }
        FlowPane buttons = new FlowPane(6, 4, open, sent, otherwise);
        return new VBox(2, text, to, buttons, new Separator());
    }

    /** The status as a clerk reads it; "sendt på anden vis" carries the user's note. */
    public static String status(MailRecord m, I18n i18n) {
        String key = "mail.status." + m.status().name().toLowerCase(Locale.ROOT);
        return m.status() == MailStatus.SENT_OTHERWISE ? i18n.get(key, m.sentNote() == null ? "" : m.sentNote())
                : i18n.get(key);
    }

    private static Button button(String text, String id, String suffix) {
        Button b = new Button(text);
        b.getStyleClass().add("small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (id != null) {
            b.setId(id + suffix);
        }
        return b;
    }
}
