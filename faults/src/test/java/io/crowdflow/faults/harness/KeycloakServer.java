package io.crowdflow.faults.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak from the unpacked distribution, {@code kc.sh start-dev} on port 8180 with the crowdflow realm
 * imported, as {@code mvn -Prun package} starts it (docs/operations.md). Its data directory is emptied before
 * the first start only, so a restart after an outage keeps the realm's users and signing keys.
 */
public final class KeycloakServer extends ServerProcess {

    public static final String URL = "http://localhost:8180";

    private final Path home;
    private final Path realm;
    private boolean started;

    public KeycloakServer(Path home, Path realm, Path work) {
        super("keycloak", work.resolve("keycloak.log"));
        this.home = home;
        this.realm = realm;
    }

    @Override
    void beforeStart() throws IOException {
        if (!started) {
            Path data = home.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> paths = Files.walk(data)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(data.resolve("import"));
            Files.copy(realm, data.resolve("import/crowdflow-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            started = true;
        }
    }

    @Override
    List<String> command() {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=8180", "--import-realm");
    }

    @Override
    Map<String, String> environment() {
        return Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    }

    @Override
    String readyUrl() {
        return URL + "/realms/crowdflow/.well-known/openid-configuration";
    }
}
