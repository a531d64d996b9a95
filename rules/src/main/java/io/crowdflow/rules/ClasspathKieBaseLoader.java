package io.crowdflow.rules;


import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.builder.model.KieSessionModel;
import org.kie.api.runtime.KieContainer;

/**
 * Builds a KieBase from named classpath resources, without classpath scanning.
 *
 * <p>{@code KieServices.getKieClasspathContainer()} discovers {@code META-INF/kmodule.xml} by scanning
 * the class path, which is unreliable through JBoss VFS inside WildFly. This loader instead reads each DRL
 * with {@link ClassLoader#getResourceAsStream(String)} of the given (the module's own) class loader, writes
 * it into a {@link KieFileSystem} together with a one-KieBase kmodule model that mirrors the entry in
 * {@code META-INF/kmodule.xml}, builds it with {@link KieBuilder} and fails fast with the build messages if
 * anything does not compile.
 *
 * <p>Building is expensive (parsing and compiling the DRL); do it once and share the result.
 */
public final class ClasspathKieBaseLoader {

    private static final System.Logger LOG = System.getLogger(ClasspathKieBaseLoader.class.getName());

    /** Builder settings, the same as in {@code META-INF/kmodule.xml}. */
    public static final Map<String, String> DEFAULT_CONFIGURATION = Map.of("drools.dialect.default", "mvel");

    private ClasspathKieBaseLoader() {
    }

