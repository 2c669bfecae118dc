package dk.elaas.common.persistence;

import dk.elaas.common.persistence.DatabaseStartupException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The data folder's secrets (database password, file key): random, hex, in files only the account can read. */
final class Secrets {

    private Secrets() {
    }

    static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes); // hex: safe inside an SQL string literal and a JDBC property
    }

    static String read(Path file) throws IOException {
        String value = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!value.matches("[0-9a-f]{16,128}")) {
            throw new DatabaseStartupException(Reason.UNREADABLE, file + " does not hold a key", null);
        }
        return value;
    }

    static void write(Path file, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            // Windows: the per-user data folder (LOCALAPPDATA) is already private to the account.
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8);
    }

    static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
