package io.crowdflow.faults.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One WildFly node of the platform: the unpacked distribution's {@code bin/standalone.sh} with a server base
 * directory of its own ({@code jboss.server.base.dir}: configuration, data, log, deployments), a port offset,
 * the EAR in its deployment folder and the database URL in {@code CROWDFLOW_DB_URL}. Every node of a run
 * shares the ledger keystore (as docs/ledger.md requires for several nodes).
 */
public final class WildFlyNode extends ServerProcess {

    private final Path wildflyHome;
    private final Path baseDir;
    private final Path ear;
    private final int portOffset;
    private final Map<String, String> settings;
    private volatile String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final java.util.Optional<CpuCap> cpuCap;

    public WildFlyNode(String name, Path wildflyHome, Path work, Path ear, int portOffset, String dbUrl, String dbUser,
                       String dbPassword, Map<String, String> settings) {
        super(name, work.resolve(name + ".log"));
        this.wildflyHome = wildflyHome;
        this.baseDir = work.resolve(name);
        this.ear = ear;
        this.portOffset = portOffset;
        this.dbUrl = dbUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.settings = settings;
        this.cpuCap = CpuCap.fromProperty(name);
    }

    /** The CPU cap of the scale-out measurement ({@code crowdflow.faults.node-cpus}), if one is set. */
    public java.util.Optional<CpuCap> cpuCap() {
        return cpuCap;
    }

    /** The database this node connects to from its next start on (e.g. through a proxy). */
    public void useDatabase(String url) {
        this.dbUrl = url;
    }

    public String api() {
        return "http://localhost:" + (8080 + portOffset) + "/crowdflow/api";
    }

    @Override
    void beforeStart() throws IOException {
        cpuCap.ifPresent(CpuCap::prepare);
        if (!Files.exists(baseDir)) {
            copyTree(wildflyHome.resolve("standalone"), baseDir);
            Files.copy(ear, baseDir.resolve("deployments/crowdflow.ear"), StandardCopyOption.REPLACE_EXISTING);
        }
        // a restart: the scanner's markers of the last run go, so "deployed" below means deployed by this start
        for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed")) {
            Files.deleteIfExists(baseDir.resolve("deployments/crowdflow.ear" + marker));
        }
    }

    @Override
    List<String> command() {
        List<String> command = new ArrayList<>(List.of(wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "crowdflow.xml", "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset, "-Djboss.node.name=" + name(),
                "-Djboss.tx.node.id=" + name()));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        return cpuCap.map(cap -> cap.wrap(command)).orElse(command);
    }

    @Override
    Map<String, String> environment() {
        return Map.of("JBOSS_HOME", wildflyHome.toString(),
                "JAVA_OPTS", "-Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true "
                        + "-Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman",
                "CROWDFLOW_DB_URL", dbUrl, "CROWDFLOW_DB_USER", dbUser, "CROWDFLOW_DB_PASSWORD", dbPassword);
    }

    @Override
    String readyUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/crowdflow/";
    }

    @Override
    void checkNotFailed() {
        Path failed = baseDir.resolve("deployments/crowdflow.ear.failed");
        if (Files.exists(failed)) {
            try {
                throw new IllegalStateException(name() + ": the deployment failed: " + Files.readString(failed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void start(java.time.Duration bound) {
        super.start(bound);
        // the console answers as soon as the web module is up; the EAR is deployed when the scanner says so
        long giveUp = System.nanoTime() + bound.toNanos();
        while (!Files.exists(baseDir.resolve("deployments/crowdflow.ear.deployed"))) {
            checkNotFailed();
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(name() + ": the EAR is not deployed within " + bound);
            }
            sleep(500);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
