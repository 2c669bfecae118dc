package dk.elaas.common.persistence;

import java.util.UUID;
import org.hibernate.Session;

/**
 * Where a service tells, inside its own transaction, what change it just made as a command another copy of the
 * register can replay (issue 15.2): the client queues it for the central server in the same commit. A register
 * that syncs with nobody (the standalone app, the server itself) records nothing.
 */
@FunctionalInterface
public interface ChangeRecorder {

    ChangeRecorder NONE = (session, kind, recordId, command) -> { };

    /** {@code command} is turned into JSON; files travel by their SHA-256, never as bytes. */
    void record(Session session, String kind, UUID recordId, Object command);
}
