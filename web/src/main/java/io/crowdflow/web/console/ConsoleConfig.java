package io.crowdflow.web.console;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * What the browser console needs to know before anyone logs in: where Keycloak is (from the same realm URL
 * the server checks tokens against) and the public client it logs in with; and the content security policy
 * that lets it talk to exactly this server and that Keycloak.
 *
 * @param providerUrl the realm's issuer URL, e.g. {@code http://localhost:8180/realms/crowdflow}
 * @param clientId    the public client of the console, {@code crowdflow-web} in the demo realm
 */
public record ConsoleConfig(String providerUrl, String clientId) {

    static final String DEFAULT_PROVIDER_URL = "http://localhost:8180/realms/crowdflow";
    static final String DEFAULT_CLIENT_ID = "crowdflow-web";
    private static final String REALMS = "/realms/";

    public ConsoleConfig {
        URI uri = parse(providerUrl);
        if (uri.getScheme() == null || uri.getHost() == null || !providerUrl.contains(REALMS)) {
            throw new IllegalStateException("the OIDC provider URL must be a Keycloak realm URL such as "
                    + DEFAULT_PROVIDER_URL + ": " + providerUrl);
        }
        if (clientId == null || !clientId.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalStateException("the console's client id must be 1-100 of A-Z a-z 0-9 . _ -: " + clientId);
        }
    }

    /** From the settings the server already has (system property, else environment variable, else default). */
    public static ConsoleConfig fromSettings() {
        return new ConsoleConfig(setting("crowdflow.oidc.provider-url", DEFAULT_PROVIDER_URL),
                setting("crowdflow.console.client-id", DEFAULT_CLIENT_ID));
    }

    /** Keycloak's base URL as keycloak-js wants it: the provider URL up to {@code /realms/}. */
    public String keycloakUrl() {
        return providerUrl.substring(0, providerUrl.lastIndexOf(REALMS));
    }

    public String realm() {
        String realm = providerUrl.substring(providerUrl.lastIndexOf(REALMS) + REALMS.length());
        return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
    }

    /** Scheme, host and port of Keycloak: the one other origin the console may talk to. */
    public String keycloakOrigin() {
        URI uri = parse(providerUrl);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * Scripts, styles and everything else from this server only (no inline script or style, no eval);
     * fetches to this server and Keycloak's token endpoint; no framing, no plugins, forms post nowhere else.
     */
    public String contentSecurityPolicy() {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self' " + keycloakOrigin() + "; form-action 'self'; base-uri 'none'; "
                + "frame-ancestors 'none'; object-src 'none'";
    }

    /** The JSON the console reads at start ({@code /crowdflow/config.json}). */
    public String json() {
        return "{\"keycloak\": {\"url\": \"" + escape(keycloakUrl()) + "\", \"realm\": \"" + escape(realm())
                + "\", \"clientId\": \"" + escape(clientId) + "\"}}";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static URI parse(String url) {
        if (url == null) {
            throw new IllegalStateException("the OIDC provider URL is missing");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the OIDC provider URL is not a URL: " + url, e);
        }
    }

    private static String setting(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
