package io.crowdflow.notification.infrastructure.http;

import io.crowdflow.notification.domain.SignedNotification;
import io.crowdflow.notification.domain.WebhookDeliveryFailedException;
import io.crowdflow.notification.domain.WebhookSender;
import io.crowdflow.notification.domain.WebhookTarget;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** POSTs the notification with the JDK's HTTP client; no redirects are followed, a non-2xx answer is a failure. */
@ApplicationScoped
public class JdkHttpWebhookSender implements WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public void send(WebhookTarget target, SignedNotification notification) {
        HttpRequest request = HttpRequest.newBuilder(target.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(SignedNotification.EVENT_ID_HEADER, notification.eventId())
                .header(SignedNotification.TIMESTAMP_HEADER, Long.toString(notification.timestamp()))
                .header(SignedNotification.SIGNATURE_HEADER, notification.signature())
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new WebhookDeliveryFailedException("webhook " + target.name() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookDeliveryFailedException("interrupted while calling webhook " + target.name(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new WebhookDeliveryFailedException("webhook " + target.name() + " answered HTTP "
                    + response.statusCode() + " to event " + notification.eventId());
        }
    }
}
