package dk.elaas.server;

import java.util.List;

/** The server's configuration is incomplete or wrong; every problem is listed, each with what to do. */
public final class ServerConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ServerConfigException(List<String> problems) {
        super("Serverens konfiguration er ikke i orden:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
