package dk.elaas.consent;

import java.util.UUID;

/**
 * One consent in full as the register's detail pane sees it: the embedded database or the central server
 * answers, and either decides what the signed-in person may see.
 */
public interface ConsentDetails {

    ConsentDetail detail(UUID consentId);

    /** The full CPR number; audited where the data lives. */
    String revealCpr(UUID consentId);

    /** A stored file of this consent (the normalised PDF for display, the original for download). */
    byte[] document(UUID consentId, UUID documentId);
}
