package dk.elaas.identity.signin;

import dk.elaas.common.i18n.LocalizedException;

/**
 * Sign-in, refresh or sign-out did not work. {@link #reason()} says why in a form the UI can tell the user
 * ({@code signin.error.<reason>} in the message bundles); the text never contains a token.
 */
public final class SignInException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as the user should hear it. */
    public enum Reason {
        /** The configuration is incomplete or malformed (argument: what is wrong). */
        CONFIG_INVALID,
        /** The identity provider could not be reached or did not answer as an OIDC provider. */
        ISSUER_UNREACHABLE,
        /** The system browser could not be opened. */
        BROWSER_FAILED,
        /** The user pressed "Annullér" (or closed the window) before the browser came back. */
        CANCELLED,
        /** The browser did not come back within the time allowed. */
        TIMEOUT,
        /** The answer in the browser did not belong to this sign-in (state mismatch: a forged or stale redirect). */
        WRONG_STATE,
        /** The provider refused the sign-in (argument: the provider's error code, e.g. access_denied). */
        PROVIDER_REFUSED,
        /** The provider's tokens did not pass validation (signature, issuer, audience, nonce, expiry). */
        TOKEN_INVALID,
        /** The session can no longer be renewed (refresh token expired or revoked); sign in again. */
        SESSION_EXPIRED,
        /** The user signed out; no token is held any more. */
        SIGNED_OUT
    }

    private final Reason reason;

    public SignInException(Reason reason, Throwable cause, Object... args) {
        super(cause, "signin.error." + key(reason), args);
        this.reason = reason;
    }

    public SignInException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public Reason reason() {
        return reason;
    }

    private static String key(Reason reason) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : reason.name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
