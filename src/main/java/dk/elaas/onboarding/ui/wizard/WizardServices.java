package dk.elaas.onboarding.ui.wizard;

import dk.elaas.mail.MailLauncher;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import dk.elaas.onboarding.OffboardingService;
import dk.elaas.onboarding.OnboardingService;
import dk.elaas.onboarding.OnboardingSettings;
import java.time.Clock;

/** The services the onboarding wizard uses, as the composition root hands them in. */
public record WizardServices(OnboardingService onboarding, OffboardingService offboarding, OnboardingSettings settings,
                             MailSettings mailSettings, OutboxService outbox, MailLauncher mailLauncher, Clock clock) {
}
