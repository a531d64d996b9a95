package io.crowdflow.notification.domain;

import java.net.URI;

/**
 * A webhook receiver an administrator configured: a name a model refers to, the URL called and the secret the
 * body is signed with. Models name targets, never URLs, so a designer cannot make the platform call anywhere.
 */
public record WebhookTarget(String name, URI url, byte[] secret) {

    @Override
    public String toString() {
        return "WebhookTarget[" + name + " -> " + url + "]";
    }
}
