package dk.elaas.common.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text column that holds the name of one of {@link #value}'s constants, so the audit log can show the
 * constant's text (as for an enum-typed field) instead of the code.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditCode {
    Class<? extends Enum<?>> value();
}
