package io.crowdflow.notification.application;

import io.crowdflow.notification.domain.NotifyEvent;
import io.crowdflow.notification.domain.SignedNotification;
import io.crowdflow.notification.domain.UnknownWebhookTargetException;
import io.crowdflow.notification.domain.WebhookSender;
import io.crowdflow.notification.domain.WebhookTarget;
import io.crowdflow.notification.domain.WebhookTargets;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends a lifecycle event to a configured webhook target as a signed JSON body. A failure throws, so the notify
 * step's job fails and the engine retries it (same event id) until its retries are spent, then raises an incident.
 */
@Stateless
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSender sender;

    @Inject
    Clock clock;

    /** Where in which lifecycle the event happened. */
    public record Occurrence(String eventId, String taskId, String processInstanceId, String processDefinitionId,
                             String activityId) {
    }

    public SignedNotification notify(String event, String targetName, Occurrence at) {
        if (!NotifyEvent.isValidName(event)) {
            throw new IllegalArgumentException("notify event '" + event + "' is not dotted lower-case words");
        }
        WebhookTarget target = targets.named(targetName)
                .orElseThrow(() -> new UnknownWebhookTargetException(targetName));
        Instant now = clock.now();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("eventId", at.eventId())
                .add("event", event)
                .add("occurredAt", now.toString())
                .add("processInstanceId", at.processInstanceId())
                .add("processDefinitionId", at.processDefinitionId())
                .add("activityId", at.activityId());
        if (at.taskId() != null) {
            body.add("taskId", at.taskId());
        }
        SignedNotification notification = SignedNotification.sign(target.secret(), at.eventId(),
                now.getEpochSecond(), body.build().toString());
        sender.send(target, notification);
        LOG.info(() -> "CROWDFLOW-09001 notified " + target.name() + " of " + event + " (event " + at.eventId() + ")");
        return notification;
    }
}
