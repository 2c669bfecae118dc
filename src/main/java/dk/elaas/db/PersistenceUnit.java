package dk.elaas.db;

import dk.elaas.access.AccessGrant;
import dk.elaas.audit.AuditEvent;
import dk.elaas.citizen.Citizen;
import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentDocument;
import dk.elaas.consent.ConsentStatusChange;
import dk.elaas.consent.PrintedForm;
import dk.elaas.mail.OutgoingMail;
import dk.elaas.onboarding.OnboardingCase;
import dk.elaas.onboarding.OnboardingStep;
import dk.elaas.settings.AppSetting;
import dk.elaas.supplier.ServiceType;
import dk.elaas.supplier.Supplier;
import dk.elaas.supplier.SupplierEmployee;
import dk.elaas.user.AppUser;
import java.util.List;

/** Every mapped entity. Listed explicitly: no classpath scanning at start-up. */
public final class PersistenceUnit {

    public static final List<Class<?>> ENTITIES = List.of(
            ServiceType.class, Supplier.class, SupplierEmployee.class, AppUser.class, AppSetting.class,
            Citizen.class, Consent.class, ConsentDocument.class, ConsentStatusChange.class,
            OnboardingCase.class, OnboardingStep.class, dk.elaas.onboarding.OnboardingCitizen.class, AccessGrant.class, OutgoingMail.class, AuditEvent.class,
            PrintedForm.class, dk.elaas.sync.SyncOperation.class, dk.elaas.sync.SyncInboxEntry.class);

    private PersistenceUnit() {
    }
}
