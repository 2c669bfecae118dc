package dk.elaas.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.identity.Actor;
import dk.elaas.audit.AuditQuery;
import dk.elaas.audit.AuditRecord;
import dk.elaas.audit.AuditService;
import dk.elaas.audit.AuditTrail;
import dk.elaas.identity.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export for journalising on a real H2 file: the zip with its metadata sheet, the register CSV, and who may. */
class ConsentExportServiceTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), CPH);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Actor CLERK = new Actor("Mette Sagsbehandler", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private final AtomicReference<Role> role = new AtomicReference<>(Role.CLERK);
    private ConsentExportService exports;
    private UUID supplier;

    @BeforeEach
    void open() {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        exports = new ConsentExportService(w.db.tx(), CLOCK, new AuditTrail(() -> CLERK, CLOCK), role::get);
        supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER", "MEDICIN");
    }

    @AfterEach
    void close() {
        w.close();
    }

    private UUID consent(String name, String cpr, String registeredOn) {
        UUID id = w.paperConsent(name, cpr, supplier, Set.of("DAGLIGVARER", "MEDICIN"), TODAY.minusDays(5),
                TODAY.plusYears(1));
        w.db.tx().run(s -> s.createNativeMutationQuery("update consent set created_at = :at where id = :id")
                .setParameter("at", java.sql.Timestamp.from(LocalDate.parse(registeredOn).atTime(12, 0).atZone(CPH).toInstant()))
                .setParameter("id", id).executeUpdate());
        return id;
    }

    private List<AuditRecord> exportEvents() {
        return new AuditService(w.db.tx(), CLOCK).search(AuditQuery.all()).stream()
                .filter(e -> e.action().equals("EXPORT")).toList();
    }

    @Test
    void csvHasABomSemicolonsAndOneRowPerConsentRegisteredInTheRange() throws IOException {
        UUID jan = consent("Inger Marie Kjær", "120438-1234", "2026-01-15");
        UUID feb = consent("Jens \"Bager\"; Hansen", "010203-4567", "2026-02-28");
        consent("Uden for perioden", "050505-1111", "2026-03-01");
        w.lifecycle.send(feb);
        Path csv = dir.resolve("register.csv");

        ConsentExport r = exports.exportRegisterCsv(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), csv);

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(r.rows()).isEqualTo(2);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(ConsentExportService.CSV_HEADER);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(ConsentExportService.CSV_HEADER.size()));
        Map<String, String> first = byHeader(rows.get(0), rows.get(1));
        assertThat(first).containsEntry("Samtykke-id", jan.toString()).containsEntry("Borger", "Inger Marie Kjær")
                .containsEntry("CPR", "120438-xxxx").containsEntry("Leverandør", "Nærkøb Risskov ApS")
                .containsEntry("CVR", "10150817").containsEntry("Ydelser", "Dagligvarer, Medicin")
                .containsEntry("Status", "Registreret").containsEntry("Gyldig fra", "2026-03-05")
                .containsEntry("Gyldig til", "2027-03-10").containsEntry("Underskrevet", "2026-03-05")
                .containsEntry("Registreret", "2026-01-15").containsEntry("Sendt", "");
        Map<String, String> second = byHeader(rows.get(0), rows.get(2));
        assertThat(second).containsEntry("Borger", "Jens \"Bager\"; Hansen").containsEntry("CPR", "010203-xxxx")
                .containsEntry("Status", "Sendt").containsEntry("Sendt", "2026-03-10");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("120438-1234").doesNotContain("1234;");
        assertThat(exportEvents()).singleElement().satisfies(e -> {
            assertThat(e.userName()).isEqualTo("Mette Sagsbehandler");
            assertThat(e.changedFields()).contains("CSV", "2 samtykker", "2026-01-01", "2026-02-28", "register.csv");
        });
    }

    @Test
    void csvQuotesACellThatWouldRunAsAFormula() {
        assertThat(ConsentExportService.csvLine(List.of("=HYPERLINK(\"x\")", "a;b", "plain")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\";\"a;b\";plain\r\n");
    }

    @Test
    void consentExportIsAZipWithTheStoredPdfAndAMetadataSheetNamingEveryFieldAndHash() throws IOException {
        UUID id = consent("Inger Marie Kjær", "120438-1234", "2026-02-01");
        w.lifecycle.send(id);
        Path zip = dir.resolve("samtykke.zip");

        ConsentExport r = exports.exportConsent(id, zip);

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("samtykke.pdf", "metadata.pdf");
        assertThat(r.entries()).containsExactly("samtykke.pdf", "metadata.pdf");
        assertThat(entries.get("samtykke.pdf")).isEqualTo(ConsentWorld.samplePdf());
        String text;
        try (PDDocument pdf = Loader.loadPDF(entries.get("metadata.pdf"))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Inger Marie Kjær", "120438-1234", "Nærkøb Risskov ApS", "10150817",
                "Dagligvarer, Medicin", "05-03-2026", "10-03-2027", "Lars Gravesen", "Registreret", "Sendt", id.toString());
        assertThat(text.replaceAll("\\s", ""))
                .contains(ConsentRegistrationService.sha256(ConsentWorld.samplePdf()));
        assertThat(exportEvents()).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("Consent");
            assertThat(e.entityId()).isEqualTo(id.toString());
            assertThat(e.changedFields()).contains("samtykke.pdf", "metadata.pdf", "samtykke.zip");
        });
    }

    @Test
    void supplierRoleMayNotExportAndNothingIsWritten() {
        UUID id = consent("Inger Marie Kjær", "120438-1234", "2026-02-01");
        role.set(Role.SUPPLIER);
        Path zip = dir.resolve("s.zip");
        Path csv = dir.resolve("s.csv");

        assertThat(exports.mayExport()).isFalse();
        assertThatThrownBy(() -> exports.exportConsent(id, zip)).isInstanceOf(ExportNotAllowedException.class)
                .hasMessageContaining("Supplier role");
        assertThatThrownBy(() -> exports.exportRegisterCsv(TODAY.minusYears(1), TODAY, csv))
                .isInstanceOf(ExportNotAllowedException.class);
        assertThat(zip).doesNotExist();
        assertThat(csv).doesNotExist();
        assertThat(exportEvents()).isEmpty();
    }

    @Test
    void refusesARangeEndingBeforeItStarts() {
        assertThatThrownBy(() -> exports.exportRegisterCsv(TODAY, TODAY.minusDays(1), dir.resolve("x.csv")))
                .isInstanceOfSatisfying(ConsentTransitionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consent.error.exportRange"));
    }

    private static Map<String, String> byHeader(List<String> header, List<String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), row.get(i));
        }
        return m;
    }

    /** RFC 4180 with ';': quoted cells may hold ';', '""' and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                z.transferTo(out);
                m.put(e.getName(), out.toByteArray());
            }
        }
        return m;
    }
}
