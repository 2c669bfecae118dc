package dk.elaas.consent;

import dk.elaas.audit.AuditTrail;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.Cpr;
import dk.elaas.document.MetadataSheetPdf;
import dk.elaas.document.MetadataSheetPdf.Row;
import dk.elaas.document.MetadataSheetPdf.Section;
import dk.elaas.identity.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Export for journalising (issue 5, item 8): one consent as a zip (its stored files plus a metadata sheet PDF
 * with every field, the status history and each file's SHA-256), or the register for a date range as CSV.
 * Never for the Supplier role. Each export writes an EXPORT audit event naming what was exported, in the same
 * transaction as the read: a failed write leaves no audit event claiming an export.
 *
 * <p>CSV: semicolon-separated, UTF-8 with a byte-order mark (Excel on a Danish Windows reads ';' as the list
 * separator and needs the BOM to read UTF-8), dates ISO {@code yyyy-mm-dd} (Excel recognises them as dates in
 * every locale, and they sort), CPR masked {@code ddmmyy-xxxx}: a register-wide file is easily copied and mailed,
 * and the consent export carries the full CPR where the case needs it. The date range is the registration date
 * (the day the consent came into eLås), both ends included.
 */
public final class ConsentExportService {

    static final DateTimeFormatter SHEET_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter SHEET_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final List<String> CSV_HEADER = List.of("Samtykke-id", "Borger", "CPR", "Leverandør", "CVR", "Ydelser",
            "Status", "Kanal", "Gyldig fra", "Gyldig til", "Underskrevet", "Registreret", "Sendt", "Modtaget af ØJB",
            "Tilbagekaldt");

    private final Tx tx;
    private final Clock clock;
    private final AuditTrail audit;
    private final Supplier<Role> role;
    private final MetadataSheetPdf sheets = new MetadataSheetPdf();
    private final I18n da = I18n.danish();

    /** {@code role}: the signed-in user's role, null when nobody is signed in (start-up, command line). */
    public ConsentExportService(Tx tx, Clock clock, AuditTrail audit, Supplier<Role> role) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.role = role;
    }

    /** Whether the signed-in user may export; the UI hides the export buttons otherwise. */
    public boolean mayExport() {
        return role.get() != Role.SUPPLIER;
    }

    private void requireMayExport() {
        if (!mayExport()) {
            throw new ExportNotAllowedException("The Supplier role may not export consents (least privilege, DOMAIN.md)");
        }
    }

    /** Writes {@code zipFile}: the consent's stored files and {@code metadata.pdf}. */
    public ConsentExport exportConsent(UUID consentId, Path zipFile) {
        requireMayExport();
        return tx.call(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new ConsentTransitionException("consent.error.notFound", "No consent with id " + consentId);
            }
            List<ConsentDocument> docs = s.createSelectionQuery(
                    "from ConsentDocument d where d.consent = :c order by d.kind, d.createdAt", ConsentDocument.class)
                    .setParameter("c", c).getResultList();
            List<ConsentStatusChange> history = s.createSelectionQuery(
                    "from ConsentStatusChange h where h.consent = :c order by h.changedAt, h.createdAt",
                    ConsentStatusChange.class).setParameter("c", c).getResultList();
            List<String> entries = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
                for (ConsentDocument d : docs) {
                    String name = unique(used, entryName(d));
                    put(zip, name, d.getContent());
                    entries.add(name);
                }
                put(zip, "metadata.pdf", sheets.render("Samtykke – metadata til journalisering",
                        sheet(c, history, docs)));
                entries.add("metadata.pdf");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + zipFile + ": " + e.getMessage(), e);
            }
            audit.recordExport(s, c, c.getId(), "samtykke til journalisering (" + String.join(", ", entries)
                    + ", fuldt CPR) → " + zipFile.getFileName());
            return new ConsentExport(zipFile, entries, 0);
        });
    }

    /** Writes the register's consents registered from {@code from} to {@code to} (both included) as CSV. */
    public ConsentExport exportRegisterCsv(LocalDate from, LocalDate to, Path csvFile) {
        requireMayExport();
        if (from == null || to == null || to.isBefore(from)) {
            throw new ConsentTransitionException("consent.error.exportRange",
                    "The export needs a date range with from on or before to: " + from + " – " + to);
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.call(s -> {
            List<Consent> found = s.createSelectionQuery("from Consent c join fetch c.citizen join fetch c.supplier"
                            + " where c.createdAt >= :start and c.createdAt < :end order by c.createdAt", Consent.class)
                    .setParameter("start", start).setParameter("end", end).getResultList();
            try (OutputStream out = Files.newOutputStream(csvFile);
                 Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                w.write(csvLine(CSV_HEADER));
                for (Consent c : found) {
                    w.write(csvLine(csvRow(c, zone)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + csvFile + ": " + e.getMessage(), e);
            }
            audit.recordExport(s, new RegisterExport(from, to), from + "/" + to, "samtykkeregister som CSV, "
                    + found.size() + " samtykker registreret " + from + " – " + to + " (CPR maskeret) → "
                    + csvFile.getFileName());
            return new ConsentExport(csvFile, List.of(), found.size());
        });
    }

    /** The audit log's subject for a register export: the date range, not one record. */
    private record RegisterExport(LocalDate from, LocalDate to) implements Auditable {
        @Override
        public String auditLabel() {
            return "Samtykkeregister " + from + " – " + to;
        }
    }

    private List<String> csvRow(Consent c, ZoneId zone) {
        return List.of(c.getId().toString(), c.getCitizen().getName(), Cpr.mask(c.getCitizen().getCpr()),
                c.getSupplier().getName(), nz(c.getSupplier().getCvr()), services(c.getServices()), status(c.getStatus()),
                da.get("consent.channel." + lower(c.getChannel())), iso(c.getValidFrom()), iso(c.getValidUntil()),
                iso(c.getSignedOn()), iso(day(c.getCreatedAt(), zone)), iso(day(c.getSentAt(), zone)),
                iso(c.getReceivedOn()), iso(c.getWithdrawnOn()));
    }

    /** Semicolon-separated as a Danish Excel reads it, CRLF, quotes only where needed (Apache Commons CSV). */
    private static final org.apache.commons.csv.CSVFormat CSV = org.apache.commons.csv.CSVFormat.EXCEL.builder()
            .setDelimiter(';').setRecordSeparator("\r\n").setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL).get();

    /** One CSV line; a cell that Excel would run as a formula (CSV injection) is kept as text. */
    static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(sb, CSV)) {
            printer.printRecord(fields.stream().map(ConsentExportService::notAFormula).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String notAFormula(String field) {
        String f = field == null ? "" : field;
        return !f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 ? "'" + f : f;
    }

    private List<Section> sheet(Consent c, List<ConsentStatusChange> history, List<ConsentDocument> docs) {
        var z = c.getCitizen();
        var sup = c.getSupplier();
        List<Row> citizen = List.of(new Row("Navn", z.getName()), new Row("CPR-nr.", z.getCpr()),
                new Row("Adresse", String.join(", ", java.util.stream.Stream.of(z.getAddress(),
                        (nz(z.getPostalCode()) + " " + nz(z.getCity())).trim()).filter(x -> x != null && !x.isBlank()).toList())));
        List<Row> consent = new ArrayList<>(List.of(
                new Row("Samtykke-id", c.getId().toString()),
                new Row("Status", status(c.getStatus())),
                new Row("Leverandør", sup.getName() + " (CVR " + nz(sup.getCvr()) + ")"),
                new Row("Ydelser", services(c.getServices())),
                new Row("Gyldig fra", date(c.getValidFrom())),
                new Row("Gyldig til", c.getValidUntil() == null ? da.get("consent.untilWithdrawn") : date(c.getValidUntil())),
                new Row("Underskrevet af", c.getSignerRole() == null ? "" : da.get("intake.signer." + lower(c.getSignerRole()))
                        + (c.getRepresentativeName() == null ? "" : " – " + c.getRepresentativeName())),
                new Row("Underskrevet", date(c.getSignedOn())),
                new Row("Indsamlet af", nz(c.getCollectedByName()) + (c.getCollectedByOrg() == null ? ""
                        : " (" + da.get("intake.org." + lower(c.getCollectedByOrg())) + ")")),
                new Row("Kanal", da.get("consent.channel." + lower(c.getChannel()))
                        + (c.getReceiptReference() == null ? "" : " – " + c.getReceiptReference())),
                new Row("Kopi ønsket", c.isCopyRequested() ? "Ja" : "Nej"),
                new Row("Skabelon", nz(c.getTemplateVersion())),
                new Row("Registreret", time(c.getCreatedAt()))));
        if (c.getSentAt() != null) {
            consent.add(new Row("Sendt", time(c.getSentAt()) + " (" + nz(c.getSentBy()) + ")"));
        }
        if (c.getReceivedOn() != null) {
            consent.add(new Row("Modtaget af ØJB", date(c.getReceivedOn()) + " (" + nz(c.getReceivedBy()) + ")"));
        }
        if (c.getWithdrawnOn() != null) {
            consent.add(new Row("Tilbagekaldt", date(c.getWithdrawnOn()) + " (" + nz(c.getWithdrawnBy()) + "): "
                    + nz(c.getStatusReason())));
        }
        List<Row> hist = history.stream().map(h -> new Row(time(h.getChangedAt()),
                (h.getFromStatus() == null ? "" : h.getFromStatus() == h.getToStatus() ? "" : status(h.getFromStatus()) + " til ")
                        + status(h.getToStatus()) + " – " + h.getChangedBy()
                        + (h.getReason() == null ? "" : ": " + h.getReason()))).toList();
        List<Row> files = docs.stream().map(d -> new Row(d.getKind().name(), nz(d.getFileName()) + " (" + d.getMediaType()
                + ", " + d.getSizeBytes() + " bytes)\nSHA-256 " + d.getSha256())).toList();
        return List.of(new Section("Borger", citizen), new Section("Samtykke", consent),
                new Section("Statushistorik", hist), new Section("Filer", files),
                new Section("Eksport", List.of(new Row("Eksporteret", time(clock.instant())))));
    }

    private static String entryName(ConsentDocument d) {
        String base = d.getFileName() == null ? "fil" : Path.of(d.getFileName()).getFileName().toString();
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return switch (d.getKind()) {
            case NORMALIZED_PDF -> "samtykke.pdf";
            case ORIGINAL -> "original_" + safe;
            case RECEIPT -> "kvittering_" + safe;
        };
    }

    private static String unique(Set<String> used, String name) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + "_" + i + name.substring(dot) : name + "_" + i;
        }
        return candidate;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private String services(Set<String> codes) {
        return String.join(", ", codes.stream().map(code -> da.has("service." + code) ? da.get("service." + code) : code)
                .toList());
    }

    private String status(ConsentStatus st) {
        return da.get("consent.status." + lower(st));
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static LocalDate day(Instant i, ZoneId zone) {
        return i == null ? null : LocalDate.ofInstant(i, zone);
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : SHEET_DATE.format(d);
    }

    private String time(Instant i) {
        return i == null ? "" : SHEET_TIME.format(i.atZone(clock.getZone()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
