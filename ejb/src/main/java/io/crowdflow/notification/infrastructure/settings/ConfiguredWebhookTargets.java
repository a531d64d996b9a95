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

/**
 * Webhook targets from the server's settings: {@code crowdflow.webhook.<name>.url} (http or https) and
 * {@code crowdflow.webhook.<name>.secret} (at least 16 characters), set by the administrator of the server.
 */
@ApplicationScoped
public class ConfiguredWebhookTargets implements WebhookTargets {

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
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalStateException("setting crowdflow.webhook." + name + ".url is not an http(s) URL");
        }
        if (secret.length() < 16) {
            throw new IllegalStateException("setting crowdflow.webhook." + name + ".secret is shorter than 16 characters");
        }
        return Optional.of(new WebhookTarget(name, uri, secret.getBytes(StandardCharsets.UTF_8)));
    }
}
