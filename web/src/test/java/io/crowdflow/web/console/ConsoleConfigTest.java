package io.crowdflow.web.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleConfigTest {

    @Test
    void theRealmUrlIsSplitIntoWhatKeycloakJsWants() {
        ConsoleConfig config = new ConsoleConfig("https://id.example.com/auth/realms/crowd", "crowdflow-web");

        assertThat(config.keycloakUrl()).isEqualTo("https://id.example.com/auth");
        assertThat(config.realm()).isEqualTo("crowd");
        assertThat(config.keycloakOrigin()).isEqualTo("https://id.example.com");
        assertThat(config.json()).isEqualTo("{\"keycloak\": {\"url\": \"https://id.example.com/auth\", "
                + "\"realm\": \"crowd\", \"clientId\": \"crowdflow-web\"}}");
    }

    @Test
    void thePolicyAllowsOwnScriptsOnlyAndConnectionsToThisServerAndKeycloak() {
        String csp = new ConsoleConfig("http://localhost:8180/realms/crowdflow", "crowdflow-web").contentSecurityPolicy();

        assertThat(csp).contains("default-src 'none'", "script-src 'self';", "style-src 'self';",
                "connect-src 'self' http://localhost:8180;", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void aProviderUrlThatIsNoRealmIsRefusedAtStart() {
        assertThatThrownBy(() -> new ConsoleConfig("http://localhost:8180/", "crowdflow-web"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("realm URL");
        assertThatThrownBy(() -> new ConsoleConfig("http://localhost:8180/realms/x", "web\"client"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client id");
    }

    @Test
    void aProviderUrlWithCharactersThatCouldBreakTheJsonIsRefusedAtStart() {
        assertThatThrownBy(() -> new ConsoleConfig("http://localhost:8180/realms/a\"<b", "crowdflow-web"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a URL");
    }
}
