package io.crowdflow.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Sends one request and waits for its whole reply; the driver's clients each call from their own thread. */
interface HttpTransport {

    /** The timeout of one call, connecting and reading alike. */
    int TIMEOUT_MILLIS = 60_000;

    Http.Reply exchange(Request request) throws IOException, InterruptedException;

    /** A request: method, URL, headers as name-value pairs, and a body or none. */
    record Request(String method, String url, List<String[]> headers, String body) {

        /** A request with no body, and the bearer token's header unless {@code token} is null. */
        static Request of(String method, String url, String token) {
            List<String[]> headers = new ArrayList<>();
            if (token != null) {
                headers.add(new String[] {"Authorization", "Bearer " + token});
            }
            return new Request(method, url, List.copyOf(headers), null);
        }

        Request header(String name, String value) {
            List<String[]> more = new ArrayList<>(headers);
            more.add(new String[] {name, value});
            return new Request(method, url, List.copyOf(more), body);
        }

        Request body(String contentType, String text) {
            return new Request(method, url, header("Content-Type", contentType).headers, text);
        }
    }
}
