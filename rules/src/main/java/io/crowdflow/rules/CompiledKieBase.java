package io.crowdflow.rules;

import java.util.List;
import java.util.Objects;

import org.kie.api.KieBase;

/**
 * A KieBase built by {@link ClasspathKieBaseLoader}, with the hash of the sources it was built from.
 * The KieBase is thread-safe; create one (stateless) session per evaluation from it.
 *
 * @param name       the KieBase name (as in {@code META-INF/kmodule.xml})
 * @param kieBase    the compiled rules
 * @param resources  the classpath resources it was built from, in build order
 * @param sourceHash lower-case hex SHA-256 over the resource paths and contents
 */
public record CompiledKieBase(String name, KieBase kieBase, List<String> resources, String sourceHash) {

    public CompiledKieBase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kieBase, "kieBase");
        resources = List.copyOf(resources);
        Objects.requireNonNull(sourceHash, "sourceHash");
    }
}
