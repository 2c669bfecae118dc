package dk.elaas.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the account the process runs as. Windows: {@code USERDOMAIN\USERNAME} from the environment Windows sets
 * at log-on (a domain account on the municipality's PCs). Linux and macOS: the JVM's {@code user.name}, with the
 * full name from the GECOS field of {@code /etc/passwd} when there is one.
 */
public final class SystemAccount implements OsAccount.Source {

    private final Map<String, String> env;
    private final String userName;
    private final String osName;
    private final Path passwd;

    public SystemAccount() {
        this(System.getenv(), System.getProperty("user.name", ""), System.getProperty("os.name", ""),
                Path.of("/etc/passwd"));
    }

    SystemAccount(Map<String, String> env, String userName, String osName, Path passwd) {
        this.env = env;
        this.userName = userName;
        this.osName = osName;
        this.passwd = passwd;
    }

    @Override
    public OsAccount current() {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String user = Optional.ofNullable(env.get("USERNAME")).filter(u -> !u.isBlank()).orElse(userName);
            String domain = env.get("USERDOMAIN");
            String account = (domain == null || domain.isBlank() ? user : domain + "\\" + user).toLowerCase(Locale.ROOT);
            return new OsAccount(account, user);
        }
        if (userName.isBlank()) {
            throw new IllegalStateException("The operating system names no user for this process");
        }
        return new OsAccount(userName, fullName(userName).orElse(userName));
    }

    /** The first part of the GECOS field ("Mette Hansen,,," → "Mette Hansen"), if the account has one. */
    private Optional<String> fullName(String account) {
        if (!Files.isReadable(passwd)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] parts = line.split(":", -1);
                if (parts.length >= 5 && parts[0].equals(account)) {
                    String name = parts[4].split(",", -1)[0].strip();
                    return name.isEmpty() ? Optional.empty() : Optional.of(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
