package dk.elaas.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a token's app roles or groups to eLås roles, as the server's configuration says (Entra ID: app roles in
 * {@code roles}, or group object ids in {@code groups}). Nobody picks a role: it comes from the directory.
 * A person in several mapped groups gets the broadest of them, in the order of {@link #PRECEDENCE}.
 */
public final class RoleMapping {

    static final List<Role> PRECEDENCE = List.of(Role.ADMINISTRATOR, Role.CLERK, Role.OEJB, Role.FIELD_STAFF,
            Role.SUPPLIER);

    /** What a token says about its holder; {@code supplierCvr} only for the Supplier role. */
    public record Mapped(Role role, String supplierCvr) {
    }

    private final String rolesClaim;
    private final String supplierCvrClaim;
    private final Map<Role, Set<String>> values;

    public RoleMapping(String rolesClaim, String supplierCvrClaim, Map<Role, Set<String>> values) {
        this.rolesClaim = rolesClaim;
        this.supplierCvrClaim = supplierCvrClaim;
        this.values = new EnumMap<>(Role.class);
        values.forEach((role, v) -> this.values.put(role, Set.copyOf(v)));
    }

    public Optional<Mapped> map(JWTClaimsSet claims) {
        Set<String> held = new LinkedHashSet<>();
        Object raw = claims.getClaim(rolesClaim);
        if (raw instanceof Collection<?> c) {
            c.forEach(v -> held.add(String.valueOf(v)));
        } else if (raw instanceof String s) {
            held.addAll(List.of(s.split("[ ,]+")));
        }
        for (Role role : PRECEDENCE) {
            if (values.getOrDefault(role, Set.of()).stream().anyMatch(held::contains)) {
                String cvr = null;
                if (role == Role.SUPPLIER) {
                    Object c = claims.getClaim(supplierCvrClaim);
                    cvr = c == null ? null : String.valueOf(c).replaceAll("\\s", "");
                }
                return Optional.of(new Mapped(role, cvr));
            }
        }
        return Optional.empty();
    }

    public String rolesClaim() {
        return rolesClaim;
    }
}
