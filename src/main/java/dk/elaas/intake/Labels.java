package dk.elaas.intake;

import java.util.List;
import java.util.Set;

/**
 * The label texts of the consent form, as token lists ({@link Fuzzy#key} form). Several spellings
 * per field cover the form's versions (the municipal and the boxed layouts, older revisions, the KL
 * generic consent).
 */
final class Labels {

    private Labels() {
    }

    static final List<String> SECTION_CITIZEN = List.of("borger");
    static final List<String> SECTION_SUPPLIER = List.of("ekstern", "leverandør");
    static final List<String> SECTION_VALIDITY = List.of("gyldighed");
    static final List<String> SECTION_SIGNATURE = List.of("underskrift");
    static final List<String> SECTION_COLLECTED = List.of("indhentet", "af");

    static final List<List<String>> NAME = List.of(List.of("navn"), List.of("borgerens", "navn"));
    static final List<List<String>> CPR = List.of(List.of("cprnr"), List.of("cprnummer"), List.of("cpr"),
            List.of("personnummer"));
    static final List<List<String>> ADDRESS = List.of(List.of("adresse"), List.of("bopæl"));
    static final List<List<String>> POSTCODE_AND_CITY = List.of(List.of("postnr", "og", "by"),
            List.of("postnummer", "og", "by"));
    static final List<List<String>> POSTCODE = List.of(List.of("postnr"), List.of("postnummer"));
    static final List<List<String>> CITY = List.of(List.of("by"), List.of("bynavn"));
    static final List<List<String>> PHONE = List.of(List.of("telefon"), List.of("telefonnummer"), List.of("tlf"),
            List.of("telefonnr"));
    static final List<List<String>> SUPPLIER_NAME = List.of(List.of("firmanavn"), List.of("leverandørens", "navn"),
            List.of("virksomhed"), List.of("navn"));
    static final List<List<String>> CVR = List.of(List.of("cvrnr"), List.of("cvrnummer"), List.of("cvr"));
    static final List<List<String>> VALID_FROM = List.of(List.of("gyldig", "fra"), List.of("gældende", "fra"));
    static final List<List<String>> VALID_UNTIL = List.of(List.of("gyldig", "til"), List.of("udløbsdato"),
            List.of("gældende", "til"));
    static final List<List<String>> REPRESENTATIVE = List.of(List.of("stedfortræders", "navn"),
            List.of("stedfortræder", "navn"));
    static final List<List<String>> SIGNED_DATE = List.of(List.of("dato"));
    static final List<List<String>> COLLECTOR_NAME = List.of(List.of("navn"));

    static final List<String> SERVICES = List.of("Dagligvarer", "Madservice", "Medicin", "Tøjvask");
    static final List<String> ROLE_CITIZEN = List.of("borger");
    static final List<String> ROLE_REPRESENTATIVE = List.of("stedfortræder");
    static final List<String> ORGANISATIONS = List.of("Ekstern leverandør", "Sundhed & Forebyggelse",
            "Pleje og Rehabilitering");

    /**
     * First tokens of labels: a value ends where one of these starts (e.g. {@code CPR-nr.: 123
     * Telefon: 456}). Checkbox option words are not here: a company may be called "Tøjvask ApS".
     */
    static final Set<String> STOP = Set.of("navn", "adresse", "postnr", "postnummer", "cprnr", "cpr", "telefon",
            "tlf", "firmanavn", "cvrnr", "cvr", "ydelser", "ydelse", "gyldig", "udløbsdato", "underskrevet",
            "stedfortræders", "dato", "underskrift", "organisation", "email", "by", "telefonnummer", "cprnummer",
            "cvrnummer");
}
