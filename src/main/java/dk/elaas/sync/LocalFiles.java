package dk.elaas.sync;

import dk.elaas.common.persistence.Tx;
import dk.elaas.consent.ConsentDocument;
import java.util.Optional;
import java.util.function.Function;

/** The files a queued operation names, read from this client's own register by their SHA-256. */
public final class LocalFiles {

    private LocalFiles() {
    }

    public static Function<String, Optional<byte[]>> of(Tx tx) {
        return sha256 -> tx.call(s -> s.createSelectionQuery("from ConsentDocument d where d.sha256 = :sha",
                        ConsentDocument.class).setParameter("sha", sha256).setMaxResults(1).getResultStream()
                .findFirst().map(ConsentDocument::getContent));
    }
}
