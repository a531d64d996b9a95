package io.crowdflow.faults.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as an outsider checks it: the platform signs a checkpoint of the whole ledger
 * ({@code POST /api/ledger/checkpoints}), then bench's {@code LedgerVerifier} runs as its own process, as a
 * user would run it (docs/ledger.md, "Verifying"), and must exit with 0.
 */
public final class LedgerCheck {

    private LedgerCheck() {
    }

    /** The verifier's output when it verifies; throws with its output when it does not. */
    public static String verify(PlatformApi api, Path work) {
        String token = PlatformApi.token("admin");
        PlatformApi.Answer checkpoint = api.post("/ledger/checkpoints", token, "");
        if (checkpoint.status() != 200) {
            throw new AssertionError("no checkpoint: " + checkpoint);
        }
        Path out = work.resolve("ledger-verifier.txt");
        try {
            Process verifier = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "io.crowdflow.bench.ledger.LedgerVerifier",
                    api.api(), token)).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!verifier.waitFor(5, TimeUnit.MINUTES)) {
                verifier.destroyForcibly();
                throw new AssertionError("the ledger verifier did not finish within 5 minutes");
            }
            String output = java.nio.file.Files.readString(out, StandardCharsets.UTF_8);
            if (verifier.exitValue() != 0) {
                throw new AssertionError("the ledger does not verify (exit " + verifier.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run the ledger verifier", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