    /**
     * Builds the KieBase {@code kieBaseName} from {@code resources}.
     *
     * @param kieBaseName  the KieBase name, as in {@code META-INF/kmodule.xml}
     * @param sessionName  the name of its stateless session, as in {@code META-INF/kmodule.xml}
     * @param classLoader  the class loader to read the resources with and to resolve the fact classes with;
     *                     pass the rule module's own ({@code SomeRuleClass.class.getClassLoader()})
     * @param resources    class path resource names, e.g. {@code io/crowdflow/rules/governance/decisions.drl}
     *                     (no leading slash); the KieBase holds exactly these
     * @throws RuleBaseBuildException if a resource is missing or the rules do not compile
     */
    public static CompiledKieBase load(String kieBaseName, String sessionName, ClassLoader classLoader,
                                       List<String> resources) {
        Objects.requireNonNull(kieBaseName, "kieBaseName");
        Objects.requireNonNull(sessionName, "sessionName");
        Objects.requireNonNull(classLoader, "classLoader");
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("No resources given for KieBase " + kieBaseName);
        }
        return withContextClassLoader(classLoader, () -> build(kieBaseName, sessionName, classLoader, resources));
    }

    /**
     * Builds the KieBase {@code kieBaseName} from sources held in memory (for rules the platform generates,
     * such as the retention rules written from a validated table).
     *
     * @param sources resource path (e.g. {@code io/crowdflow/rules/retention/generated/v3.drl}) to content
     * @throws RuleBaseBuildException if the rules do not compile
     */
    public static CompiledKieBase fromSources(String kieBaseName, String sessionName, ClassLoader classLoader,
                                              Map<String, byte[]> sources) {
        Objects.requireNonNull(kieBaseName, "kieBaseName");
        Objects.requireNonNull(classLoader, "classLoader");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("No sources given for KieBase " + kieBaseName);
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(sources);
        return withContextClassLoader(classLoader, () -> compile(kieBaseName, sessionName, classLoader, copy));
    }

    /**
     * A KieBase compiled from class path resources on first use and then shared: what each rule base of the jar
     * keeps in a static field, so that creating rule-base instances stays cheap and thread-safe.
     */
    public static final class Lazy {

        private final String kieBaseName;
        private final String sessionName;
        private final ClassLoader classLoader;
        private final List<String> resources;
        private volatile CompiledKieBase compiled;

        public Lazy(String kieBaseName, String sessionName, ClassLoader classLoader, List<String> resources) {
            this.kieBaseName = Objects.requireNonNull(kieBaseName, "kieBaseName");
            this.sessionName = Objects.requireNonNull(sessionName, "sessionName");
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            this.resources = List.copyOf(resources);
        }

        /** @throws RuleBaseBuildException if the rules do not compile (every call tries again) */
        public CompiledKieBase get() {
            CompiledKieBase result = compiled;
            if (result == null) {
                synchronized (this) {
                    result = compiled;
                    if (result == null) {
                        result = load(kieBaseName, sessionName, classLoader, resources);
                        compiled = result;
                    }
                }
            }
            return result;
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, in lower-case hex: the rule bases' version stamps. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Runs {@code action} with {@code classLoader} as the thread's context class loader, restoring the old one.
     *
     * <p>Drools finds its own parts (KieServices, the MVEL and XML support, ...) with
     * {@link java.util.ServiceLoader} on the context class loader and caches the answer, "not found" included.
     * In WildFly that loader belongs to whatever deployment or thread happens to make the first call, so
     * building and evaluating switch to the rule module's own class loader, which sees Drools.
     */
    public static <T> T withContextClassLoader(ClassLoader classLoader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == classLoader) {
            return action.get();
        }
        thread.setContextClassLoader(classLoader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static CompiledKieBase build(String kieBaseName, String sessionName, ClassLoader classLoader,
                                         List<String> resources) {
        return compile(kieBaseName, sessionName, classLoader, readAll(classLoader, resources));
    }

    private static CompiledKieBase compile(String kieBaseName, String sessionName, ClassLoader classLoader,
                                           Map<String, byte[]> sources) {
        List<String> resources = List.copyOf(sources.keySet());
        String sourceHash = sha256(sources);

        KieServices ks = KieServices.Factory.get();
        if (ks == null) {
            throw new RuleBaseBuildException("Drools is not visible from " + classLoader
                    + ": KieServices not found (drools-compiler, drools-mvel and drools-xml-support must be"
                    + " next to this jar)", List.of());
        }
        ReleaseId releaseId = ks.newReleaseId("io.crowdflow.rules.runtime", kieBaseName,
                "1.0.0-" + sourceHash.substring(0, 16));

        KieModuleModel module = ks.newKieModuleModel();
        // Same settings as META-INF/kmodule.xml: MVEL is the default dialect, so even a DRL that forgets its
        // 'dialect "mvel"' line needs no Java compiler. (Drools still instantiates its Java dialect's
        // compiler; it picks the in-process Eclipse compiler because drools-ecj is on this class loader, so
        // the JDK's jdk.compiler module is not needed. See GovernanceRuleBaseBuildTest.)
        DEFAULT_CONFIGURATION.forEach(module::setConfigurationProperty);
        // No package filter: the KieBase holds exactly the resources written below.
        KieBaseModel base = module.newKieBaseModel(kieBaseName).setDefault(true);
        base.newKieSessionModel(sessionName).setType(KieSessionModel.KieSessionType.STATELESS).setDefault(true);

        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(module.toXML());
        sources.forEach((path, bytes) -> kfs.write("src/main/resources/" + path, bytes));

        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() == Message.Level.ERROR) {
                errors.add(format(message));
            } else {
                LOG.log(Level.WARNING, "KieBase {0}: {1}", kieBaseName, format(message));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseBuildException("KieBase " + kieBaseName + " does not compile", errors);
        }

        KieContainer container = ks.newKieContainer(releaseId, classLoader);
        KieBase kieBase = container.getKieBase(kieBaseName);
        // The container keeps its module; the global repository need not (it would only grow).
        ks.getRepository().removeKieModule(releaseId);

        LOG.log(Level.DEBUG, "Built KieBase {0} from {1} (sources {2})", kieBaseName, resources, sourceHash);
        return new CompiledKieBase(kieBaseName, kieBase, resources, sourceHash);
    }

    private static Map<String, byte[]> readAll(ClassLoader classLoader, List<String> resources) {
        Map<String, byte[]> sources = new LinkedHashMap<>();
        for (String resource : resources) {
            String path = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new RuleBaseBuildException("Rule resource " + path + " is not on the class path of "
                            + classLoader, List.of());
                }
                sources.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new RuleBaseBuildException("Cannot read rule resource " + path, e);
            }
        }
        return sources;
    }

    /**
     * SHA-256 over "path NUL content NUL" of every resource, in order. Line endings are normalised to LF
     * first so a Windows checkout (CRLF) yields the same hash as a Linux one.
     */
    static String sha256(Map<String, byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String format(Message message) {
        StringBuilder text = new StringBuilder();
        if (message.getPath() != null) {
            text.append(message.getPath());
            if (message.getLine() > 0) {
                text.append(':').append(message.getLine());
                if (message.getColumn() > 0) {
                    text.append(':').append(message.getColumn());
                }
            }
            text.append(": ");
        }
        return text.append(message.getText().strip()).toString();
    }
}
