package dk.elaas.app;

import dk.elaas.common.i18n.I18n;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A child process for {@link DataFolderHolderIT}: the real {@code import DIR} on an empty folder that, once it
 * holds the data folder, prints {@code HOLDING} and waits until its standard input closes.
 */
public final class HoldingImportProbe {

    private HoldingImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path inbox = Files.createTempDirectory("elaas-empty-inbox");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = ImportCommand.run(LaunchOptions.parse(List.of("--data-dir", dataDir.toString(), inbox.toString())),
                out, I18n.danish(), Clock.systemDefaultZone(), intake -> {
                    out.println("HOLDING");
                    try {
                        while (System.in.read() >= 0) {
                            // wait for the parent to close our input
                        }
                    } catch (java.io.IOException e) {
                        // parent gone: finish
                    }
                    return intake;
                });
        System.exit(code);
    }
}
