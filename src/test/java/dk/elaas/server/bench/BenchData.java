package dk.elaas.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The register the server benchmark reads: suppliers, citizens and consents inserted with JDBC batches as the
 * schema's owner, in the shape the registration writes them (same columns, codes and normalised CPR). Every
 * citizen has a first consent; the rest go to random citizens. Of the first consents, the received and
 * currently valid ones are remembered per supplier: those are the CPRs the clients check.
 */
final class BenchData {

    static final String[] SERVICES = {"DAGLIGVARER", "MEDICIN", "TOEJVASK", "MADSERVICE"};
    private static final String[] FIRST = {"Inger", "Poul", "Karen", "Bent", "Ruth", "Aage", "Grethe", "Svend", "Kirsten",
        "Jens", "Hanne", "Ole", "Birthe", "Erik", "Lis", "Niels", "Else", "Henning", "Jytte", "Knud", "Anna", "Preben"};
    private static final String[] LAST = {"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Kjær"};
    private static final String[] OTHER = {"REGISTERED", "SENT", "EXPIRED", "WITHDRAWN"};
    private static final int BATCH = 2000;

    /** One supplier of the register and the CPRs whose consent for it is valid today. */
    record Supplier(UUID id, String name, String cvr, List<String> validCprs) {
    }

    final List<Supplier> suppliers = new ArrayList<>();
    int citizens;
    int consents;

