package dk.elaas.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hibernate makes a proxy class with ByteBuddy for every entity it may have to load lazily, at start-up, and
 * that class cannot go into the class-data archive: about 0.2 s of the installed app's 2 s to a usable database
 * (ADR 0006, docs/benchmarks.md). So an entity nothing refers to by a to-one association is final (no proxy), and
 * one that is referred to must not be (a lazy reference needs its proxy).
 */
class ProxiedEntitiesTest {

    @Test
    void onlyEntitiesReferredToByAToOneAssociationCanBeProxied() {
        Set<Class<?>> referred = new HashSet<>();
        for (Class<?> entity : PersistenceUnit.ENTITIES) {
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                        referred.add(f.getType());
                    }
                }
            }
        }
        List<String> finalButReferred = PersistenceUnit.ENTITIES.stream()
                .filter(e -> referred.contains(e) && Modifier.isFinal(e.getModifiers())).map(Class::getSimpleName).toList();
        List<String> proxiedForNothing = PersistenceUnit.ENTITIES.stream()
                .filter(e -> !referred.contains(e) && !Modifier.isFinal(e.getModifiers())).map(Class::getSimpleName).toList();
        assertThat(finalButReferred).as("referred to lazily, so Hibernate needs a proxy").isEmpty();
        assertThat(proxiedForNothing).as("never referred to: make it final so start-up makes no proxy for it").isEmpty();
        assertThat(referred).as("the lazy references still exist").isNotEmpty();
    }
}
