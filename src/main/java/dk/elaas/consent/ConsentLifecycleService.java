package dk.elaas.consent;

import dk.elaas.mail.MailDraft;
import dk.elaas.mail.MailSettings;
import dk.elaas.mail.OutboxService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * The consent lifecycle {@code registered → sent → received → expired | withdrawn} (DOMAIN.md). Each public
 * method is one use case in one transaction: the status, its history row, the mail, the ended access grants
 * and (through the audit trail) the audit rows commit together or not at all.
 *
 * <p>Rules:
 * <ul>
 * <li>send: from REGISTERED only; composes the mail to system owner and ØJB with the stored PDF attached.</li>
 * <li>markReceived: from SENT; from REGISTERED too for a MitID consent, because the self-service site has
 * already mailed system owner and ØJB. Records the date and who confirmed.</li>
 * <li>withdraw: from REGISTERED, SENT or RECEIVED; date, reason and who; every active grant under it ends.</li>
 * <li>expireDue: a consent whose valid-until date has passed (the date itself is the last valid day) expires;
 * its grants end.</li>
 * <li>supersede: when a newer consent for the same citizen and supplier is received by ØJB, every older open
 * consent of that pair is withdrawn ({@link WithdrawnBy#SUPERSEDED}) and points to the newer one. Not earlier:
 * until ØJB has the new one, the old one is what allows access. Active grants whose services the newer consent
 * covers continue under it; the rest end.</li>
 * <li>WITHDRAWN and EXPIRED are final.</li>
 * </ul>
 */
public final class ConsentLifecycleService implements ConsentLifecycle {

    private static final Set<ConsentStatus> OPEN = EnumSet.of(ConsentStatus.REGISTERED, ConsentStatus.SENT,
            ConsentStatus.RECEIVED);
    static final String SYSTEM_ACTOR = "eLås (automatisk)";
    /** How long a mistaken "modtaget af ØJB" can be undone by the person who clicked it. */
    public static final java.time.Duration UNDO_RECEIVED = java.time.Duration.ofMinutes(10);

    private final dk.elaas.common.persistence.Tx tx;
    private final Clock clock;
    private final OutboxService outbox;
    private final MailSettings recipients;
    private final ConsentGrants grants;
    private final Supplier<String> actorName;
    private final Supplier<dk.elaas.identity.Actor> actor;

    /*
     * Least privilege (DOMAIN.md "Users and what each may do"): clerks handle the case, ØJB confirms receipt,
     * field staff may record a withdrawal given in the citizen's home; suppliers change no consent.
     */
    private static final Set<String> SEND_ROLES = Set.of("CLERK", "ADMINISTRATOR");
    private static final Set<String> RECEIVE_ROLES = Set.of("CLERK", "OEJB", "ADMINISTRATOR");
    private static final Set<String> WITHDRAW_ROLES = Set.of("CLERK", "FIELD_STAFF", "ADMINISTRATOR");

    private void allow(String action, Set<String> roles) {
        dk.elaas.identity.Actor who = actor.get();
        if (!roles.contains(who.auditRole())) {
            throw new ConsentTransitionException("consent.error.notAllowed",
                    who.role() + " may not " + action + " a consent", who.name());
        }
    }

    public ConsentLifecycleService(dk.elaas.common.persistence.Tx tx, Clock clock, OutboxService outbox,
                                   MailSettings recipients, ConsentGrants grants, Supplier<dk.elaas.identity.Actor> actor) {
        this.tx = tx;
        this.clock = clock;
        this.outbox = outbox;
        this.recipients = recipients;
        this.grants = grants;
        this.actor = actor;
        this.actorName = () -> actor.get().name();
    }

    /** "Send til systemejer og ØJB": composes and queues the mail, REGISTERED → SENT. */
    @Override
    public LifecycleResult send(UUID consentId) {
        allow("send", SEND_ROLES);
        List<String> to = new ArrayList<>(recipients.systemOwner());
        to.addAll(recipients.oejb());
        expireIfDue(consentId);
        return tx.call(s -> {
            Consent c = load(s, consentId);
            require(c, ConsentStatus.SENT, EnumSet.of(ConsentStatus.REGISTERED));
            MailDraft.Attachment pdf = attachment(s, c);
            UUID mailId = outbox.queue(s, ConsentMail.draft(c, to, pdf), c.getId());
            Instant now = clock.instant();
            c.markSent(now, actorName.get());
            move(s, c, ConsentStatus.SENT, null);
            return new LifecycleResult(c.getId(), c.getStatus(), mailId, 0, List.of());
        });
    }

    /** "Modtaget af ØJB": SENT → RECEIVED; access may be granted from now. Supersedes older consents of the pair. */
    @Override
    public LifecycleResult markReceived(UUID consentId, LocalDate receivedOn, String confirmedBy) {
        allow("markReceived", RECEIVE_ROLES);
        LocalDate today = LocalDate.now(clock);
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new ConsentTransitionException("consent.error.receivedDate",
                    "The date ØJB received the consent must be given and not in the future: " + receivedOn);
        }
        expireIfDue(consentId);
        return tx.call(s -> {
            Consent c = load(s, consentId);
            Set<ConsentStatus> from = c.getChannel() == ConsentChannel.MITID
                    ? EnumSet.of(ConsentStatus.SENT, ConsentStatus.REGISTERED) : EnumSet.of(ConsentStatus.SENT);
            require(c, ConsentStatus.RECEIVED, from);
            String who = confirmedBy == null || confirmedBy.isBlank() ? actorName.get() : confirmedBy.trim();
            c.markReceived(receivedOn, who);
            move(s, c, ConsentStatus.RECEIVED, null);
            Superseded sup = supersedeOlder(s, c);
            return new LifecycleResult(c.getId(), c.getStatus(), null, sup.grantsEnded(), sup.ids());
        });
    }

    /**
     * Undoes a mistaken "modtaget af ØJB": back to the status before, the date and who cleared, the undo in the
     * history and the audit trail. Only by the person who marked it, within {@link #UNDO_RECEIVED}, and only while
     * nothing has built on it: no access granted under it and no older consent superseded by it.
     */
    @Override
    public LifecycleResult undoReceived(UUID consentId) {
        allow("undo markReceived", RECEIVE_ROLES);
        Instant now = clock.instant();
        return tx.call(s -> {
            Consent c = load(s, consentId);
            ConsentStatusChange last = s.createSelectionQuery("from ConsentStatusChange h where h.consent = :c"
                            + " order by h.changedAt desc, h.id desc", ConsentStatusChange.class)
                    .setParameter("c", c).setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (c.getStatus() != ConsentStatus.RECEIVED || last == null || last.getToStatus() != ConsentStatus.RECEIVED) {
                throw new ConsentTransitionException("consent.error.undo.notReceived",
                        "Only a consent just marked received can be undone; it is " + c.getStatus());
            }
            if (!actorName.get().equals(last.getChangedBy())
                    || last.getChangedAt().plus(UNDO_RECEIVED).isBefore(now)) {
                throw new ConsentTransitionException("consent.error.undo.tooLate",
                        "Received can be undone only by " + last.getChangedBy() + " within " + UNDO_RECEIVED,
                        UNDO_RECEIVED.toMinutes());
            }
            long superseded = s.createSelectionQuery("select count(*) from Consent o where o.supersededBy = :id",
                    Long.class).setParameter("id", c.getId()).getSingleResult();
            if (superseded > 0 || !grants.grantsOf(s, c.getId()).isEmpty()) {
                throw new ConsentTransitionException("consent.error.undo.builtOn",
                        "Access was granted under the consent or it replaced an older one; withdraw it instead");
            }
            c.clearReceived();
            move(s, c, last.getFromStatus(), "Fortrudt: modtaget af ØJB");
            return new LifecycleResult(c.getId(), c.getStatus(), null, 0, List.of());
        });
    }

    /**
     * ØJB has confirmed the access under a withdrawn consent is removed from the Phoniro locks: the task "until ØJB
     * confirms" closes. {@code confirmedBy} is who at ØJB said so (the signed-in user when blank).
     */
    @Override
    public LifecycleResult confirmAccessRemoved(UUID consentId, LocalDate confirmedOn, String confirmedBy) {
        allow("confirm access removed for", RECEIVE_ROLES);
        if (confirmedOn == null || confirmedOn.isAfter(LocalDate.now(clock))) {
            throw new ConsentTransitionException("consent.error.removedDate",
                    "The date ØJB confirmed the removal must be given and not in the future: " + confirmedOn);
        }
        return tx.call(s -> {
            Consent c = load(s, consentId);
            if (c.getStatus() != ConsentStatus.WITHDRAWN || c.getWithdrawnByKind() == WithdrawnBy.SUPERSEDED) {
                throw new ConsentTransitionException("consent.error.removedNotWithdrawn",
                        "Only a withdrawn consent waits for ØJB to remove the access; it is " + c.getStatus());
            }
            if (c.getAccessRemovedOn() != null) {
                throw new ConsentTransitionException("consent.error.removedAlready", "Already confirmed on "
                        + c.getAccessRemovedOn(), dk.elaas.common.validation.DanishDates.format(c.getAccessRemovedOn()));
            }
            if (confirmedOn.isBefore(c.getWithdrawnOn())) {
                throw new ConsentTransitionException("consent.error.removedDate",
                        "ØJB cannot have removed the access before the withdrawal: " + confirmedOn);
            }
            c.markAccessRemoved(confirmedOn, confirmedBy == null || confirmedBy.isBlank() ? actorName.get()
                    : confirmedBy.trim());
            s.flush();
            return new LifecycleResult(c.getId(), c.getStatus(), null, 0, List.of());
        });
    }

    /** Withdrawal by the citizen, or by an employee on the citizen's behalf: every active grant under it ends. */
    @Override
    public LifecycleResult withdraw(UUID consentId, Withdrawal w) {
        allow("withdraw", WITHDRAW_ROLES);
        if (w == null || w.by() == null || w.by() == WithdrawnBy.SUPERSEDED) {
            throw new ConsentTransitionException("consent.error.withdrawnBy",
                    "Say whether the citizen withdrew the consent or an employee did on the citizen's behalf");
        }
        if (w.reason() == null || w.reason().isBlank()) {
            throw new ConsentTransitionException("consent.error.reasonRequired", "A withdrawal needs a reason");
        }
        if (w.withdrawnOn() == null || w.withdrawnOn().isAfter(LocalDate.now(clock))) {
            throw new ConsentTransitionException("consent.error.withdrawnDate",
                    "The withdrawal date must be given and not in the future: " + w.withdrawnOn());
        }
        expireIfDue(consentId);
        return tx.call(s -> {
            Consent c = load(s, consentId);
            require(c, ConsentStatus.WITHDRAWN, OPEN);
            String reason = w.reason().trim();
            c.markWithdrawn(w.withdrawnOn(), actorName.get(), w.by(), reason);
            move(s, c, ConsentStatus.WITHDRAWN, reason);
            int ended = grants.endAll(s, c.getId(), clock.instant(), "Samtykket er tilbagekaldt: " + reason);
            // ØJB removes the access in Phoniro: the mail to ØJB and the system owner is a draft on the consent.
            List<String> to = new ArrayList<>(recipients.oejb());
            to.addAll(recipients.systemOwner());
            UUID mailId = outbox.queue(s, ConsentMail.withdrawalDraft(c, to, w.withdrawnOn(), reason, ended), c.getId());
            return new LifecycleResult(c.getId(), c.getStatus(), mailId, ended, List.of());
        });
    }

    /** Expires every open consent whose valid-until date has passed; run at start-up and daily. */
    public ExpiryRun expireDue() {
        LocalDate today = LocalDate.now(clock);
        return tx.call(s -> {
            List<Consent> due = s.createSelectionQuery("from Consent c where c.status in :open"
                            + " and c.validUntil is not null and c.validUntil < :today", Consent.class)
                    .setParameterList("open", OPEN).setParameter("today", today).getResultList();
            int ended = 0;
            List<UUID> ids = new ArrayList<>();
            for (Consent c : due) {
                move(s, c, ConsentStatus.EXPIRED, "Gyldig til " + c.getValidUntil() + " er passeret", SYSTEM_ACTOR);
                ended += grants.endAll(s, c.getId(), clock.instant(), "Samtykket er udløbet");
                ids.add(c.getId());
            }
            return new ExpiryRun(ids, ended);
        });
    }

    /**
     * Stores the expiry of one consent whose valid-until date has passed (its own transaction, so it stays stored
     * when the step asked for is refused): a step on it then meets EXPIRED and is refused with the date.
     */
    private void expireIfDue(UUID consentId) {
        LocalDate today = LocalDate.now(clock);
        tx.run(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c != null && c.getStatus() != ConsentStatus.EXPIRED && c.statusOn(today) == ConsentStatus.EXPIRED) {
                move(s, c, ConsentStatus.EXPIRED, "Gyldig til " + c.getValidUntil() + " er passeret", SYSTEM_ACTOR);
                grants.endAll(s, c.getId(), clock.instant(), "Samtykket er udløbet");
            }
        });
    }

    /**
     * Applies the supersede rule for a received consent (markReceived does this by itself; call it for
     * consents received before this rule existed). Returns the ids of the consents it replaced.
     */
    public LifecycleResult supersede(UUID newerId) {
        return tx.call(s -> {
            Consent c = load(s, newerId);
            if (c.getStatus() != ConsentStatus.RECEIVED) {
                throw new ConsentTransitionException("consent.error.supersedeNotReceived",
                        "Only a consent ØJB has received can replace an older one; this one is " + c.getStatus(),
                        c.getStatus());
            }
            Superseded sup = supersedeOlder(s, c);
            return new LifecycleResult(c.getId(), c.getStatus(), null, sup.grantsEnded(), sup.ids());
        });
    }

    private record Superseded(List<UUID> ids, int grantsEnded) {
    }

    private Superseded supersedeOlder(Session s, Consent newer) {
        List<Consent> older = s.createSelectionQuery("from Consent c where c.citizen = :citizen"
                        + " and c.supplier = :supplier and c.id <> :id and c.status in :open"
                        + " and (c.signedOn < :signed or (c.signedOn = :signed and c.createdAt < :created))",
                        Consent.class)
                .setParameter("citizen", newer.getCitizen()).setParameter("supplier", newer.getSupplier())
                .setParameter("id", newer.getId()).setParameterList("open", OPEN)
                .setParameter("signed", newer.getSignedOn()).setParameter("created", newer.getCreatedAt())
                .getResultList();
        List<UUID> ids = new ArrayList<>();
        int ended = 0;
        String reason = "Erstattet af nyere samtykke underskrevet " + newer.getSignedOn();
        for (Consent old : older) {
            old.markWithdrawn(LocalDate.now(clock), actorName.get(), WithdrawnBy.SUPERSEDED, reason);
            old.markSuperseded(newer.getId());
            move(s, old, ConsentStatus.WITHDRAWN, reason);
            ended += grants.transfer(s, old.getId(), newer.getId(), newer.getServices(), clock.instant(), reason);
            ids.add(old.getId());
        }
        return new Superseded(ids, ended);
    }

    private MailDraft.Attachment attachment(Session s, Consent c) {
        List<ConsentDocument> docs = s.createSelectionQuery(
                        "from ConsentDocument d where d.consent = :c and d.kind in :kinds order by d.createdAt",
                        ConsentDocument.class)
                .setParameter("c", c).setParameterList("kinds", List.of(DocumentKind.NORMALIZED_PDF, DocumentKind.RECEIPT))
                .getResultList();
        ConsentDocument doc = docs.stream().filter(d -> d.getKind() == DocumentKind.NORMALIZED_PDF).findFirst()
                .orElse(docs.isEmpty() ? null : docs.get(0));
        if (doc == null) {
            if (c.getChannel() == ConsentChannel.MITID) {
                return null; // a MitID consent may have no receipt file; the mail names the receipt reference
            }
            throw new ConsentTransitionException("consent.error.noDocument",
                    "A paper consent is sent with its stored PDF, and this one has none");
        }
        return new MailDraft.Attachment(fileName(c), doc.getMediaType(), doc.getContent());
    }

    private static String fileName(Consent c) {
        String name = c.getCitizen().getName().replaceAll("[^\\p{L}\\p{N}]+", "_");
        return "Samtykkeerklæring_" + name + ".pdf";
    }

    private static Consent load(Session s, UUID id) {
        Consent c = s.find(Consent.class, id);
        if (c == null) {
            throw new ConsentTransitionException("consent.error.notFound", "No consent with id " + id);
        }
        return c;
    }

    private static void require(Consent c, ConsentStatus target, Set<ConsentStatus> allowedFrom) {
        if (c.getStatus() == ConsentStatus.EXPIRED) {
            throw new ConsentTransitionException("consent.error.expired", "An expired consent cannot become " + target,
                    c.getValidUntil() == null ? "" : dk.elaas.common.validation.DanishDates.format(c.getValidUntil()));
        }
        if (!allowedFrom.contains(c.getStatus())) {
            String key = c.getStatus() == ConsentStatus.WITHDRAWN || c.getStatus() == ConsentStatus.EXPIRED
                    ? "consent.error.final" : "consent.error.transition";
            throw new ConsentTransitionException(key, "A consent that is " + c.getStatus() + " cannot become " + target,
                    c.getStatus(), target);
        }
    }

    private void move(Session s, Consent c, ConsentStatus to, String reason) {
        move(s, c, to, reason, actorName.get());
    }

    private void move(Session s, Consent c, ConsentStatus to, String reason, String who) {
        ConsentStatus from = c.getStatus();
        c.setStatus(to);
        s.persist(new ConsentStatusChange(c, from, to, clock.instant(), who, reason));
    }
}
