package dk.elaas.user;

import java.util.Objects;

/**
 * The operating-system account that runs eLås: in the standalone app this is who a person is. Nobody types it
 * and there is no command-line option for it; the app reads it from the system ({@link SystemAccount}).
 *
 * @param account the account's stable name: "DOMAIN\\user" on Windows (lower case, as Windows compares them),
 *                the login name elsewhere
 * @param displayName the person's full name where the system knows it, else the account
 */
public record OsAccount(String account, String displayName) {

    public OsAccount {
        Objects.requireNonNull(account, "account");
        if (account.isBlank()) {
            throw new IllegalArgumentException("An operating-system account has a name");
        }
        displayName = displayName == null || displayName.isBlank() ? account : displayName.strip();
    }

    /** Where the account comes from: the system in the app, a fixed account in tests. */
    @FunctionalInterface
    public interface Source {
        OsAccount current();
    }
}
