package io.crowdflow.web.limits;

import io.crowdflow.web.json.JsonBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitTest {

    @Test
    void aJsonCallMayCarryTheLargestBodyTheParserAcceptsEvenInFourByteCharacters() {
        // a character of JsonBody's limit is at most 3 bytes in UTF-8 (a 4-byte one counts as two chars)
        assertThat(BodyLimit.forPath("/api/tasks")).isGreaterThanOrEqualTo(3L * JsonBody.MAX_CHARS);
    }

    @Test
    void aRetentionTableUploadMayCarryTheLargestTableTheReaderAcceptsWithItsFormFields() {
        assertThat(BodyLimit.forPath("/api/governance/rulesets"))
                .isGreaterThan(io.crowdflow.rules.retention.RetentionTableReader.MAX_BYTES + 64 * 1024L);
    }

    @Test
    void aModelDeploymentMayBeLargerThanAnApiCall() {
        assertThat(BodyLimit.forPath("/engine-rest/deployment/create")).isEqualTo(8L << 20);
        assertThat(BodyLimit.forPath("/api/tasks/quote")).isEqualTo(1L << 20);
    }

    @Test
    void theLimitIsDescribedInMebibytesWhenItIsWhole() {
        assertThat(BodyLimit.describe(2L << 20)).isEqualTo("2 MiB");
        assertThat(BodyLimit.describe(1000)).isEqualTo("1000 bytes");
    }
}
