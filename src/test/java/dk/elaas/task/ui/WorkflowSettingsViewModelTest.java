package dk.elaas.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.common.concurrent.InlineTaskRunner;
import dk.elaas.common.i18n.I18n;
import dk.elaas.common.persistence.Database;
import dk.elaas.common.ui.DialogService;
import dk.elaas.mail.MailSettings;
import dk.elaas.onboarding.OnboardingSettings;
import dk.elaas.settings.SettingsService;
import dk.elaas.task.TaskSettings;
import dk.elaas.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipients, task limits, onboarding contacts and review interval an administrator edits in Indstillinger, headless on a real H2 file. */
class WorkflowSettingsViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private final List<String> errors = new ArrayList<>();
    private WorkflowSettingsViewModel vm;
    private MailSettings mail;
    private TaskSettings tasks;
    private OnboardingSettings onboarding;

    @BeforeEach
    void open() {
        db = TestDatabases.h2(dir, () -> new Actor("Admin", "ADMINISTRATOR"), Clock.systemUTC());
        SettingsService settings = new SettingsService(db.tx(), () -> dk.elaas.identity.Actor.SYSTEM);
        mail = new MailSettings(settings);
        tasks = new TaskSettings(settings);
        onboarding = new OnboardingSettings(settings);
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(message); }
            @Override public void showInfo(String title, String message) { }
            @Override public boolean confirm(String title, String message) { return true; }
            @Override public Optional<Path> chooseFile(String title) { return Optional.empty(); }
        };
        vm = new WorkflowSettingsViewModel(mail, tasks, onboarding, new InlineTaskRunner(), dialogs, I18n.danish());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void showsTheSeedDefaultsAndStoresChanges() {
        vm.load();
        assertThat(vm.systemOwnerProperty().get()).isEqualTo("Systemejerskab-datasikkerhed@mso.aarhus.dk");
        assertThat(vm.oejbProperty().get()).isEqualTo("Hasse Eriksen <he@ostbv.dk>");
        assertThat(vm.expiringDaysProperty().get()).isEqualTo("30");

        vm.systemOwnerProperty().set("hjaelpemiddelcentret@mso.aarhus.dk");
        vm.expiringDaysProperty().set("45");
        vm.save();

        assertThat(errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Gemt.");
        assertThat(mail.systemOwner()).containsExactly("hjaelpemiddelcentret@mso.aarhus.dk");
        assertThat(tasks.expiringDays()).isEqualTo(45);
    }

    @Test
    void refusesABadAddressOrDayCountInDanishAndKeepsTheOldValues() {
        vm.load();
        vm.oejbProperty().set("he@ostbv dk, ");
        vm.save();
        assertThat(errors).containsExactly(I18n.danish().get("workflow.error.recipients"));
        assertThat(mail.oejb()).containsExactly("Hasse Eriksen <he@ostbv.dk>");

        vm.oejbProperty().set("he@ostbv.dk");
        vm.notReceivedDaysProperty().set("0");
        vm.save();
        assertThat(errors).last().isEqualTo("Antal dage skal være et helt tal fra 1 til 365.");
        assertThat(tasks.notReceivedDays()).isEqualTo(7);
    }

    @Test
    void showsTheOnboardingContactsAndReviewIntervalAndStoresChanges() {
        vm.load();
        assertThat(vm.oejbPhoneProperty().get()).isEqualTo("29 68 56 91");
        assertThat(vm.oejbHoursProperty().get()).isEqualTo("hverdage kl. 07.00–15.00");
        assertThat(vm.vendorPortalProperty().get()).isEqualTo("https://aarhuskommune.service-now.com/vendor");
        assertThat(vm.reviewMonthsProperty().get()).isEqualTo("12");

        vm.oejbPhoneProperty().set("+45 87 13 20 00");
        vm.oejbHoursProperty().set(" hverdage kl. 08.00–14.00 ");
        vm.vendorPortalProperty().set("https://aarhus.service-now.com/leverandor");
        vm.reviewMonthsProperty().set("6");
        vm.save();

        assertThat(errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Gemt.");
        assertThat(onboarding.contacts()).isEqualTo(new OnboardingSettings.Contacts("+45 87 13 20 00",
                "hverdage kl. 08.00–14.00", "https://aarhus.service-now.com/leverandor"));
        assertThat(onboarding.reviewIntervalMonths()).isEqualTo(6);
    }

    @Test
    void refusesABadPhoneIntervalOrPortalInDanishAndSavesNothing() {
        vm.load();
        vm.systemOwnerProperty().set("hjaelpemiddelcentret@mso.aarhus.dk");

        vm.reviewMonthsProperty().set("0");
        vm.save();
        assertThat(errors).last()
                .isEqualTo("Intervallet for adgangsgennemgang skal være et helt tal fra 1 til 36 måneder.");

        vm.reviewMonthsProperty().set("24");
        vm.oejbPhoneProperty().set("2968 569");
        vm.save();
        assertThat(errors).last().isEqualTo("ØJB's telefonnummer skal have 8 cifre, fx 29 68 56 91.");

        vm.oejbPhoneProperty().set("29685691");
        vm.vendorPortalProperty().set("service-now vendor");
        vm.save();
        assertThat(errors).last().isEqualTo(I18n.danish().get("settings.workflow.error.vendorPortal"));

        assertThat(errors).hasSize(3);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(onboarding.reviewIntervalMonths()).isEqualTo(12);
        assertThat(onboarding.contacts().oejbPhone()).isEqualTo("29 68 56 91");
        assertThat(mail.systemOwner()).containsExactly("Systemejerskab-datasikkerhed@mso.aarhus.dk");
    }
}
