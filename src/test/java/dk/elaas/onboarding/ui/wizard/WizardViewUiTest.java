package dk.elaas.onboarding.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.ExecutorTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.ui.DialogService;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.mail.MailLauncher;
import dk.elaas.onboarding.NewEmployee;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.settings.SettingsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard view alone, headless (Monocle), on a real H2 file: step 1 by keyboard, no skipping, step 2 errors. */
class WizardViewUiTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Actor CLERK = new Actor("Mette", "CLERK");

    @TempDir
    Path dir;

    private ConsentWorld w;
    private ExecutorTaskRunner runner;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void show() throws TimeoutException {
        w = ConsentWorld.h2(dir, CLOCK, CLERK);
        UUID supplier = w.supplier("Nærkøb Levering ApS", "12972997", "DAGLIGVARER");
        w.receivedConsent("Grethe Bach", "0505470890", supplier, Set.of("DAGLIGVARER"), LocalDate.of(2026, 3, 1), null);
        OnboardingService onboarding = w.onboarding(() -> CLERK, () -> null);
        UUID caseId = onboarding.start(new NewEmployee(supplier, "Jonas", "Holm", "jonas@naerkoeb.dk", false, Set.of(),
                null)).id();
        runner = new ExecutorTaskRunner("wizard-test", 1, Platform::runLater);
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            WizardViewModel vm = new WizardViewModel(new WizardServices(onboarding, w.offboarding(() -> CLERK, () -> null),
                    new OnboardingSettings(new SettingsService(w.db.tx(), () -> dk.elaas.identity.Actor.SYSTEM)), w.mailSettings, w.outbox, new MailLauncher(),
                    CLOCK), runner, dialogs, I18n.danish(), () -> { });
            stage.setScene(new Scene(new WizardView(vm, I18n.danish()).load(), 1100, 800));
            stage.show();
            vm.open(caseId);
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        runner.close();
        w.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private boolean visible(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void choosesTheConsentSavesWithEnterAndCannotSkipAhead() throws TimeoutException {
        waitUntil(() -> lookup("#wizard-consent-0").tryQuery().isPresent());
        assertThat(text("#wizard-step-heading")).isEqualTo("Trin 1 af 6: Samtykkeerklæring");
        assertThat(text("#wizard-company")).isEqualTo("Nærkøb Levering ApS (CVR 12972997)");
        assertThat(lookup("#wizard-step-2").query().isDisabled()).isTrue();
        assertThat(lookup("#wizard-next").query().isDisabled()).isTrue();

        clickOn("#wizard-consent-0");
        type(KeyCode.ENTER);

        waitUntil(() -> text("#wizard-step-heading").startsWith("Trin 2"));
        assertThat(text("#wizard-message")).startsWith("Trin 1 (Samtykkeerklæring) er gemt.");
        assertThat(lookup("#wizard-step-1").query().isDisabled()).isFalse();
        assertThat(lookup("#wizard-step-3").query().isDisabled()).isTrue();
        assertThat(visible("#wizard-save")).isTrue();
        assertThat(visible("#wizard-save-correction")).isFalse();

        doubleClickOn("#wizard-work-email").eraseText(40).write("jonas@");
        clickOn("#wizard-save");
        waitUntil(() -> visible("#wizard-workEmail-error"));
        assertThat(text("#wizard-workEmail-error")).startsWith("E-mailadressen er ikke gyldig.");
        assertThat(text("#wizard-step-heading")).startsWith("Trin 2");

        clickOn("#wizard-back");
        waitUntil(() -> text("#wizard-step-heading").startsWith("Trin 1"));
        assertThat(visible("#wizard-save")).isFalse();
        assertThat(visible("#wizard-save-correction")).isTrue();
        assertThat(text("#wizard-completed")).startsWith("Udført af Mette den 10-03-2026");
        assertThat(visible("#wizard-start-offboarding")).isTrue();
        assertThat(errors).isEmpty();
    }
}
