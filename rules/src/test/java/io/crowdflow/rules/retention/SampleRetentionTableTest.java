package io.crowdflow.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.crowdflow.rules.governance.GovernancePolicy;
import org.junit.jupiter.api.Test;

class SampleRetentionTableTest {

    private static final Path SAMPLES = Path.of("..", "docs", "samples");
    private final RetentionTableReader reader = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES);

    @Test
    void theCommittedSampleWorkbookIsTheSampleTableAndValid() throws IOException {
        RetentionTable committed = reader.read("retention-rules.xlsx", Files.readAllBytes(SAMPLES.resolve("retention-rules.xlsx")));
        RetentionTable generated = reader.read("retention-rules.xlsx", RetentionWorkbooks.xlsx(SampleRetentionTable.ROWS));

        assertThat(committed.format()).isEqualTo("xlsx");
        assertThat(committed.rows()).hasSize(SampleRetentionTable.ROWS.size() - 1).isEqualTo(generated.rows());
    }

    @Test
    void theCommittedSampleCsvSaysTheSameAsTheWorkbook() throws IOException {
        RetentionTable csv = reader.read("retention-rules.csv", Files.readAllBytes(SAMPLES.resolve("retention-rules.csv")));
        RetentionTable xlsx = reader.read("retention-rules.xlsx", Files.readAllBytes(SAMPLES.resolve("retention-rules.xlsx")));

        assertThat(csv.format()).isEqualTo("csv");
        assertThat(csv.rows()).extracting(RetentionRow::describe)
                .isEqualTo(xlsx.rows().stream().map(RetentionRow::describe).toList());
    }
}
