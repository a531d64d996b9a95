package io.crowdflow.privacy.application;

import io.crowdflow.privacy.domain.crypto.MasterKeyRing;
import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Settings of the privacy context (docs/governance.md lists them); read like every platform setting. */
@ApplicationScoped
public class PrivacySettings {

    /** Demo only: the key the run command and the tests use. Never use it for real data. */
    public static final String DEMO_MASTER_KEY = "aftu4V8+B+VZrZkPPV6Kp9p/MobJcDvruuFOt215ztY=";
    public static final String DEMO_CLIENT_SECRET = "crowdflow-platform-secret";

    @Inject
    PlatformSettings settings;

    public String masterKey() {
        return settings.text("crowdflow.crypto.master-key", DEMO_MASTER_KEY);
    }

    /**
     * Master keys that wrapped data keys before the last rotation (comma-separated base64), kept only until
     * every data key is re-wrapped under the current one (docs/governance.md, "Master-key rotation").
     */
    public List<String> previousMasterKeys() {
        return Arrays.stream(settings.text("crowdflow.crypto.previous-master-keys", "").split(","))
                .map(String::trim).filter(text -> !text.isEmpty()).toList();
    }

    /** The current and previous master keys; fails the start when one of them is not a 256-bit base64 key. */
    public MasterKeyRing masterKeyRing() {
        return MasterKeyRing.of(masterKey(), previousMasterKeys());
    }

    /** How long an unwrapped data key stays in this node's memory (erasure evicts it at once on its own node). */
    public Duration dataKeyCacheTtl() {
        return duration("crowdflow.crypto.key-cache-ttl", "PT30S");
    }

    public String keycloakUrl() {
        return settings.text("crowdflow.keycloak.url", "http://localhost:8180");
    }

    public String keycloakRealm() {
        return settings.text("crowdflow.keycloak.realm", "crowdflow");
    }

    public String keycloakClientId() {
        return settings.text("crowdflow.keycloak.client-id", "crowdflow-platform");
    }

    public String keycloakClientSecret() {
        return settings.text("crowdflow.keycloak.client-secret", DEMO_CLIENT_SECRET);
    }

    /** How long a consent read from Keycloak may be reused; a change made through this node clears it at once. */
    public Duration consentCacheTtl() {
        return duration("crowdflow.consent.cache-ttl", "PT2S");
    }

    /** {@code delete} (default) or {@code disable}: what erasure does to the Keycloak user. */
    public String erasureAccountAction() {
        String action = settings.text("crowdflow.erasure.account-action", "delete");
        if (!action.equals("delete") && !action.equals("disable")) {
            throw new IllegalStateException("setting crowdflow.erasure.account-action must be delete or disable");
        }
        return action;
    }

    public Duration budgetPeriod() {
        return duration("crowdflow.stats.budget-period", "P1D");
    }

    public double epsilonPerPeriod() {
        return positive("crowdflow.stats.epsilon-per-period", "1.0");
    }

    public double epsilonPerQuery() {
        return positive("crowdflow.stats.epsilon-per-query", "0.1");
    }

    /** How long one release of a query is served again before a new one (which spends budget) is made. */
    public Duration releaseInterval() {
        return duration("crowdflow.stats.release-interval", "PT8H");
    }

    /** The most tasks (per requester) or decisions (per worker) one person adds to the statistics. */
    public int contributionLimit() {
        return (int) positive("crowdflow.stats.contribution-limit", "5");
    }

    public String statsCurrency() {
        return settings.text("crowdflow.stats.currency", "USD");
    }

    public List<BigDecimal> earningsBuckets() {
        return Arrays.stream(settings.text("crowdflow.stats.earnings-buckets", "0,1,5,20,100").split(","))
                .map(String::trim).map(BigDecimal::new).toList();
    }

    private double positive(String property, String fallback) {
        String text = settings.text(property, fallback);
        try {
            double value = Double.parseDouble(text);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + property + " must be a positive number, not " + text, e);
        }
    }

    private Duration duration(String property, String fallback) {
        String value = settings.text(property, fallback);
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("setting " + property + " is not an ISO-8601 duration: " + value, e);
        }
    }
}
