package io.crowdflow.notification.domain;

import java.util.Optional;

/** The webhook receivers an administrator configured, by name. */
public interface WebhookTargets {

    Optional<WebhookTarget> named(String name);
}
