package io.crowdflow.shared.domain;

import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

import java.io.StringReader;
import java.util.Map;

/**
 * JSON readers and parsers from one JSON-P provider, looked up once. {@code Json.createReader} and
 * {@code Json.createParser} look the provider up again on every call (a ServiceLoader scan of the deployment's
 * jars, under each jar's lock): the load driver found that lookup taking a quarter of the server's CPU at 32
 * clients, most of it from the review pool's 2,000 answers per submission (docs/benchmarks.md). The factories are
 * safe for concurrent use (JSON-P specification).
 */
public final class JsonReading {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    private JsonReading() {
    }

    /** A reader over the text; the caller closes it. */
    public static JsonReader reader(String json) {
        return READERS.createReader(new StringReader(json));
    }

    /** A streaming parser over the text; the caller closes it. */
    public static JsonParser parser(String json) {
        return PARSERS.createParser(new StringReader(json));
    }
}
