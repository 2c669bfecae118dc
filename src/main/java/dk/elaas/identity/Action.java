package dk.elaas.identity;

/** Everything a person can ask eLås to do, as the authorization policy knows it. */
public enum Action {
    /** List and open consents (a supplier: only those naming its company). */
    READ_CONSENTS,
    /** "Has this citizen a valid consent?" by exact CPR or id. */
    CHECK_CONSENT,
    /** The same check by part of a name: a search across citizens. */
    SEARCH_CITIZENS,
    /** See the whole CPR number, name, birth date and address of a citizen. */
    SEE_CITIZEN_DETAILS,
    REGISTER_CONSENT,
    CORRECT_CONSENT,
    SEND_CONSENT,
    MARK_RECEIVED,
    WITHDRAW_CONSENT,
    EXPORT,
    READ_SUPPLIERS,
    MANAGE_SUPPLIERS,
    READ_ONBOARDING,
    /** Start an onboarding case (a supplier: for its own employees). */
    START_ONBOARDING,
    /** Complete and correct steps, offboard. */
    MANAGE_ONBOARDING,
    READ_DOCUMENTS,
    READ_AUDIT,
    CHANGE_SETTINGS,
    MANAGE_USERS
}
