package dk.elaas.onboarding;

import dk.elaas.access.AccessGrant;
import dk.elaas.citizen.Citizen;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.BaseEntity;
import dk.elaas.consent.Consent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Step 1: one citizen the employee will serve, under a consent or as door-entry-only access. */
@Entity
@Table(name = "onboarding_citizen")
public final class OnboardingCitizen extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private OnboardingCase onboardingCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    /** Null only for door-entry-only access, which needs no consent (workflow section 1). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id")
    private Consent consent;

    @Column(name = "door_entry_only", nullable = false)
    private boolean doorEntryOnly;

    /** Set by step 6 when the access is granted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id")
    private AccessGrant grant;

    protected OnboardingCitizen() {
    }

    public OnboardingCitizen(OnboardingCase onboardingCase, Citizen citizen, Consent consent, boolean doorEntryOnly) {
        this.onboardingCase = onboardingCase;
        this.citizen = citizen;
        this.consent = consent;
        this.doorEntryOnly = doorEntryOnly;
    }

    @Override
    public String auditLabel() {
        return (doorEntryOnly ? "Opgangsdør " : "Borger ") + citizen.getName();
    }

    public OnboardingCase getOnboardingCase() { return onboardingCase; }
    public Citizen getCitizen() { return citizen; }
    public Consent getConsent() { return consent; }
    public boolean isDoorEntryOnly() { return doorEntryOnly; }
    public AccessGrant getGrant() { return grant; }
    public void setGrant(AccessGrant grant) { this.grant = grant; }
}
