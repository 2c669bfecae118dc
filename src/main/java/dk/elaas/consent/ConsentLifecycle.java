package dk.elaas.consent;

import java.time.LocalDate;
import java.util.UUID;

/** The lifecycle steps a person takes from the register's detail pane, embedded or on the central server. */
public interface ConsentLifecycle {

    LifecycleResult send(UUID consentId);

    LifecycleResult markReceived(UUID consentId, LocalDate receivedOn, String confirmedBy);

    LifecycleResult withdraw(UUID consentId, Withdrawal withdrawal);

    /** Undoes a mistaken "modtaget af ØJB" within minutes, by the person who marked it, while nothing built on it. */
    LifecycleResult undoReceived(UUID consentId);

    /** ØJB confirmed the access under a withdrawn consent is removed from the locks; its task closes. */
    LifecycleResult confirmAccessRemoved(UUID consentId, LocalDate confirmedOn, String confirmedBy);
}
