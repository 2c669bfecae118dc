package dk.elaas.server;

import dk.elaas.common.persistence.Tx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files by their SHA-256, in 256 KiB chunks in PostgreSQL: written from a stream and checked against the
 * name it is stored under, read back as a stream and checked again. Never a whole file in memory.
 */
final class DocumentStore {

    static final int CHUNK = 256 * 1024;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The bytes did not hash to the name they were sent under, or were too many. Nothing was stored. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    private final Tx tx;
    private final Clock clock;

    DocumentStore(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    static boolean isSha256(String s) {
        return s != null && s.matches("[0-9a-f]{64}");
    }

    /** Stores {@code in} as {@code sha256}; true if it was new. The transaction rolls back on any mismatch. */
    boolean put(String sha256, InputStream in) {
        return tx.call(s -> s.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document_blob WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        in.transferTo(OutputStream.nullOutputStream());
                        return false;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // The head row first (chunks refer to it); its size is filled in once all chunks are in.
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO document_blob (sha256, size_bytes, chunks, created_at) VALUES (?, 0, 0, ?)")) {
                ps.setString(1, sha256);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            MessageDigest digest = sha();
            long total = 0;
            int idx = 0;
            byte[] buf = new byte[CHUNK];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_chunk (sha256, idx, data) VALUES (?, ?, ?)")) {
                int n;
                while ((n = in.readNBytes(buf, 0, CHUNK)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new Rejected("Filen er større end " + (MAX_BYTES >> 20) + " MB");
                    }
                    digest.update(buf, 0, n);
                    ps.setString(1, sha256);
                    ps.setInt(2, idx++);
                    ps.setBytes(3, n == CHUNK ? buf : java.util.Arrays.copyOf(buf, n));
                    ps.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw new Rejected("Filens indhold passer ikke med dens SHA-256: den blev ændret eller afbrudt undervejs");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE document_blob SET size_bytes = ?, chunks = ? WHERE sha256 = ?")) {
                ps.setLong(1, total);
                ps.setInt(2, idx);
                ps.setString(3, sha256);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("document " + sha256 + " could not be completed");
                }
            }
            return true;
        }));
    }

    /** The stored size, if this actor may see the file (row-level security decides on the server). */
    Optional<Long> size(String sha256) {
        return tx.call(s -> s.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes FROM document_blob WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        }));
    }

    /** Streams the file to {@code out}, checking its hash; a mismatch aborts before the last chunk is sent. */
    void copyTo(String sha256, OutputStream out) {
        tx.run(s -> s.doWork(c -> {
            MessageDigest digest = sha();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT data FROM document_chunk WHERE sha256 = ? ORDER BY idx")) {
                ps.setFetchSize(1);
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    byte[] pending = null;
                    while (rs.next()) {
                        if (pending != null) {
                            out.write(pending);
                        }
                        pending = rs.getBytes(1);
                        digest.update(pending);
                    }
                    if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                        throw new IllegalStateException("stored document " + sha256 + " does not match its hash");
                    }
                    if (pending != null) {
                        out.write(pending);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
