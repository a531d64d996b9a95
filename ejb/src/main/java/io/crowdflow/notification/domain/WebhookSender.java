package io.crowdflow.notification.domain;

/** Delivers one signed notification to a target; throws {@link WebhookDeliveryFailedException} when it was not taken. */
public interface WebhookSender {

    void send(WebhookTarget target, SignedNotification notification);
}
