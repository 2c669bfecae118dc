package dk.elaas.intake.ui;

import dk.elaas.common.concurrent.TaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Cpr;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.KnownCitizen;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Says under the CPR whether the citizen is already registered, as the reviewer types or corrects it: the
 * register is looked up off the JavaFX thread for every valid CPR; an answer for an older CPR is dropped.
 */
final class CitizenHint {

    private final ReviewForm form;
    private final TaskRunner runner;
    private final Function<String, Optional<KnownCitizen>> lookup;
    private final Supplier<I18n> i18n;

    CitizenHint(ReviewForm form, TaskRunner runner, Function<String, Optional<KnownCitizen>> lookup, Supplier<I18n> i18n) {
        this.form = form;
        this.runner = runner;
        this.lookup = lookup;
        this.i18n = i18n;
        form.field(ConsentField.CPR).addListener(o -> refresh());
    }

    void refresh() {
        String cpr = form.field(ConsentField.CPR).get();
        if (!Cpr.validate(cpr).isValid()) {
            form.citizenTextProperty().set("");
            return;
        }
        I18n language = i18n.get();
        runner.run(() -> lookup.apply(cpr)).onSuccess(known -> {
            if (cpr.equals(form.field(ConsentField.CPR).get())) {
                form.citizenTextProperty().set(known.map(c -> language.get("intake.citizen.live.known", c.name()))
                        .orElse(language.get("intake.citizen.live.new")));
            }
        });
    }
}
