package dk.elaas.intake;

import java.util.List;

/**
 * What the app already knows, for matching: the supplier register, the citizens by CPR and the consent forms
 * it printed (by the id in their QR code).
 */
public record IntakeContext(List<KnownSupplier> suppliers, CitizenLookup citizens, PrintedFormLookup printedForms) {

    public static final IntakeContext EMPTY = new IntakeContext(List.of(), CitizenLookup.NONE);

    public IntakeContext {
        suppliers = List.copyOf(suppliers);
        printedForms = printedForms == null ? PrintedFormLookup.NONE : printedForms;
    }

    /** Without printed forms: a QR code on the page is then not looked up. */
    public IntakeContext(List<KnownSupplier> suppliers, CitizenLookup citizens) {
        this(suppliers, citizens, PrintedFormLookup.NONE);
    }
}
