package dk.elaas.audit;

import dk.elaas.common.persistence.AuditCode;
import dk.elaas.common.persistence.Sensitive;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the audit trail can write, read from the entity classes: for each entity type (the simple class name
 * the trail stores) its fields and what kind of value each holds. The log screen uses it to turn the stored
 * text back into something a person reads (a date as a date, an enum constant as its text); the tests use it
 * to require a translation for everything the trail can record.
 */
public final class AuditVocabulary {

    /** How a field's stored value is to be read. */
    public enum Kind { TEXT, ENUM, DATE, TIMESTAMP, BOOLEAN, NUMBER, REFERENCE, CODES, BYTES, SENSITIVE }

    /** One field's kind; {@code enumType} is set for {@link Kind#ENUM}. */
    public record FieldType(Kind kind, Class<? extends Enum<?>> enumType) {
        static final FieldType TEXT = new FieldType(Kind.TEXT, null);
    }

    /** The columns every entity has; the trail never records them. */
    private static final Set<String> NOT_RECORDED = Set.of("id", "version", "createdAt", "updatedAt");

    private final Map<String, Map<String, FieldType>> fieldsByEntity;

    private AuditVocabulary(Map<String, Map<String, FieldType>> fieldsByEntity) {
        this.fieldsByEntity = fieldsByEntity;
    }

    /** The vocabulary of these entity classes (the persistence unit's list, or part of it in a test). */
    public static AuditVocabulary of(Collection<Class<?>> entities) {
        Set<Class<?>> known = Set.copyOf(entities);
        Map<String, Map<String, FieldType>> byEntity = new LinkedHashMap<>();
        for (Class<?> entity : entities) {
            Map<String, FieldType> fields = new LinkedHashMap<>();
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (recorded(f)) {
                        fields.putIfAbsent(f.getName(), typeOf(f, known));
                    }
                }
            }
            byEntity.put(entity.getSimpleName(), Map.copyOf(fields));
        }
        return new AuditVocabulary(Map.copyOf(byEntity));
    }

    public static AuditVocabulary empty() {
        return new AuditVocabulary(Map.of());
    }

    /** The entity types the trail names, as stored in the log. */
    public Set<String> entityTypes() {
        return fieldsByEntity.keySet();
    }

    /** The fields of an entity type the trail can record; empty for an unknown type. */
    public Set<String> fields(String entityType) {
        return fieldsByEntity.getOrDefault(entityType, Map.of()).keySet();
    }

    public Optional<FieldType> field(String entityType, String field) {
        return Optional.ofNullable(fieldsByEntity.getOrDefault(entityType, Map.of()).get(field));
    }

    /** Every enum whose constants the trail can write, for one entity type or (with null) for all. */
    public Set<Class<? extends Enum<?>>> enumTypes(String entityTypeOrNull) {
        Set<Class<? extends Enum<?>>> found = new LinkedHashSet<>();
        fieldsByEntity.forEach((entity, fields) -> {
            if (entityTypeOrNull == null || entityTypeOrNull.equals(entity)) {
                fields.values().stream().filter(t -> t.enumType() != null).forEach(t -> found.add(t.enumType()));
            }
        });
        return found;
    }

    private static boolean recorded(Field f) {
        int m = f.getModifiers();
        return !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()
                && !f.isAnnotationPresent(jakarta.persistence.Transient.class) && !NOT_RECORDED.contains(f.getName());
    }

    @SuppressWarnings("unchecked")
    private static FieldType typeOf(Field f, Set<Class<?>> entities) {
        Class<?> t = f.getType();
        if (f.isAnnotationPresent(Sensitive.class)) {
            return new FieldType(Kind.SENSITIVE, null);
        }
        AuditCode code = f.getAnnotation(AuditCode.class);
        if (code != null) {
            return new FieldType(Kind.ENUM, code.value());
        }
        if (t.isEnum()) {
            return new FieldType(Kind.ENUM, (Class<? extends Enum<?>>) t);
        }
        if (t == LocalDate.class) {
            return new FieldType(Kind.DATE, null);
        }
        if (t == Instant.class || t == LocalDateTime.class || t == OffsetDateTime.class) {
            return new FieldType(Kind.TIMESTAMP, null);
        }
        if (t == boolean.class || t == Boolean.class) {
            return new FieldType(Kind.BOOLEAN, null);
        }
        if (t.isPrimitive() || Number.class.isAssignableFrom(t)) {
            return new FieldType(Kind.NUMBER, null);
        }
        if (t == UUID.class || entities.contains(t)) {
            return new FieldType(Kind.REFERENCE, null);
        }
        if (Collection.class.isAssignableFrom(t) || "services".equals(f.getName())) {
            return new FieldType(Kind.CODES, null);
        }
        if (t == byte[].class) {
            return new FieldType(Kind.BYTES, null);
        }
        return FieldType.TEXT;
    }
}
