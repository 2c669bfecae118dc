package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.identity.Actor;
import dk.elaas.identity.Role;
import dk.elaas.testsupport.TestDatabases;
import dk.elaas.user.CurrentUser;
import dk.elaas.user.OsAccount;
import dk.elaas.user.UserRecord;
import dk.elaas.user.UserService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * The standalone app on the demo data: the computer account is who you are. An account the administrator has
 * not given a role waits on a screen naming the administrators, with the data folder released so the
 * administrator can give one; "Prøv igen" then opens the window with that role. A clerk sees the settings but
 * cannot change them, and has no user administration.
 */
class StandaloneIdentityUiTest extends DemoAppUiTest {

    private static final OsAccount OLE = new OsAccount("ole", "Ole Olsen");

    /** On screen: the node and every parent visible. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void anAccountWithoutARoleWaitsUntilAnAdministratorGivesOneAndThenWorks() throws Exception {
        waitForMainWindow();
        assertThat(text("#status-user")).contains("Mette Hansen").contains("Administrator");

        startAs(OLE);
        waitUntil(() -> shown("#retry"));
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("Ole Olsen").contains("konto ole"))
                .anySatisfy(t -> assertThat(t).contains("Administratorer på denne datamappe: Mette Hansen"));
        assertThat(lookup("#nav-consents").tryQuery().map(n -> !n.isDisabled()).orElse(false))
                .as("no register without a role").isFalse();

        // The waiting window has released the data folder: the administrator can open it and give the role.
        CurrentUser admin = new CurrentUser();
        try (var db = TestDatabases.h2(dataDir, admin::actor, CLOCK)) {
            UserService users = new UserService(db.tx(), admin);
            users.start(FIRST);
            UserRecord ole = users.list().stream().filter(u -> "ole".equals(u.account())).findFirst().orElseThrow();
            users.assign(ole.id(), Role.CLERK, null);
        }

        clickOn("#retry");
        waitForMainWindow();
        assertThat(text("#status-user")).contains("Ole Olsen").contains("Sagsbehandler");
        assertThat(app.context().currentUser().actor()).extracting(Actor::name, Actor::role)
                .containsExactly("Ole Olsen", Role.CLERK);
    }

    @Test
    void aClerkSeesTheSettingsReadOnlyAndNoUserAdministration() throws Exception {
        waitForMainWindow();
        CurrentUser admin = app.context().currentUser();
        app.context().users().add("ole", "Ole Olsen", Role.CLERK, null);
        assertThat(admin.get()).get().extracting(UserRecord::role).isEqualTo(Role.ADMINISTRATOR);

        startAs(OLE);
        waitForMainWindow();
        clickOn("#nav-settings");
        waitUntil(() -> lookup("#settings-read-only").tryQuery().isPresent());

        assertThat(shown("#userTable")).isFalse();
        assertThat(shown("#addUser")).isFalse();
        assertThat(text("#settings-read-only")).contains("Kun en administrator");
        assertThat(lookup("#settings-read-only").query().getParent().getChildrenUnmodifiable().get(1).isDisabled())
                .as("the workflow settings cannot be edited").isTrue();
        assertThat(lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("Ole Olsen").contains("Sagsbehandler"));
    }
}
