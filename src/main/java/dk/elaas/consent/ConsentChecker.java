package dk.elaas.consent;

/** "Has this citizen a valid consent?" as the screens see it: the embedded database or the central server. */
@FunctionalInterface
public interface ConsentChecker {
    ConsentCheck check(String query);
}
