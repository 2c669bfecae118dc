package dk.elaas.shell;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import java.util.Locale;
import javafx.scene.Node;

/** What the main window needs from the composition root; keeps the shell free of features' services. */
public interface ShellHost {

    /** A fresh view for a section, in the given language. */
    Node createSection(Section section, I18n i18n, DialogService dialogs);

    /** Text for the status bar: who is signed in and in which role. */
    String userLine(I18n i18n);

    /** Text for the status bar: where the data lives. */
    String dataFolder();

    /** Loads the demo data in the background and reports through the dialogs. */
    void loadDemoData(DialogService dialogs, I18n i18n, Runnable whenDone);

    void switchLanguage(Locale locale);

    /** The details "Om eLås" shows (version, build, Java, Tesseract, data folder, log), worked out off the UI thread. */
    default void aboutDetails(I18n i18n, java.util.function.Consumer<String> then) {
        then.accept(i18n.get("about.details.folder", dataFolder()));
    }

    /** Whether the signed-in user's role may see a section at all (a supplier's user sees only their own work). */
    default boolean shows(Section section) {
        return true;
    }

    /** The status bar's "where": the data folder, or the central server worked against. */
    default String placeLine(I18n i18n) {
        return i18n.get("status.dataFolder", dataFolder());
    }

    /** The status bar's connection state. */
    default String syncLine(I18n i18n) {
        return i18n.get("status.sync.localOnly");
    }

    /** How many changes the central server refused for good ("Kunne ikke synkroniseres"); 0 where none queue. */
    default long unsyncedCount() {
        return 0;
    }

    /** Shows those changes, with why and what can be done. */
    default void showUnsynced(I18n i18n, DialogService dialogs) {
    }

    /** "Synkronisér nu", where changes are queued for a central server. */
    default java.util.Optional<Runnable> syncNowAction() {
        return java.util.Optional.empty();
    }

    /** "Log ud", where the person signed in (with a central server); empty for the standalone app. */
    default java.util.Optional<Runnable> signOutAction() {
        return java.util.Optional.empty();
    }
}
