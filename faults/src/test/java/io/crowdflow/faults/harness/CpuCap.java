package io.crowdflow.faults.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Caps a server's CPU time with a Linux cgroup (the v1 {@code cpu} controller at {@code /sys/fs/cgroup/cpu}), for
 * the scale-out measurement: on a 2-core machine one node already uses every core, so "two nodes against one" can
 * only say how the platform scales when each node has a budget of its own and the database, Keycloak and the driver
 * the rest (docs/benchmarks.md "Two nodes"). Off unless {@code crowdflow.faults.node-cpus} is set (e.g. 0.5).
 *
 * <p>The start script runs under {@code sh -c 'echo $$ > …/cgroup.procs; exec …'}, so the JVM and every thread it
 * starts inherit the group; a restarted node joins it again.
 */
public final class CpuCap {

    static final Path CONTROLLER = Path.of("/sys/fs/cgroup/cpu");
    private static final long PERIOD_MICROS = 100_000;

    private final Path group;
    private final double cpus;

    private CpuCap(Path group, double cpus) {
        this.group = group;
        this.cpus = cpus;
    }

    /** The cap the property asks for, in a group named after the server; empty when the property is not set. */
    public static Optional<CpuCap> fromProperty(String server) {
        String value = System.getProperty("crowdflow.faults.node-cpus", "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        double cpus = Double.parseDouble(value);
        if (!(cpus > 0)) {
            throw new IllegalArgumentException("crowdflow.faults.node-cpus must be a positive number of CPUs: " + value);
        }
        if (!Files.isWritable(CONTROLLER)) {
            throw new IllegalStateException("crowdflow.faults.node-cpus=" + value + " needs a writable cgroup v1 cpu"
                    + " controller at " + CONTROLLER + " (root, cgroup v1)");
        }
        return Optional.of(new CpuCap(CONTROLLER.resolve("crowdflow-" + server), cpus));
    }

    /** Creates (or reuses) the group with its quota: {@code cpus} x the period per period. */
    void prepare() {
        try {
            Files.createDirectories(group);
            Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(Math.round(cpus * PERIOD_MICROS)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the cgroup " + group, e);
        }
    }

    /** The command, run inside the group. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c",
                "echo $$ > '" + group.resolve("cgroup.procs") + "' && exec \"$@\"", "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f CPU", cpus);
    }
}
