package io.crowdflow.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JDK's asynchronous {@link HttpClient}: its selector thread and completion stages hand every call between
 * threads, which costs the machine more CPU per call than {@link BlockingHttpTransport}. Needed for HTTP/2.
 */
final class JdkClientTransport implements HttpTransport {

    private final HttpClient client;

    JdkClientTransport(HttpClient.Version version) {
        this.client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofMillis(TIMEOUT_MILLIS)).build();
    }

    @Override
    public Http.Reply exchange(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(Duration.ofMillis(TIMEOUT_MILLIS))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(header -> builder.header(header[0], header[1]));
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), response.body());
    }
}
