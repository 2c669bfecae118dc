package dk.elaas.consent;

import dk.elaas.common.persistence.Tx;
import dk.elaas.common.validation.InvalidInputException;
import dk.elaas.common.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Ret…": corrects a registered consent's own fields with a required reason, in one transaction. The reason is
 * kept as a history row whose status does not change (from = to), so it shows in the detail's history and can be
 * queried with the rest of the history; the audit trail logs the changed fields (old → new) of the same flush.
 *
 * <p>Validated with the registration rules; withdrawn and expired consents are final and refused; the caller
 * passes the version it showed the user, and a consent changed since then is refused (nothing stored).
 */
public final class ConsentCorrectionService {

    /** Prefix of a correction's history reason, so a correction can be told from a status change in queries. */
    public static final String HISTORY_PREFIX = "Rettet";
    private static final int MAX_REASON = 1000;

    private final Tx tx;
    private final Clock clock;
    private final Supplier<String> actorName;
    private final Supplier<dk.elaas.identity.Role> role;

    /** For callers without a signed-in user (tests, the command line): everyone may correct. */
    public ConsentCorrectionService(Tx tx, Clock clock, Supplier<String> actorName) {
        this(tx, clock, actorName, () -> null);
    }

    /** {@code role}: the signed-in user's role; the Supplier role may read its own consents but not correct them. */
    public ConsentCorrectionService(Tx tx, Clock clock, Supplier<String> actorName, Supplier<dk.elaas.identity.Role> role) {
        this.tx = tx;
        this.clock = clock;
        this.actorName = actorName;
        this.role = role;
    }

    /** Whether the signed-in user may correct consents (least privilege: not the Supplier role). */
    public boolean mayCorrect() {
        return role.get() != dk.elaas.identity.Role.SUPPLIER;
    }

    public CorrectionResult correct(UUID consentId, long expectedVersion, ConsentCorrection fields, String reason) {
        if (!mayCorrect()) {
            throw new ConsentTransitionException("consent.error.correctNotAllowed",
                    "The Supplier role may not correct consents (least privilege, DOMAIN.md)");
        }
        Map<String, Validated> errors = new LinkedHashMap<>();
        ConsentRegistrationService.checkConsentFields(errors, fields.services(), fields.validFrom(), fields.validUntil(),
                fields.signerRole(), fields.representativeName(), fields.signedOn(), LocalDate.now(clock));
        if (reason == null || reason.isBlank()) {
            errors.put("reason", Validated.error("consent.validation.correctionReason"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tx.call(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new ConsentTransitionException("consent.error.notFound", "No consent with id " + consentId);
            }
            if (c.getStatus() == ConsentStatus.WITHDRAWN || c.getStatus() == ConsentStatus.EXPIRED) {
                throw new ConsentTransitionException("consent.error.correctFinal",
                        "A consent that is " + c.getStatus() + " is final and cannot be corrected", c.getStatus());
            }
            if (c.getVersion() != expectedVersion) {
                throw new ConsentTransitionException("consent.error.changedMeanwhile", "Consent " + consentId
                        + " is at version " + c.getVersion() + ", the correction was made on " + expectedVersion);
            }
            List<String> changed = apply(c, fields);
            if (changed.isEmpty()) {
                throw new ConsentTransitionException("consent.error.nothingCorrected",
                        "The correction changes none of the consent's fields");
            }
            String text = HISTORY_PREFIX + " (" + String.join(", ", changed) + "): " + reason.trim();
            s.persist(new ConsentStatusChange(c, c.getStatus(), c.getStatus(), clock.instant(), actorName.get(),
                    text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text));
            s.flush();
            return new CorrectionResult(c.getId(), c.getVersion(), changed);
        });
    }

    private static List<String> apply(Consent c, ConsentCorrection f) {
        List<String> changed = new ArrayList<>();
        if (!c.getServices().equals(new java.util.TreeSet<>(f.services()))) {
            c.setServices(f.services());
            changed.add("services");
        }
        if (!Objects.equals(c.getValidFrom(), f.validFrom())) {
            c.setValidFrom(f.validFrom());
            changed.add("validFrom");
        }
        if (!Objects.equals(c.getValidUntil(), f.validUntil())) {
            c.setValidUntil(f.validUntil());
            changed.add("validUntil");
        }
        if (c.getSignerRole() != f.signerRole()) {
            c.setSignerRole(f.signerRole());
            changed.add("signerRole");
        }
        String representative = f.signerRole() == SignerRole.REPRESENTATIVE ? trim(f.representativeName()) : null;
        if (!Objects.equals(c.getRepresentativeName(), representative)) {
            c.setRepresentativeName(representative);
            changed.add("representativeName");
        }
        if (!Objects.equals(c.getSignedOn(), f.signedOn())) {
            c.setSignedOn(f.signedOn());
            changed.add("signedOn");
        }
        String collector = trim(f.collectedByName());
        if (!Objects.equals(c.getCollectedByName(), collector)) {
            c.setCollectedByName(collector);
            changed.add("collectedByName");
        }
        if (c.getCollectedByOrg() != f.collectedByOrg()) {
            c.setCollectedByOrg(f.collectedByOrg());
            changed.add("collectedByOrg");
        }
        if (c.isCopyRequested() != f.copyRequested()) {
            c.setCopyRequested(f.copyRequested());
            changed.add("copyRequested");
        }
        return changed;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