    /** Inserts {@code n} consents over {@code suppliers} companies into the schema {@code c} points at. */
    static BenchData seed(Connection c, int n, int supplierCount, LocalDate today, ZoneId zone, Random rnd)
            throws SQLException {
        BenchData d = new BenchData();
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supplier (id, version, created_at, updated_at,"
                + " name, cvr, services, manager_name, manager_email, iso27001, isae3402)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, 'Leder', 'leder@example.dk', FALSE, FALSE)")) {
            for (int i = 0; i < supplierCount; i++) {
                Supplier s = new Supplier(UUID.randomUUID(), LAST[i % LAST.length] + "s Levering " + i + " ApS",
                        cvr(3_000_000 + 1_117 * i), new ArrayList<>());
                d.suppliers.add(s);
                ps.setObject(1, s.id());
                ps.setTimestamp(2, now);
                ps.setTimestamp(3, now);
                ps.setString(4, s.name());
                ps.setString(5, s.cvr());
                ps.setString(6, String.join(",", SERVICES));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        d.citizens = Math.max(1, n * 6 / 10);
        List<UUID> citizenIds = new ArrayList<>(d.citizens);
        List<String> cprs = new ArrayList<>(d.citizens);
        Set<String> taken = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO citizen (id, version, created_at, updated_at, name,"
                + " cpr, address, postal_code, city, phone, lock_installed_by_mso)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, '8000', 'Aarhus C', ?, TRUE)")) {
            for (int i = 0; i < d.citizens; i++) {
                String cpr;
                do {
                    // Serials 0000-3999 (born 1925-1960); registrations in the run use 4000-9999, so never collide.
                    LocalDate born = LocalDate.of(1925, 1, 1).plusDays(rnd.nextInt(365 * 35));
                    cpr = String.format("%02d%02d%02d-%04d", born.getDayOfMonth(), born.getMonthValue(),
                            born.getYear() % 100, rnd.nextInt(4_000));
                } while (!taken.add(cpr));
                UUID id = UUID.randomUUID();
                citizenIds.add(id);
                cprs.add(cpr);
                ps.setObject(1, id);
                ps.setTimestamp(2, now);
                ps.setTimestamp(3, now);
                ps.setString(4, FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]);
                ps.setString(5, cpr);
                ps.setString(6, "Vej " + rnd.nextInt(200) + ", " + rnd.nextInt(5) + ". tv.");
                ps.setString(7, String.format("4%07d", rnd.nextInt(10_000_000)));
                ps.addBatch();
                if (i % BATCH == BATCH - 1) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent (id, version, created_at, updated_at,"
                + " citizen_id, supplier_id, status, services, valid_from, valid_until, signer_role, signed_on,"
                + " collected_by_name, collected_by_org, channel, copy_requested, sent_at, sent_by, received_on,"
                + " received_by, withdrawn_on, withdrawn_by, withdrawn_by_kind, status_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CITIZEN', ?, 'Lars Gravesen', 'SUNDHED_OG_FOREBYGGELSE',"
                + " 'PAPER', FALSE, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                boolean first = i < d.citizens;
                int citizen = first ? i : rnd.nextInt(d.citizens);
                Supplier supplier = d.suppliers.get(rnd.nextInt(d.suppliers.size()));
                // Two in three consents received and valid today; the rest spread over the other states.
                String status = rnd.nextInt(3) < 2 ? "RECEIVED" : OTHER[rnd.nextInt(OTHER.length)];
                LocalDate signed = today.minusDays(1 + rnd.nextInt(700));
                LocalDate until = "EXPIRED".equals(status) ? today.minusDays(1 + rnd.nextInt(30))
                        : rnd.nextInt(4) == 0 ? null : today.plusDays(30 + rnd.nextInt(900));
                boolean sent = !"REGISTERED".equals(status);
                boolean received = "RECEIVED".equals(status) || "EXPIRED".equals(status) || "WITHDRAWN".equals(status);
                Timestamp created = Timestamp.from(signed.atStartOfDay(zone).toInstant().plusSeconds(i % 80_000));
                ps.setObject(1, UUID.randomUUID());
                ps.setLong(2, received ? 2 : sent ? 1 : 0);
                ps.setTimestamp(3, created);
                ps.setTimestamp(4, created);
                ps.setObject(5, citizenIds.get(citizen));
                ps.setObject(6, supplier.id());
                ps.setString(7, status);
                ps.setString(8, SERVICES[rnd.nextInt(SERVICES.length)]);
                ps.setObject(9, signed);
                ps.setObject(10, until);
                ps.setObject(11, signed);
                ps.setTimestamp(12, sent ? Timestamp.from(created.toInstant().plusSeconds(3_600)) : null);
                ps.setString(13, sent ? "Mette Sagsbehandler" : null);
                ps.setObject(14, received ? signed.plusDays(2) : null);
                ps.setString(15, received ? "Nærkøb" : null);
                boolean withdrawn = "WITHDRAWN".equals(status);
                ps.setObject(16, withdrawn ? today.minusDays(1 + rnd.nextInt(30)) : null);
                ps.setString(17, withdrawn ? "Mette Sagsbehandler" : null);
                ps.setString(18, withdrawn ? "CITIZEN" : null);
                ps.setString(19, withdrawn ? "Borgeren ønsker det ikke længere" : null);
                ps.addBatch();
                if (first && "RECEIVED".equals(status)) {
                    supplier.validCprs().add(cprs.get(citizen));
                }
                if (i % BATCH == BATCH - 1) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        d.consents = n;
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE supplier");
            st.execute("ANALYZE citizen");
            st.execute("ANALYZE consent");
        }
        return d;
    }

    /**
     * A citizen CPR with a valid consent for {@code supplier}; only the first consent counts, and a later random
     * consent of the same citizen for the same company may hide it, which the checks' verdict still says is valid
     * (the check picks a valid one when there is one).
     */
    String validCpr(int supplier, Random rnd) {
        List<String> l = suppliers.get(supplier).validCprs();
        return l.get(rnd.nextInt(l.size()));
    }

    /** A CVR with a correct modulus-11 check, made from a 7-digit seed (as the tests make them). */
    static String cvr(int seed) {
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        for (int last = 0; last <= 9; last++) {
            String s = String.format("%07d", seed) + last;
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (s.charAt(i) - '0') * w[i];
            }
            if ((sum + last) % 11 == 0) {
                return s;
            }
        }
        return cvr(seed + 1);
    }
}
