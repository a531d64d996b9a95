package io.crowdflow.rules.retention;

import io.crowdflow.rules.governance.GovernancePolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a compliance officer (or an attacker with their login) uploads, the importer answers with a table
 * or with a refusal it explains; it never fails in another way, and a table it accepts carries no formula.
 */
class RetentionTableReaderPropertiesTest {

    private static final byte[] SAMPLE_XLSX = RetentionWorkbooks.xlsx(SampleRetentionTable.ROWS);
    private final RetentionTableReader reader = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES);

    @Property(tries = 300)
    void anyBytesUnderAnyNameAreReadOrRefusedWithReasons(@ForAll @Size(max = 4096) byte[] content,
                                                         @ForAll("fileNames") String fileName) {
        assertReadOrRefused(fileName, content);
    }

    @Property(tries = 200)
    void aWorkbookWithBytesChangedAnywhereIsReadOrRefusedWithReasons(@ForAll("flips") List<Integer> positions) {
        byte[] damaged = SAMPLE_XLSX.clone();
        for (int position : positions) {
            damaged[Math.floorMod(position, damaged.length)] ^= (byte) (1 + Math.floorMod(position, 255));
        }
        assertReadOrRefused("rules.xlsx", damaged);
    }

    @Property(tries = 300)
    void aCsvOfAnyCellsIsReadOrRefusedAndAnAcceptedOneHoldsNoFormula(@ForAll("rows") List<List<String>> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(RetentionWorkbooks.HEADER);
        table.addAll(rows);
        RetentionTable read = assertReadOrRefused("rules.csv", RetentionWorkbooks.csv(table).getBytes(StandardCharsets.UTF_8));
        if (read != null) {
            read.rows().forEach(row -> assertThat(row.toString()).doesNotContain(",=", ", =", "=CMD", "=HYPERLINK"));
        }
    }

    private RetentionTable assertReadOrRefused(String fileName, byte[] content) {
        try {
            return reader.read(fileName, content);
        } catch (RetentionTableRefusedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.reason()).isNotNull();
            return null;
        }
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("rules.xlsx", "rules.csv", "rules.xlsm", "rules.xls", "rules.drl", "rules", "..\\x.csv");
    }

    @Provide
    Arbitrary<List<Integer>> flips() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("*", "", "PERSONAL", "SENSITIVE", "PUBLIC", "survey", "labeling", "EU", "settled",
                        "archived", "pseudonymised", "P30D", "PT5S", "P-1D", "archive", "purge", "pseudonymise",
                        "yes", "no", "=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2", "=HYPERLINK(\"http://x\")"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars(",\"\n\r\t=+-@;").ofMaxLength(8));
        return cell.list().ofMinSize(0).ofMaxSize(10).list().ofMaxSize(12);
    }
}
