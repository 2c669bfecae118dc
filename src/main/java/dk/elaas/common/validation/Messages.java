package dk.elaas.common.validation;

/** Message keys shared by several validators. */
final class Messages {

    /** The field was left empty. */
    static final String REQUIRED = "validation.required";

    private Messages() {
    }
}
