package io.crowdflow.payment.application;

import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The ledger's settings (docs/operations.md, docs/ledger.md), read like every platform setting. */
@ApplicationScoped
public class LedgerSettings {

    static final String KEYSTORE = "crowdflow.ledger.keystore";
    static final String KEYSTORE_PASSWORD = "crowdflow.ledger.keystore-password";
    static final String CHECKPOINT_INTERVAL = "crowdflow.ledger.checkpoint-interval";

    @Inject
    PlatformSettings settings;

    /** The PKCS12 keystore with the signing key and the pseudonym key; created on first start if absent. */
    public Path keystore() {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(settings.text(KEYSTORE, Path.of(dataDir, "crowdflow-ledger.p12").toString()));
    }

    static final String DEFAULT_PASSWORD = "crowdflow-ledger";

    public char[] keystorePassword() {
        return settings.text(KEYSTORE_PASSWORD, DEFAULT_PASSWORD).toCharArray();
    }

    /** Whether the keystore password is still the published default (fine for demos only). */
    public boolean usesDefaultPassword() {
        return DEFAULT_PASSWORD.equals(settings.text(KEYSTORE_PASSWORD, DEFAULT_PASSWORD));
    }

    /** How often a checkpoint is signed when the ledger has grown. */
    public Duration checkpointInterval() {
        String value = settings.text(CHECKPOINT_INTERVAL, "PT1M");
        try {
            Duration interval = Duration.parse(value);
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalStateException("setting " + CHECKPOINT_INTERVAL + " must be positive: " + value);
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("setting " + CHECKPOINT_INTERVAL + " is not an ISO-8601 duration: "
                    + value, e);
        }
    }
}
