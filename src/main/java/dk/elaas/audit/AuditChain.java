package dk.elaas.audit;

import com.github.f4b6a3.uuid.UuidCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit log as a hash chain: each row's hash covers all its fields and the hash of the row before it, so
 * changing, removing or reordering a row is found by {@link #verify}. Appending locks the chain's head row
 * until the transaction ends, which orders the writers of every process on one database.
 */
public final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    /** One audit row as it is chained; {@code seq} and {@code prevHash} are filled in by {@link #append}. */
    public record Entry(long seq, String prevHash, Instant occurredAt, String subject, String userName,
                        String userRole, String device, String action, String entityType, String entityId,
                        String recordLabel, String changedFields, String details) {

        Entry at(long seq, String prevHash) {
            return new Entry(seq, prevHash, occurredAt, subject, userName, userRole, device, action, entityType,
                    entityId, recordLabel, changedFields, details);
        }

        String hash() {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                for (Object part : new Object[] {seq, prevHash, occurredAt.toEpochMilli(), subject, userName,
                        userRole, device, action, entityType, entityId, recordLabel, changedFields, details}) {
                    // Length-prefixed, so no two different rows can serialise to the same bytes.
                    byte[] b = part == null ? new byte[0] : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                    d.update((part == null ? "-" : Integer.toString(b.length)).getBytes(StandardCharsets.US_ASCII));
                    d.update((byte) ':');
                    d.update(b);
                }
                return HexFormat.of().formatHex(d.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** What {@link #verify} found: rows checked and, if the chain is broken, the first place and why. */
    public record Verification(long chainedRows, long unchainedRows, Long brokenAtSeq, String problem) {
        public boolean intact() {
            return brokenAtSeq == null && problem == null;
        }
    }

    private AuditChain() {
    }

    static void append(Connection c, Entry e) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the audit log cannot be written");
            }
            seq = rs.getLong(1) + 1;
            prev = rs.getString(2);
        }
        Entry chained = e.at(seq, prev);
        String hash = chained.hash();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_event (id, version, created_at, updated_at, occurred_at, user_name, user_role,"
                        + " action, entity_type, entity_id, record_label, changed_fields, details, seq, prev_hash,"
                        + " hash, subject, device) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp ts = Timestamp.from(e.occurredAt());
            ps.setObject(1, UuidCreator.getTimeOrderedEpoch());
            ps.setTimestamp(2, ts);
            ps.setTimestamp(3, ts);
            ps.setTimestamp(4, ts);
            ps.setString(5, e.userName());
            ps.setString(6, e.userRole());
            ps.setString(7, e.action());
            ps.setString(8, e.entityType());
            ps.setString(9, e.entityId());
            ps.setString(10, e.recordLabel());
            ps.setString(11, e.changedFields());
            ps.setString(12, e.details());
            ps.setLong(13, seq);
            ps.setString(14, prev);
            ps.setString(15, hash);
            ps.setString(16, e.subject());
            ps.setString(17, e.device());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /** Recomputes the whole chain in order; streams the rows, so any length fits in memory. */
    public static Verification verify(Connection c) throws SQLException {
        long unchained;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event WHERE seq IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            unchained = rs.getLong(1);
        }
        long expectedSeq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, prev_hash, occurred_at, subject, user_name,"
                + " user_role, device, action, entity_type, entity_id, record_label, changed_fields, details, hash"
                + " FROM audit_event WHERE seq IS NOT NULL ORDER BY seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (seq != expectedSeq) {
                        return new Verification(expectedSeq - 1, unchained, expectedSeq,
                                "row " + expectedSeq + " is missing (next is " + seq + ")");
                    }
                    Entry e = new Entry(seq, rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
                    if (!prev.equals(e.prevHash())) {
                        return new Verification(seq - 1, unchained, seq, "row " + seq + " does not follow row " + (seq - 1));
                    }
                    String hash = e.hash();
                    if (!hash.equals(rs.getString(14))) {
                        return new Verification(seq - 1, unchained, seq, "row " + seq + " was changed after it was written");
                    }
                    prev = hash;
                    expectedSeq++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next() && (rs.getLong(1) != expectedSeq - 1 || !prev.equals(rs.getString(2)))) {
                return new Verification(expectedSeq - 1, unchained, expectedSeq - 1,
                        "the chain ends at row " + (expectedSeq - 1) + " but its head says row " + rs.getLong(1)
                                + ": rows at the end were removed");
            }
        }
        return new Verification(expectedSeq - 1, unchained, null, null);
    }
}
