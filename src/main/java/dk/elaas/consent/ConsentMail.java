package dk.elaas.consent;

import dk.elaas.citizen.Citizen;
import dk.elaas.mail.MailDraft;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mail that sends a signed consent to the system owner and ØJB (workflow, seed 000 section 2). Always
 * Danish, whatever the UI language: it goes to Danish mailboxes. The body names the consent's own fields, so
 * ØJB can find the lock without opening the attachment; the CPR stays out of the subject line.
 */
final class ConsentMail {

    static final String KIND = "CONSENT_TO_SYSTEM_OWNER_AND_OEJB";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Map<String, String> SERVICE_NAMES = Map.of("DAGLIGVARER", "Dagligvarer", "MEDICIN", "Medicin",
            "TOEJVASK", "Tøjvask", "MADSERVICE", "Madservice");

    private ConsentMail() {
    }

    static String subject(Consent c) {
        return "Samtykkeerklæring til elektronisk lås: " + c.getCitizen().getName() + " – " + c.getSupplier().getName();
    }

    static MailDraft draft(Consent c, List<String> to, MailDraft.Attachment pdf) {
        Citizen citizen = c.getCitizen();
        List<String> lines = new ArrayList<>();
        lines.add("Til systemejer og Østjyllands Brandvæsen (ØJB)");
        lines.add("");
        lines.add(c.getChannel() == ConsentChannel.MITID
                ? "Vedhæftet er kvitteringen for en samtykkeerklæring, som borgeren har givet digitalt med MitID."
                : "Vedhæftet er en underskrevet samtykkeerklæring (side et) til brug af borgerens elektroniske låsesystem.");
        lines.add("");
        lines.add("Borger: " + citizen.getName());
        // Masked: a mail body is copied, forwarded and indexed; the attached signed form carries the full number.
        lines.add("CPR-nr.: " + dk.elaas.common.validation.Cpr.mask(citizen.getCpr()));
        lines.add("Adresse: " + address(citizen));
        lines.add("Ekstern leverandør: " + c.getSupplier().getName());
        lines.add("CVR-nr.: " + c.getSupplier().getCvr());
        lines.add("Ydelser: " + services(c));
        lines.add("Gyldig fra: " + date(c.getValidFrom()));
        lines.add("Gyldig til: " + (c.getValidUntil() == null ? "indtil tilbagekaldelse" : date(c.getValidUntil())));
        lines.add("Underskrevet af: " + (c.getSignerRole() == SignerRole.REPRESENTATIVE
                ? "stedfortræder " + nz(c.getRepresentativeName()) : "borgeren selv"));
        lines.add("Underskrevet den: " + date(c.getSignedOn()));
        lines.add("Indhentet af: " + nz(c.getCollectedByName()) + (c.getCollectedByOrg() == null ? ""
                : " (" + organisation(c.getCollectedByOrg()) + ")"));
        if (c.getChannel() == ConsentChannel.MITID && c.getReceiptReference() != null) {
            lines.add("Kvitteringsreference (MitID): " + c.getReceiptReference());
        }
        lines.add("Samtykke-id i eLås: " + c.getId());
        lines.add("");
        lines.add("Der kan først gives adgang til den eksterne leverandør, når samtykkeerklæringen er modtaget ved "
                + "Østjyllands Brandvæsen. Bekræft venligst modtagelsen ved at svare på denne mail.");
        lines.add("");
        lines.add("Venlig hilsen");
        lines.add("Sundhed og Omsorg, Aarhus Kommune");
        return new MailDraft(KIND, to, subject(c), String.join("\r\n", lines), pdf == null ? List.of() : List.of(pdf));
    }

    static final String WITHDRAWAL_KIND = "WITHDRAWAL_TO_OEJB_AND_SYSTEM_OWNER";

    /**
     * The mail that tells ØJB and the system owner a consent is withdrawn and the supplier's access to the
     * citizen's Phoniro lock must be removed (issue 16 point 2). Danish, like the other mails.
     */
    static MailDraft withdrawalDraft(Consent c, List<String> to, LocalDate withdrawnOn, String reason, int grantsEnded) {
        Citizen citizen = c.getCitizen();
        List<String> lines = new ArrayList<>();
        lines.add("Til Østjyllands Brandvæsen (ØJB) og systemejer");
        lines.add("");
        lines.add("Borgerens samtykke til, at den eksterne leverandør bruger borgerens elektroniske lås, er tilbagekaldt "
                + date(withdrawnOn) + ". Leverandørens adgang til borgerens lås i Phoniro skal fjernes.");
        lines.add("");
        lines.add("Borger: " + citizen.getName());
        lines.add("CPR-nr.: " + citizen.getCpr());
        lines.add("Adresse: " + address(citizen));
        lines.add("Ekstern leverandør: " + c.getSupplier().getName());
        lines.add("CVR-nr.: " + c.getSupplier().getCvr());
        lines.add("Ydelser: " + services(c));
        lines.add("Begrundelse: " + nz(reason));
        lines.add("Adgange afsluttet i eLås: " + grantsEnded);
        lines.add("Samtykke-id i eLås: " + c.getId());
        lines.add("");
        lines.add("Bekræft venligst ved at svare på denne mail, når adgangen er fjernet i Phoniro.");
        lines.add("");
        lines.add("Venlig hilsen");
        lines.add("Sundhed og Omsorg, Aarhus Kommune");
        return new MailDraft(WITHDRAWAL_KIND, to, "Tilbagekaldt samtykke – fjern adgang i Phoniro: " + citizen.getName()
                + " – " + c.getSupplier().getName(), String.join("\r\n", lines), List.of());
    }

    private static String address(Citizen c) {
        String street = nz(c.getAddress());
        String city = ((c.getPostalCode() == null ? "" : c.getPostalCode() + " ") + nz(c.getCity())).trim();
        return city.isEmpty() ? street : street + ", " + city;
    }

    static String services(Consent c) {
        return c.getServices().stream().map(code -> SERVICE_NAMES.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    private static String organisation(CollectorOrganisation org) {
        return switch (org) {
            case EXTERNAL_SUPPLIER -> "den eksterne leverandør";
            case SUNDHED_OG_FOREBYGGELSE -> "Sundhed & Forebyggelse";
            case PLEJE_OG_REHABILITERING -> "Pleje og Rehabilitering";
        };
    }

    private static String date(LocalDate d) {
        return d == null ? "–" : DATE.format(d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
