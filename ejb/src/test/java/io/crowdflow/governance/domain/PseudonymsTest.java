package io.crowdflow.governance.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    @Test
    void theSamePersonAlwaysGetsTheSamePseudonym() {
        assertThat(Pseudonyms.of("8a1f-worker-ada")).isEqualTo(Pseudonyms.of("8a1f-worker-ada"));
    }

    @Test
    void differentPeopleGetDifferentPseudonyms() {
        assertThat(Pseudonyms.of("worker-1")).isNotEqualTo(Pseudonyms.of("worker-2"));
    }

    @Test
    void aPseudonymIsShortHexAndHoldsNothingOfTheId() {
        String pseudonym = Pseudonyms.of("ada");

        assertThat(pseudonym).matches("p-[0-9a-f]{16}").doesNotContain("ada");
        assertThat(Pseudonyms.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .doesNotContain("3f2504e0").doesNotContain("0305e82c3301");
    }

    @Test
    void thePseudonymIsPinnedSoArchivedContentStaysLinkedAcrossReleases() {
        // first 8 bytes of SHA-256("crowdflow-archive:ada"); changing salt or length breaks existing archives
        assertThat(Pseudonyms.of("ada")).isEqualTo("p-09236f56ed7e1029");
    }
}
