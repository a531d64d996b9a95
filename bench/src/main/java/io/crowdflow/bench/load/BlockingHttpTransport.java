package io.crowdflow.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 on the calling thread with {@link HttpURLConnection}: no hand-over between threads, connections kept
 * alive between calls. A body is sent in fixed-length streaming mode, so a POST whose connection fails is reported,
 * not sent a second time behind the caller's back (the driver's own retry repeats it with its Idempotency-Key).
 */
final class BlockingHttpTransport implements HttpTransport {

    static {
        // The JDK keeps 5 idle connections per server unless told otherwise; each client needs its own.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
    }

    @Override
    public Http.Reply exchange(Request request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(request.url()).toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod(request.method());
        request.headers().forEach(header -> connection.setRequestProperty(header[0], header[1]));
        if (request.body() != null) {
            byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        return new Http.Reply(status, readFully(status < 400 ? connection.getInputStream() : connection.getErrorStream()));
    }

    /** The whole reply body: reading it to the end is what lets the connection be used again. */
    private static String readFully(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
