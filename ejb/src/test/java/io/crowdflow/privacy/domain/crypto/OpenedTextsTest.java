package io.crowdflow.privacy.domain.crypto;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OpenedTextsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final OpenedTexts texts = new OpenedTexts(3, Duration.ofNanos(100), now::get);

    @Test
    void aTextIsKeptUntilItsTimeIsUpAndThenOpenedAgain() {
        texts.put("cf1:k1:aaa", "w1", "cat");
        now.addAndGet(99);
        assertThat(texts.get("cf1:k1:aaa")).isEqualTo("cat");
        now.addAndGet(1);
        assertThat(texts.get("cf1:k1:aaa")).as("as long as an unwrapped key may live, no longer").isNull();
        assertThat(texts.size()).isZero();
    }

    @Test
    void anErasedPersonsTextsAreDroppedAndNoOneElses() {
        texts.put("cf1:k1:aaa", "w1", "cat");
        texts.put("cf1:k1:bbb", "w1", "dog");
        texts.put("cf1:k2:ccc", "w2", "cat");

        texts.forget("w1");

        assertThat(texts.get("cf1:k1:aaa")).isNull();
        assertThat(texts.get("cf1:k1:bbb")).isNull();
        assertThat(texts.get("cf1:k2:ccc")).isEqualTo("cat");
    }

    @Test
    void aFullTableDropsExpiredTextsFirstAndOtherwiseStartsAgain() {
        texts.put("a", "w1", "1");
        now.addAndGet(50);
        texts.put("b", "w1", "2");
        texts.put("c", "w1", "3");
        now.addAndGet(60);                       // "a" expired, "b" and "c" not

        texts.put("d", "w1", "4");
        assertThat(texts.size()).as("only the expired one made room").isEqualTo(3);
        assertThat(texts.get("b")).isEqualTo("2");

        texts.put("e", "w1", "5");               // nothing expired: the table starts again
        assertThat(texts.size()).isEqualTo(1);
        assertThat(texts.get("e")).isEqualTo("5");
    }
}
