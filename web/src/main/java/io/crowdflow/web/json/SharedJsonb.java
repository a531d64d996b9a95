package io.crowdflow.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response body of the API, with the defaults RESTEasy would use.
 * Without a resolver RESTEasy builds a new one for each body: a ServiceLoader scan of the deployment's jars for the
 * provider, and every class's serialisation model parsed again: 4-6 % of the samples, and a fifth of WildFly's CPU
 * per lifecycle with the garbage it made (docs/benchmarks.md, "Per-lifecycle CPU"). A {@link Jsonb} is thread-safe
 * and keeps the models it parsed; RESTEasy makes one instance of a listed provider.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
