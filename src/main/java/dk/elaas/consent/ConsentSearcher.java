package dk.elaas.consent;

import java.util.List;

/** The register's search as the screens see it: the embedded database or the central server answers. */
@FunctionalInterface
public interface ConsentSearcher {
    List<ConsentSummary> search(ConsentSearch query);
}
