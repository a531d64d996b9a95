package io.crowdflow.governance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordPseudonymsTest {

    @Test
    void pseudonymsBecomeLocalToTheRecordAndKeepWhoIsWho() {
        String archived = "{\"task\":\"t1\",\"requester\":\"" + Pseudonyms.of("req") + "\",\"answers\":["
                + "{\"worker\":\"" + Pseudonyms.of("w1") + "\",\"answer\":1},"
                + "{\"worker\":\"" + Pseudonyms.of("w2") + "\",\"answer\":2},"
                + "{\"worker\":\"" + Pseudonyms.of("w1") + "\",\"answer\":3}]}";

        String unlinked = RecordPseudonyms.unlink(archived);

        assertThat(unlinked).doesNotContain(Pseudonyms.of("req")).doesNotContain(Pseudonyms.of("w1"))
                .contains("\"requester\":\"person-1\"")
                .contains("{\"worker\":\"person-2\",\"answer\":1}")
                .contains("{\"worker\":\"person-3\",\"answer\":2}")
                .contains("{\"worker\":\"person-2\",\"answer\":3}")
                .contains("\"task\":\"t1\"");
    }
}
