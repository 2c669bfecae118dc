package dk.elaas.app;

import dk.elaas.common.persistence.LocalPreferences;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who last signed in to the central server on this PC (subject, name, role, company), kept in the data folder so
 * they can work offline later as themselves (issue 15), from the same operating-system account only. It grants
 * nothing on the server: their queued changes go
 * there only with their own sign-in, and the server checks them as of arrival.
 */
final class LastSignIn {

    private static final Logger LOG = LoggerFactory.getLogger(LastSignIn.class);
    private static final String PREFIX = "server.lastSignIn.";

    private LastSignIn() {
    }

    static void remember(Path dataDir, Actor who) {
        LocalPreferences p = new LocalPreferences(dataDir);
        try {
            p.put(PREFIX + "subject", who.subject());
            p.put(PREFIX + "name", who.name());
            p.put(PREFIX + "role", who.role().name());
            p.put(PREFIX + "osAccount", osAccount());
            if (who.supplierId() == null) {
                p.remove(PREFIX + "supplier");
            } else {
                p.put(PREFIX + "supplier", who.supplierId().toString());
            }
        } catch (IOException e) {
            // Only offline work later is lost; the sign-in itself holds.
            LOG.warn("Could not remember the sign-in for offline work", e);
        }
    }

    static Optional<Actor> read(Path dataDir) {
        LocalPreferences p = new LocalPreferences(dataDir);
        try {
            Optional<String> subject = p.get(PREFIX + "subject");
            Optional<String> name = p.get(PREFIX + "name");
            Optional<Role> role = p.get(PREFIX + "role").map(Role::valueOf);
            if (subject.isEmpty() || name.isEmpty() || role.isEmpty()
                    || !p.get(PREFIX + "osAccount").map(osAccount()::equals).orElse(false)) {
                // Another account on this PC never works offline as this person.
                return Optional.empty();
            }
            UUID supplier = p.get(PREFIX + "supplier").map(UUID::fromString).orElse(null);
            return Optional.of(new Actor(subject.get(), name.get(), role.get(), supplier, ServerMode.device()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Offline work is registering consents: for those whose role may do that. */
    static boolean registers(Role role) {
        return new dk.elaas.identity.Policy().allows(new Actor("-", "-", role, null, "-"),
                dk.elaas.identity.Action.REGISTER_CONSENT);
    }

    private static String osAccount() {
        return System.getProperty("user.name", "");
    }
}
