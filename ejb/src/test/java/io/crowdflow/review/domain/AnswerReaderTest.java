package io.crowdflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    @Test
    void stringsNumbersBooleansAndObjectLabelsHaveText() {
        assertThat(AnswerReader.textOf("\"cat\"")).isEqualTo("cat");
        assertThat(AnswerReader.textOf("3")).isEqualTo("3");
        assertThat(AnswerReader.textOf("true")).isEqualTo("true");
        assertThat(AnswerReader.textOf("{\"label\": \"dog\", \"note\": \"x\"}")).isEqualTo("dog");
    }

    @Test
    void otherShapesAndBrokenJsonHaveNone() {
        assertThat(AnswerReader.textOf("{\"cat\": true}")).isNull();
        assertThat(AnswerReader.textOf("{\"label\": 3}")).isNull();
        assertThat(AnswerReader.textOf("[\"cat\"]")).isNull();
        assertThat(AnswerReader.textOf("null")).isNull();
        assertThat(AnswerReader.textOf(null)).isNull();
        assertThat(AnswerReader.textOf("{broken")).isNull();
    }

    @Test
    void theLabelSetIsReadFromTheTaskInput() {
        assertThat(AnswerReader.labelsOf("{\"items\": [\"a.png\"], \"labels\": [\"cat\", \" dog \", 3]}"))
                .containsExactlyInAnyOrder("cat", "dog");
        assertThat(AnswerReader.labelsOf("{\"items\": [\"a.png\"]}")).isEmpty();
        assertThat(AnswerReader.labelsOf("[1, 2]")).isEmpty();
        assertThat(AnswerReader.labelsOf(null)).isEmpty();
    }
}
