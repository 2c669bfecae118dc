package dk.elaas.settings;

import dk.elaas.common.persistence.Tx;
import dk.elaas.identity.Action;
import dk.elaas.identity.Actor;
import dk.elaas.identity.Policy;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Settings shared by everyone using this installation (stored in the database, so they sync). Anyone may read
 * them; only a role with {@link Action#CHANGE_SETTINGS} (Administrator) may change one, in both modes: the
 * policy is checked here, not in a window.
 */
public final class SettingsService {

    private final Tx tx;
    private final Supplier<Actor> actor;
    private final Policy policy = new Policy();

    public SettingsService(Tx tx, Supplier<Actor> actor) {
        this.tx = tx;
        this.actor = actor;
    }

    public Optional<String> get(String key) {
        return tx.call(s -> Optional.ofNullable(s.find(AppSetting.class, key)).map(AppSetting::getValue));
    }

    /** @throws dk.elaas.identity.AccessDeniedException unless the acting user may change settings */
    public void put(String key, String value) {
        policy.require(actor.get(), Action.CHANGE_SETTINGS);
        tx.run(s -> {
            AppSetting setting = s.find(AppSetting.class, key);
            if (setting == null) {
                s.persist(new AppSetting(key, value));
            } else {
                setting.setValue(value);
            }
        });
    }

    /** Whether the acting user may change settings (the window shows them read-only otherwise). */
    public boolean changeable() {
        return policy.allows(actor.get(), Action.CHANGE_SETTINGS);
    }
}
