package io.crowdflow.rules.retention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample retention table of {@code docs/samples/} (XLSX and CSV). Run {@link #main} to write both files
 * again after changing {@link #ROWS}; {@code SampleRetentionTableTest} fails when the committed files and
 * these rows differ.
 *
 * <pre>mvn -pl rules test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.crowdflow.rules.retention.SampleRetentionTable -Dexec.args=docs/samples</pre>   (run from the repository root)
 */
public final class SampleRetentionTable {

    static final List<List<String>> ROWS = List.of(
            RetentionWorkbooks.HEADER,
            List.of("*", "survey", "EU", "*", "", "", "yes", "Legal hold: EU survey data, case 2026-17; no purge until lifted"),
            List.of("SENSITIVE", "*", "*", "settled", "P7D", "pseudonymise", "no", "Financial data leaves the working tables after a week, unlinked"),
            List.of("PERSONAL", "*", "*", "settled", "P30D", "archive", "no", "Personal data: archived after 30 days"),
            List.of("PUBLIC", "*", "*", "settled", "P90D", "archive", "no", "Public content: archived after 90 days"),
            List.of("*", "*", "*", "settled", "P30D", "archive", "no", "Anything else (no data class recorded)"),
            List.of("*", "*", "*", "archived", "P1Y", "purge", "no", "Archives are purged after a year"),
            List.of("*", "*", "*", "pseudonymised", "P2Y", "purge", "no", "Unlinked archives are purged after two years"));

    private SampleRetentionTable() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/samples");
        Files.createDirectories(folder);
        Files.write(folder.resolve("retention-rules.xlsx"), RetentionWorkbooks.xlsx(ROWS));
        Files.writeString(folder.resolve("retention-rules.csv"), RetentionWorkbooks.csv(ROWS), StandardCharsets.UTF_8);
    }
}
