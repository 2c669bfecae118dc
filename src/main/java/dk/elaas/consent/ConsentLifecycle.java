package dk.elaas.consent;

import java.time.LocalDate;
import java.util.UUID;

/** The lifecycle steps a person takes from the register's detail pane, embedded or on the central server. */
public interface ConsentLifecycle {

    LifecycleResult send(UUID consentId);

    LifecycleResult markReceived(UUID consentId, LocalDate receivedOn, String confirmedBy);

    LifecycleResult withdraw(UUID consentId, Withdrawal withdrawal);
}
