package io.crowdflow.payment.domain.ledger;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger core is shared with the command-line verifier and any outside implementation's tests: it must
 * stay plain Java, with no EE, JPA or platform imports.
 */
class LedgerCoreIsPlainJavaTest {

    @Test
    void ledgerCoreImportsOnlyTheJdk() throws IOException {
        Path sources = Path.of("src/main/java/io/crowdflow/payment/domain/ledger");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(LedgerCoreIsPlainJavaTest::lines)
                    .filter(line -> line.startsWith("import ")).toList();
            assertThat(imports).isNotEmpty().allMatch(line -> line.startsWith("import java."),
                    "imports only java.*");
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
