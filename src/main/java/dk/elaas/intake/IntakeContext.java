package dk.elaas.intake;

import java.util.List;

/** What the app already knows, for matching: the supplier register and the citizens by CPR. */
public record IntakeContext(List<KnownSupplier> suppliers, CitizenLookup citizens) {

    public static final IntakeContext EMPTY = new IntakeContext(List.of(), CitizenLookup.NONE);

    public IntakeContext {
        suppliers = List.copyOf(suppliers);
    }
}
