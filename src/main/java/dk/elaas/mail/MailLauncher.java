package dk.elaas.mail;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens an .eml file in the program the operating system associates with it (Outlook, Thunderbird, Mail).
 * Call it on a background thread: AWT's Desktop must never run on the JavaFX thread.
 */
public final class MailLauncher {

    /** True when this machine can hand a file to its default program. */
    public boolean supported() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    public void open(Path eml) {
        if (!supported()) {
            throw new MailException("This computer cannot open files in another program; the mail is saved at " + eml);
        }
        try {
            Desktop.getDesktop().open(eml.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            throw new MailException("Could not open " + eml + " in the mail program: " + e.getMessage(), e);
        }
    }
}
