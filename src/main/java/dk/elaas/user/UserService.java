package dk.elaas.user;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.identity.Action;
import dk.elaas.identity.Policy;
import dk.elaas.identity.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Who uses this installation in standalone mode. The operating-system account is the identity: nobody types a
 * name or picks a role. The first account on a data folder becomes Administrator; every later account is
 * registered without a role until an administrator gives it one. Every change is in the audit log (the
 * {@link AppUser} rows are audited), and only an administrator ({@link Action#MANAGE_USERS}) may make one.
 */
public final class UserService {

    private final Tx tx;
    private final CurrentUser currentUser;
    private final Policy policy = new Policy();

    public UserService(Tx tx, CurrentUser currentUser) {
        this.tx = tx;
        this.currentUser = currentUser;
    }

    /** What start-up found for an account. */
    public sealed interface Start permits Ready, AwaitingRole {
        UserRecord user();
    }

    /** The account has a role: it is now the current user. {@code firstAdministrator}: made one just now. */
    public record Ready(UserRecord user, boolean firstAdministrator) implements Start {
    }

    /** The account is known but has no role yet; {@code administrators} are who can give it one. */
    public record AwaitingRole(UserRecord user, List<String> administrators) implements Start {
    }

    /**
     * Looks up (or registers) the account that runs the app, in one transaction. The first account on a data
     * folder with no administrator becomes Administrator; the audit log records it as that person's own act.
     */
    public Start start(OsAccount os) {
        String account = normalise(os.account());
        try {
            Start start = tx.call(s -> {
                AppUser u = byAccount(s, account);
                boolean first = false;
                if (u == null) {
                    first = administrators(s).isEmpty();
                    u = new AppUser(account, os.displayName(), first ? Role.ADMINISTRATOR : null, null);
                    if (first) {
                        currentUser.set(UserRecord.of(u));
                    }
                    s.persist(u);
                }
                UserRecord record = UserRecord.of(u);
                return record.hasRole() ? new Ready(record, first) : new AwaitingRole(record,
                        administrators(s).stream().map(AppUser::getDisplayName).toList());
            });
            currentUser.set(start instanceof Ready ready ? ready.user() : null);
            return start;
        } catch (RuntimeException e) {
            currentUser.set(null);
            throw e;
        }
    }

    /** Everyone with an account, by name. Administrator only. */
    public List<UserRecord> list() {
        policy.require(currentUser.actor(), Action.MANAGE_USERS);
        return tx.call(s -> s.createSelectionQuery("from AppUser u where u.account is not null order by u.displayName",
                AppUser.class).getResultList().stream().map(UserRecord::of).toList());
    }

    /**
     * Registers a colleague's account before they first start eLås, with their role. Administrator only.
     *
     * @throws InvalidInputException for an empty or already registered account, or a supplier role without company
     */
    public UserRecord add(String account, String displayName, Role role, UUID supplierId) {
        policy.require(currentUser.actor(), Action.MANAGE_USERS);
        String normalised = account == null ? "" : normalise(account.strip());
        if (normalised.isEmpty() || normalised.chars().anyMatch(Character::isWhitespace)) {
            throw invalid("account", "user.validation.account");
        }
        return tx.call(s -> {
            if (byAccount(s, normalised) != null) {
                throw invalid("account", "user.validation.accountTaken");
            }
            checkRole(s, role, supplierId);
            String name = displayName == null || displayName.isBlank() ? normalised : displayName.strip();
            AppUser u = new AppUser(normalised, name, role, supplierId);
            s.persist(u);
            return UserRecord.of(u);
        });
    }

    /**
     * Gives a user a role ({@code null} takes it away). Administrator only; the last administrator keeps the role,
     * so a data folder is never left with nobody who can give roles.
     */
    public UserRecord assign(UUID userId, Role role, UUID supplierId) {
        policy.require(currentUser.actor(), Action.MANAGE_USERS);
        UserRecord changed = tx.call(s -> {
            AppUser u = s.find(AppUser.class, userId);
            if (u == null || u.getAccount() == null) {
                throw invalid("user", "user.validation.unknown");
            }
            if (role != null) {
                checkRole(s, role, supplierId);
            }
            if (u.getRole() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR
                    && administrators(s).stream().filter(a -> !a.getId().equals(userId)).findAny().isEmpty()) {
                throw invalid("role", "user.validation.lastAdministrator");
            }
            u.assign(role, supplierId);
            return UserRecord.of(u);
        });
        currentUser.get().filter(me -> me.id().equals(userId)).ifPresent(me -> currentUser.set(changed));
        return changed;
    }

    private void checkRole(Session s, Role role, UUID supplierId) {
        if (role == null) {
            throw invalid("role", "validation.required");
        }
        if (role == Role.SUPPLIER && (supplierId == null
                || s.createSelectionQuery("select count(*) from Supplier x where x.id = :id", Long.class)
                        .setParameter("id", supplierId).getSingleResult() == 0)) {
            throw invalid("supplier", "user.validation.supplierRequired");
        }
    }

    private static List<AppUser> administrators(Session s) {
        return s.createSelectionQuery("from AppUser u where u.account is not null and u.role = :r and u.active = true "
                + "order by u.displayName", AppUser.class).setParameter("r", Role.ADMINISTRATOR).getResultList();
    }

    private static AppUser byAccount(Session s, String account) {
        return s.createSelectionQuery("from AppUser u where u.account = :a", AppUser.class).setParameter("a", account)
                .getResultStream().findFirst().orElse(null);
    }

    /** Windows compares accounts without case ("AARHUS\Mette" is "aarhus\mette"); so does this register. */
    static String normalise(String account) {
        return account.contains("\\") ? account.toLowerCase(Locale.ROOT) : account;
    }

    private static InvalidInputException invalid(String field, String key) {
        return new InvalidInputException(Map.of(field, Validated.error(key)));
    }
}
