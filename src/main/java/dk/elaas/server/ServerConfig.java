package dk.elaas.server;

import dk.elaas.identity.Role;
import dk.elaas.identity.RoleMapping;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server's settings, from a properties file and the environment (an environment variable wins: the key in
 * upper case with dots and dashes as underscores, prefixed {@code ELAAS_}, e.g. {@code ELAAS_DB_URL}). Every
 * missing or wrong setting is reported at once, each with what to do, before anything starts.
 */
public record ServerConfig(String dbUrl, String dbUser, String dbPassword, String dbSchema, String dbRole,
                           String oidcIssuer, String oidcAudience, URI oidcJwksUri, RoleMapping roles,
                           String host, int port, Path tlsKeystore, String tlsPassword, String desktopClientId,
                           List<String> desktopScopes) {

    public static final List<String> KEYS = List.of("db.url", "db.user", "db.password", "db.schema", "db.role",
            "oidc.issuer", "oidc.audience", "oidc.jwks-uri", "oidc.roles-claim", "oidc.supplier-cvr-claim",
            "oidc.desktop-client-id", "oidc.desktop-scopes",
            "role.clerk", "role.field-staff", "role.supplier", "role.oejb", "role.administrator",
            "server.host", "server.port", "tls.keystore", "tls.password");

    public boolean tls() {
        return tlsKeystore != null;
    }

    /** Reads {@code file} (may be null) and then the environment. */
    public static ServerConfig load(Path file, Map<String, String> env) {
        Properties p = new Properties();
        List<String> problems = new ArrayList<>();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                problems.add("Konfigurationsfilen " + file + " kan ikke læses: " + e.getMessage());
            }
        }
        for (String key : KEYS) {
            String v = env.get(envName(key));
            if (v != null && !v.isBlank()) {
                p.setProperty(key, v);
            }
        }
        return from(p, problems);
    }

    static String envName(String key) {
        return "ELAAS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    static ServerConfig from(Properties p, List<String> problems) {
        String dbUrl = required(p, "db.url", "JDBC-adressen til PostgreSQL, fx jdbc:postgresql://127.0.0.1:5432/elaas",
                problems);
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            problems.add("db.url skal være en PostgreSQL-adresse (jdbc:postgresql://…), ikke " + dbUrl);
        }
        String dbUser = p.getProperty("db.user", "postgres");
        String dbRole = p.getProperty("db.role", "elaas_app");
        if (!dbRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            problems.add("db.role skal være et databaserollenavn med små bogstaver, tal og _ (fx elaas_app)");
        }
        String issuer = required(p, "oidc.issuer", "OpenID Connect-udstederen, fx https://login.microsoftonline.com/<tenant>/v2.0",
                problems);
        String audience = required(p, "oidc.audience", "API'ets audience (Entra: api://<app-id> eller app-id)", problems);
        URI jwks = null;
        String jwksText = p.getProperty("oidc.jwks-uri");
        if (jwksText != null && !jwksText.isBlank()) {
            jwks = uri("oidc.jwks-uri", jwksText, problems);
        } else if (issuer != null) {
            jwks = null; // found through the issuer's discovery document at start
            uri("oidc.issuer", issuer, problems);
        }
        Map<Role, Set<String>> mapping = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String v = p.getProperty("role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (v != null && !v.isBlank()) {
                mapping.put(role, Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        }
        if (mapping.isEmpty()) {
            problems.add("Ingen rolletildeling: angiv mindst én af role.clerk, role.field-staff, role.supplier,"
                    + " role.oejb, role.administrator med app-roller eller gruppe-id'er fra tokenet");
        }
        RoleMapping roles = new RoleMapping(p.getProperty("oidc.roles-claim", "roles"),
                p.getProperty("oidc.supplier-cvr-claim", "supplier_cvr"), mapping);
        String host = p.getProperty("server.host", "127.0.0.1");
        int port = 0;
        String portText = p.getProperty("server.port", "8080");
        try {
            port = Integer.parseInt(portText.trim());
            if (port < 0 || port > 65535) {
                problems.add("server.port skal være mellem 0 og 65535, ikke " + portText);
            }
        } catch (NumberFormatException e) {
            problems.add("server.port skal være et tal, ikke " + portText);
        }
        Path keystore = null;
        String ks = p.getProperty("tls.keystore");
        String tlsPassword = p.getProperty("tls.password");
        if (ks != null && !ks.isBlank()) {
            keystore = Path.of(ks);
            if (!Files.isReadable(keystore)) {
                problems.add("tls.keystore " + ks + " findes ikke eller kan ikke læses");
            }
            if (tlsPassword == null) {
                problems.add("tls.password mangler (adgangskoden til tls.keystore)");
            }
        } else if (!isLoopback(host)) {
            problems.add("Uden TLS må serveren kun lytte på loopback (127.0.0.1) til udvikling: angiv tls.keystore"
                    + " og tls.password, eller server.host=127.0.0.1");
        }
        if (!problems.isEmpty()) {
            throw new ServerConfigException(problems);
        }
        return new ServerConfig(dbUrl, dbUser, p.getProperty("db.password", ""), emptyToNull(p.getProperty("db.schema")),
                dbRole, issuer, audience, jwks, roles, host, port, keystore, tlsPassword,
                emptyToNull(p.getProperty("oidc.desktop-client-id")),
                // The API's scope the desktop asks for (Entra: api://<app-id>/<scope>); by default the audience.
                List.of(p.getProperty("oidc.desktop-scopes", audience == null ? "" : audience).trim().split("\\s+")));
    }

    private static String required(Properties p, String key, String what, List<String> problems) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            problems.add(key + " mangler (" + envName(key) + "): " + what);
            return null;
        }
        return v.trim();
    }

    private static URI uri(String key, String value, List<String> problems) {
        try {
            URI u = URI.create(value.trim());
            if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && isLoopback(u.getHost()))) {
                problems.add(key + " skal være en https-adresse (http kun på loopback til udvikling): " + value);
            }
            return u;
        } catch (IllegalArgumentException e) {
            problems.add(key + " er ikke en gyldig adresse: " + value);
            return null;
        }
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
