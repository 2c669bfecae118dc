package dk.elaas.audit;

/** Who is acting, as the audit log records it. */
public record Actor(String name, String role) {

    public static final Actor SYSTEM = new Actor("eLås (system)", "SYSTEM");
}
