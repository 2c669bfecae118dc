package dk.elaas.settings;

import dk.elaas.common.persistence.Tx;
import java.util.Optional;

/** Settings shared by everyone using this installation (stored in the database, so they sync). */
public final class SettingsService {

    private final Tx tx;

    public SettingsService(Tx tx) {
        this.tx = tx;
    }

    public Optional<String> get(String key) {
        return tx.call(s -> Optional.ofNullable(s.find(AppSetting.class, key)).map(AppSetting::getValue));
    }

    public void put(String key, String value) {
        tx.run(s -> {
            AppSetting setting = s.find(AppSetting.class, key);
            if (setting == null) {
                s.persist(new AppSetting(key, value));
            } else {
                setting.setValue(value);
            }
        });
    }
}
