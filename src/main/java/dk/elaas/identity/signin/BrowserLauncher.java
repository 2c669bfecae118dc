package dk.elaas.identity.signin;

import java.io.IOException;
import java.net.URI;

/**
 * Opens a page in the user's own browser (RFC 8252: never an embedded web view, so the user types the
 * password only into the browser they know and its single sign-on and MFA work). Tests follow the page's
 * redirects with an HTTP client instead.
 */
@FunctionalInterface
public interface BrowserLauncher {

    void open(URI uri) throws IOException;
}
