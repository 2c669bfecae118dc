package dk.elaas.user;

import dk.elaas.identity.Role;
import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import dk.elaas.settings.AppSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who uses this PC. Until real authentication exists, the user states name and role on first start. */
public final class UserService {

    static final String CURRENT_USER_KEY = "local.current_user_id";

    private final Tx tx;
    private final CurrentUser currentUser;

    public UserService(Tx tx, CurrentUser currentUser) {
        this.tx = tx;
        this.currentUser = currentUser;
    }

    /** Restores the user who was signed in last time, if any. */
    public Optional<UserRecord> restore() {
        Optional<UserRecord> user = tx.call(s -> {
            AppSetting setting = s.find(AppSetting.class, CURRENT_USER_KEY);
            if (setting == null || setting.getValue() == null) {
                return Optional.<UserRecord>empty();
            }
            AppUser u = s.find(AppUser.class, UUID.fromString(setting.getValue()));
            return Optional.ofNullable(u).map(UserRecord::of);
        });
        user.ifPresent(currentUser::set);
        return user;
    }

    /** Creates (or reuses) the user with this name and role and makes them the current user. */
    public UserRecord signIn(String displayName, Role role, UUID supplierId) {
        Map<String, Validated> errors = new LinkedHashMap<>();
        if (displayName == null || displayName.isBlank()) {
            errors.put("name", Validated.error("validation.required"));
        }
        if (role == null) {
            errors.put("role", Validated.error("validation.required"));
        }
        if (role == Role.SUPPLIER && supplierId == null) {
            errors.put("supplier", Validated.error("user.validation.supplierRequired"));
        }
        if (role == Role.SUPPLIER && supplierId != null && !supplierExists(supplierId)) {
            errors.put("supplier", Validated.error("user.validation.supplierRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = displayName.trim();
        UUID company = role == Role.SUPPLIER ? supplierId : null;
        UserRecord user = tx.call(s -> {
            // The same person working for another supplier is another user: a supplier sees only its own cases.
            AppUser u = s.createSelectionQuery("from AppUser u where u.displayName = :n and u.role = :r", AppUser.class)
                    .setParameter("n", name).setParameter("r", role).getResultStream()
                    .filter(candidate -> java.util.Objects.equals(candidate.getSupplierId(), company))
                    .findFirst().orElse(null);
            if (u == null) {
                u = new AppUser(name, role, role == Role.SUPPLIER ? supplierId : null);
                s.persist(u);
            }
            AppSetting setting = s.find(AppSetting.class, CURRENT_USER_KEY);
            if (setting == null) {
                s.persist(new AppSetting(CURRENT_USER_KEY, u.getId().toString()));
            } else {
                setting.setValue(u.getId().toString());
            }
            return UserRecord.of(u);
        });
        currentUser.set(user);
        return user;
    }

    private boolean supplierExists(UUID id) {
        return tx.call(s -> s.createSelectionQuery("select count(*) from Supplier s where s.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0);
    }

    public List<UserRecord> list() {
        return tx.call(s -> s.createSelectionQuery("from AppUser u order by u.displayName", AppUser.class)
                .getResultList().stream().map(UserRecord::of).toList());
    }
}
