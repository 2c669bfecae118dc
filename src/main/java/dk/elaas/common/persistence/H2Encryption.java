package dk.elaas.common.persistence;

import dk.elaas.common.persistence.DatabaseStartupException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database is encrypted at rest (H2 {@code CIPHER=AES}, issue 15.1): a copied {@code elaas.mv.db}
 * is unreadable without its key. The key is generated once per data folder and kept in {@code elaas.filekey},
 * readable only by the account (POSIX 600; on Windows the per-user data folder is private to the account).
 *
 * <p>A database from a version before encryption is encrypted on first start, nothing lost and safe against a
 * crash at any point: the new key goes to {@code elaas.filekey.new}, the plain file is copied to
 * {@code elaas.mv.db.unencrypted}, H2 encrypts the file, and only then is the key moved into place and the copy
 * removed. A start that finds the pending key and the copy puts the copy back and encrypts again.
 */
public final class H2Encryption {

    private static final Logger LOG = LoggerFactory.getLogger(H2Encryption.class);
    static final String KEY = "elaas.filekey";
    private static final String PENDING = KEY + ".new";
    static final String DB = "elaas.mv.db";
    static final String BACKUP = DB + ".unencrypted";
    /** What H2 writes first in an encrypted file; a plain MVStore file starts with "H:2,". */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private H2Encryption() {
    }

    /** The file key for the database in {@code dataDir}, encrypting a plain database first (see above). */
    public static synchronized String fileKey(Path dataDir) {
        Path key = dataDir.resolve(KEY);
        Path pending = dataDir.resolve(PENDING);
        Path db = dataDir.resolve(DB);
        Path backup = dataDir.resolve(BACKUP);
        try {
            if (Files.exists(key)) {
                Files.deleteIfExists(backup); // a crash after the key was moved: the copy is no longer needed
                return Secrets.read(key);
            }
            if (!Files.exists(db)) {
                String fresh = Secrets.generate();
                Secrets.write(pending, fresh);
                Secrets.move(pending, key);
                return fresh;
            }
            String newKey;
            if (Files.exists(pending) && Files.exists(backup)) {
                // An earlier start stopped while encrypting: start again from the plain copy.
                newKey = Secrets.read(pending);
                Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);
            } else {
                if (isEncrypted(db)) {
                    throw new DatabaseStartupException(Reason.UNREADABLE,
                            "the database is encrypted but its key " + key + " is missing", null);
                }
                if (!startsWith(db, PLAIN_HEADER)) {
                    // Not an H2 file at all (a renamed document, a damaged copy): left exactly as it is.
                    throw new DatabaseStartupException(Reason.UNREADABLE, db + " is not an H2 database", null);
                }
                newKey = Secrets.generate();
                Secrets.write(pending, newKey);
                Files.copy(db, backup, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                encrypt(dataDir, newKey);
            } catch (DatabaseStartupException e) {
                if (startsWith(db, PLAIN_HEADER)) {
                    // H2 changed nothing (the file is held by another program, the disk is full): no copy needed.
                    Files.deleteIfExists(backup);
                    Files.deleteIfExists(pending);
                }
                throw e;
            }
            Secrets.move(pending, key);
            Files.deleteIfExists(backup);
            LOG.info("The embedded database was not encrypted; it is now (AES), key in {}", key);
            return newKey;
        } catch (IOException e) {
            throw new DatabaseStartupException(Reason.NOT_WRITABLE, dataDir.toString(), e);
        }
    }

    private static void encrypt(Path dataDir, String key) throws IOException {
        try {
            ChangeFileEncryption.execute(dataDir.toString(), "elaas", "AES", null, key.toCharArray(), true);
        } catch (SQLException e) {
            // The plain copy is still there and the key pending: the next start tries again; say why now.
            throw new DatabaseStartupException(Reason.NOT_WRITABLE, dataDir + ": " + e.getMessage(), e);
        }
        if (!isEncrypted(dataDir.resolve(DB))) {
            throw new DatabaseStartupException(Reason.UNREADABLE, "encrypting " + dataDir.resolve(DB) + " failed", null);
        }
    }

    /** Whether the file is one H2 encrypted (by its first bytes). */
    public static boolean isEncrypted(Path db) throws IOException {
        return startsWith(db, ENCRYPTED_HEADER);
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        }
    }
}
