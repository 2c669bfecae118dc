package dk.elaas.intake;

import dk.elaas.consent.PrintedFormValues;
import java.util.Optional;
import java.util.UUID;

/** Finds a printed consent form by the id its QR code carries. */
@FunctionalInterface
public interface PrintedFormLookup {

    PrintedFormLookup NONE = id -> Optional.empty();

    Optional<PrintedFormValues> find(UUID formId);
}
