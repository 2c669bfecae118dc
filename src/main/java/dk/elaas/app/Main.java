package dk.elaas.app;

import dk.elaas.app.log.AppLogging;
import dk.elaas.app.log.BuildInfo;
import java.util.List;
import javafx.application.Application;

/**
 * Launcher. Deliberately not a subclass of {@link Application}: started from a plain classpath (or a
 * jpackage image) JavaFX then needs no module-path tricks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            BuildInfo b = BuildInfo.current();
            System.out.println("eLås " + b.version() + "\nbuild " + b.build() + " (" + b.built() + ")\nJava " + b.java());
            return;
        }
        // Before anything logs: the log file lives in the data folder; CPR is masked in it.
        AppLogging.start(LaunchOptions.parse(List.of(args)).dataDirOrDefault());
        if (args.length > 0 && "extract".equals(args[0])) {
            // Command-line intake: same pipeline as the panel, no window (see IntakeCli).
            System.exit(dk.elaas.intake.cli.IntakeCli.run(args));
        }
        if (args.length > 0 && "server".equals(args[0])) {
            // The central server (issue 14): no window, no JavaFX.
            int code = dk.elaas.server.cli.ServerMain.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        if (args.length > 0 && "import".equals(args[0])) {
            // Unattended registration of a folder of scans, through the same service as the panel.
            System.exit(ImportCommand.run(args));
        }
        System.setProperty("elaas.launchNanos", Long.toString(System.nanoTime()));
        dk.elaas.app.install.ClassDataArchive.ensureFolderInBackground();
        Application.launch(ElaasApp.class, args);
    }
}
