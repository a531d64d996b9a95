package io.crowdflow.privacy.infrastructure.keycloak;

import io.crowdflow.privacy.application.PrivacySettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientBuilder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UsersResource;

import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The Keycloak admin API through {@code keycloak-admin-client}, signed in as the service account of
 * the client {@code crowdflow-platform} (client credentials; realm-management roles view-users,
 * query-users and manage-users). The HTTP client is the server's RESTEasy client (module dependency in
 * jboss-deployment-structure.xml), so no second JAX-RS implementation is bundled.
 * <p>
 * The realm's and its users' resource proxies are built once and shared: RESTEasy builds a client proxy by
 * reflecting over every method of the interface, which made the consent holders' read every 2 s cost 3 % of the
 * server's CPU under load while the HTTP call itself hardly showed (docs/benchmarks.md). The proxies hold no
 * state of a call, and the admin client's token manager is thread-safe.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());

    @Inject
    PrivacySettings settings;

    private volatile Keycloak keycloak;
    private volatile RealmResource realm;
    private volatile UsersResource users;

    public RealmResource realm() {
        RealmResource current = realm;
        if (current == null) {
            current = client().realm(settings.keycloakRealm());
            realm = current;
        }
        return current;
    }

    /** The realm's users: the same proxy for every caller. */
    public UsersResource users() {
        UsersResource current = users;
        if (current == null) {
            current = realm().users();
            users = current;
        }
        return current;
    }

    private Keycloak client() {
        Keycloak current = keycloak;
        if (current == null) {
            synchronized (this) {
                if (keycloak == null) {
                    if (PrivacySettings.DEMO_CLIENT_SECRET.equals(settings.keycloakClientSecret())) {
                        LOG.warning("CROWDFLOW-08002 the demo secret of client " + settings.keycloakClientId()
                                + " is in use: set crowdflow.keycloak.client-secret for a real Keycloak");
                    }
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(settings.keycloakUrl())
                            .realm(settings.keycloakRealm())
                            .grantType("client_credentials")
                            .clientId(settings.keycloakClientId())
                            .clientSecret(settings.keycloakClientSecret())
                            .resteasyClient(ClientBuilder.newBuilder()
                                    .connectTimeout(5, TimeUnit.SECONDS)
                                    .readTimeout(10, TimeUnit.SECONDS)
                                    .register(JacksonProvider.class)
                                    .build())
                            .build();
                }
                current = keycloak;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
