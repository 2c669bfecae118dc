package dk.elaas.app;

import javafx.application.Application;

/**
 * Launcher. Deliberately not a subclass of {@link Application}: started from a plain classpath (or a
 * jpackage image) JavaFX then needs no module-path tricks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("elaas.launchNanos", Long.toString(System.nanoTime()));
        Application.launch(ElaasApp.class, args);
    }
}
