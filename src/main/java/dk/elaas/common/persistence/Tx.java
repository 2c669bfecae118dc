package dk.elaas.common.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/** Opens one transaction per use case. Services call this; repositories use the session they are given. */
public final class Tx {

    private final SessionFactory sessionFactory;

    public Tx(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public <R> R call(Function<Session, R> work) {
        return sessionFactory.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }
}
