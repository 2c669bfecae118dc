package dk.elaas.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.consent.ConsentCheck;
import dk.elaas.consent.ConsentSearch;
import dk.elaas.consent.ConsentSummary;
import dk.elaas.remote.RemoteException;
import dk.elaas.remote.RemoteRegister;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desktop's remote register against a real server: two people on two "PCs" see one register, each as the
 * server allows — the clerk everything, the supplier its own company's consents and a bare yes/no.
 */
class RemoteRegisterIT {

    static ServerWorld world;
    static String cvrA = ServerWorld.cvr(5512340);
    static String cvrB = ServerWorld.cvr(6623450);
    static String consentA;
    static String consentB;

    @BeforeAll
    static void start() {
        world = new ServerWorld();
        world.startServer();
        ServerApiIT.world = world;
        String a = ServerApiIT.createSupplier(0, "Madhuset Syd ApS", cvrA);
        String b = ServerApiIT.createSupplier(0, "Vaskeriet Nord I/S", cvrB);
        consentA = ServerApiIT.register(0, "Grethe Munk", "050548-2222", a);
        consentB = ServerApiIT.register(0, "Poul Holm", "171139-3333", b);
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    RemoteRegister client(String token) {
        return new RemoteRegister(URI.create(world.base(0)), () -> token, "test-pc");
    }

    @Test
    void aClerksClientSeesWhatAnotherClientRegistered() {
        List<ConsentSummary> found = client(world.clerk()).search(ConsentSearch.text("Munk", 50));

        assertThat(found).extracting(ConsentSummary::id).extracting(Object::toString).containsExactly(consentA);
        assertThat(found.get(0).maskedCpr()).startsWith("050548");
    }

    @Test
    void aSuppliersClientListsOnlyItsOwnAndCannotSearchCitizens() {
        RemoteRegister supplier = client(world.supplier(cvrA));

        assertThat(supplier.search(ConsentSearch.text(null, 50))).extracting(ConsentSummary::citizenName)
                .containsExactly("Grethe Munk");
        assertThatThrownBy(() -> supplier.search(ConsentSearch.text("Holm", 50)))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> supplier.check("Holm"))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.messageKey()).isEqualTo("access.denied"));
    }

    @Test
    void aSuppliersCheckByCprShowsNoCitizenOnlyItsOwnLine() {
        ConsentCheck own = client(world.supplier(cvrA)).check("050548-2222");
        ConsentCheck other = client(world.supplier(cvrA)).check("171139-3333");

        assertThat(own.citizens()).hasSize(1);
        assertThat(own.citizens().get(0).name()).isNull();
        assertThat(own.citizens().get(0).suppliers()).extracting(ConsentCheck.SupplierLine::supplierName)
                .containsExactly("Madhuset Syd ApS");
        assertThat(other.citizens()).isEmpty();
    }

    @Test
    void anExpiredOrMissingSignInIsToldApartFromOtherErrors() {
        RemoteRegister nobody = client(null);

        assertThatThrownBy(() -> nobody.search(ConsentSearch.text(null, 5)))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.signInNeeded()).isTrue());
    }

    @Test
    void anUnreachableServerSaysSoInDanish() {
        RemoteRegister gone = new RemoteRegister(URI.create("http://127.0.0.1:1"), world::clerk, "pc");

        assertThatThrownBy(() -> gone.search(ConsentSearch.text(null, 5)))
                .isInstanceOfSatisfying(RemoteException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("remote.error.unreachable"));
    }
}
