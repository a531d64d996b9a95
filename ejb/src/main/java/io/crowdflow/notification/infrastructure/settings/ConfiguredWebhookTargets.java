package io.crowdflow.notification.infrastructure.settings;

import io.crowdflow.notification.domain.NotifyEvent;
import io.crowdflow.notification.domain.WebhookTarget;
import io.crowdflow.notification.domain.WebhookTargets;
import io.crowdflow.shared.application.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Webhook targets from the server's settings: {@code crowdflow.webhook.<name>.url} (http or https) and
 * {@code crowdflow.webhook.<name>.secret} (at least 16 characters), set by the administrator of the server. A target
 * whose settings are wrong is treated as not configured, with a warning in the log.
 */
@ApplicationScoped
public class ConfiguredWebhookTargets implements WebhookTargets {

    private static final Logger LOG = Logger.getLogger(ConfiguredWebhookTargets.class.getName());

    @Inject
    PlatformSettings settings;

    @Override
    public Optional<WebhookTarget> named(String name) {
        if (!NotifyEvent.isValidTarget(name)) {
            return Optional.empty();
        }
        String url = settings.text("crowdflow.webhook." + name + ".url", null);
        String secret = settings.text("crowdflow.webhook." + name + ".secret", null);
        if (url == null || secret == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            LOG.warning("CROWDFLOW-09002 webhook target " + name + " ignored: crowdflow.webhook." + name
                    + ".url is not an http(s) URL");
            return Optional.empty();
        }
        if (secret.length() < 16) {
            LOG.warning("CROWDFLOW-09002 webhook target " + name + " ignored: crowdflow.webhook." + name
                    + ".secret is shorter than 16 characters");
            return Optional.empty();
        }
        return Optional.of(new WebhookTarget(name, uri, secret.getBytes(StandardCharsets.UTF_8)));
    }
}
