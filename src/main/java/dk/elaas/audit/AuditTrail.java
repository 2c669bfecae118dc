package dk.elaas.audit;

import dk.elaas.identity.Actor;
import dk.elaas.common.persistence.Auditable;
import dk.elaas.common.persistence.Sensitive;
import dk.elaas.common.validation.Cpr;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes an audit row for every insert, update and delete that Hibernate flushes, on the same JDBC
 * connection and so in the same transaction as the change: the change and its audit row commit or roll
 * back together, and no service can forget to audit. Values of {@link Sensitive} fields are masked.
 */
public final class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final int MAX_VALUE_CHARS = 120;
    private static final int MAX_DETAILS_CHARS = 8000;
    private static final Set<String> IGNORED_PROPERTIES = Set.of("version", "createdAt", "updatedAt");

    private final Supplier<Actor> actor;
    private final Clock clock;
    private final Map<Class<?>, Set<String>> sensitiveFields = new ConcurrentHashMap<>();

    public AuditTrail(Supplier<Actor> actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        List<String> fields = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Object[] state = event.getState();
        for (int i = 0; i < names.length; i++) {
            if (!IGNORED_PROPERTIES.contains(names[i]) && !isEmpty(state[i])) {
                fields.add(names[i]);
                details.add(names[i] + ": " + render(event.getEntity(), names[i], state[i]));
            }
        }
        write(event.getSession(), event.getEntity(), event.getId(), AuditAction.CREATE, fields, details);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return;
        }
        List<String> fields = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Object[] old = event.getOldState();
        Object[] now = event.getState();
        for (int i : dirty) {
            if (IGNORED_PROPERTIES.contains(names[i])) {
                continue;
            }
            fields.add(names[i]);
            String before = old == null ? "?" : render(event.getEntity(), names[i], old[i]);
            details.add(names[i] + ": " + before + " → " + render(event.getEntity(), names[i], now[i]));
        }
        if (!fields.isEmpty()) {
            write(event.getSession(), event.getEntity(), event.getId(), AuditAction.UPDATE, fields, details);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(event.getSession(), event.getEntity(), event.getId(), AuditAction.DELETE, List.of(), List.of());
    }

    /**
     * Records that the current user was shown sensitive data of a record (a full CPR number), inside the
     * caller's transaction. Reads change no entity, so no listener sees them: the reading service calls this.
     */
    public void recordView(org.hibernate.Session session, Object entity, Object id, String what) {
        // A lazy association arrives as a proxy; the log names the entity's own class.
        write(session.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class),
                org.hibernate.Hibernate.unproxy(entity), id, AuditAction.VIEW, List.of(what), List.of());
    }

    /**
     * Records that the current user exported data out of the app (a consent for journalising, a CSV of the
     * register), inside the caller's transaction. {@code what} names what was exported and where to.
     */
    public void recordExport(org.hibernate.Session session, Object entity, Object id, String what) {
        write(session.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class),
                org.hibernate.Hibernate.unproxy(entity), id, AuditAction.EXPORT, List.of(what), List.of(what));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(org.hibernate.engine.spi.SharedSessionContractImplementor session, Object entity, Object id, AuditAction action,
                       List<String> fields, List<String> details) {
        if (entity instanceof AuditEvent || entity instanceof dk.elaas.common.persistence.NotAudited) {
            return;
        }
        Actor who = Objects.requireNonNullElse(actor.get(), Actor.SYSTEM);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String label = entity instanceof Auditable a ? truncate(a.auditLabel(), 300) : null;
        AuditChain.Entry entry = new AuditChain.Entry(0, null, now, truncate(who.subject(), 200),
                truncate(who.name(), 200), who.auditRole(), truncate(who.device(), 200), action.name(),
                entity.getClass().getSimpleName(), String.valueOf(id), label,
                truncate(String.join(", ", fields), 2000), truncate(String.join("\n", details), MAX_DETAILS_CHARS));
        session.doWork(connection -> AuditChain.append(connection, entry));
    }

    private String render(Object entity, String property, Object value) {
        if (value == null) {
            return "–";
        }
        if (isSensitive(entity.getClass(), property)) {
            return Cpr.mask(String.valueOf(value));
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
            return String.valueOf(proxy.getHibernateLazyInitializer().getIdentifier());
        }
        if (value instanceof Auditable a) {
            return a.auditLabel();
        }
        return "\"" + truncate(String.valueOf(value), MAX_VALUE_CHARS) + "\"";
    }

    private boolean isSensitive(Class<?> type, String property) {
        return sensitiveFields.computeIfAbsent(type, AuditTrail::findSensitiveFields).contains(property);
    }

    private static Set<String> findSensitiveFields(Class<?> type) {
        Set<String> names = new java.util.HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Sensitive.class)) {
                    names.add(f.getName());
                }
            }
        }
        return Set.copyOf(names);
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
