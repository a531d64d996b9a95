package io.crowdflow.payment.domain.ledger;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerEntryTest {

    @Test
    void encodingIsTheDocumentedByteLayout() {
        LedgerEntry entry = new LedgerEntry(1, Instant.parse("2025-01-01T00:00:00.000001Z"), "a", "b", "0.5000",
                "USD", "", "fee");
        assertThat(HexFormat.of().formatHex(entry.encode())).isEqualTo("01"
                + "0000000000000001"
                + "00062a99ba0c6001" // 1735689600000001 microseconds
                + "000161" + "000162" + "0006302e35303030" + "0003555344" + "0000" + "0003666565");
    }

    @Test
    void documentedExampleHasTheDocumentedLeafHash() {
        LedgerEntry entry = new LedgerEntry(1, Instant.parse("2025-01-01T00:00:00.000001Z"), "a", "b", "0.5000",
                "USD", "", "fee");
        // the same value is printed in docs/ledger.md so that other implementations can check theirs
        assertThat(HexFormat.of().formatHex(entry.leafHash()))
                .isEqualTo("369bb109ec1d06363fd5a0326b549f05f68efe2f85832405f40e7799df926e92");
    }

    @Test
    void amountsHaveExactlyFourFractionDigits() {
        assertThat(LedgerEntry.canonicalAmount(new BigDecimal("0.5"))).isEqualTo("0.5000");
        assertThat(LedgerEntry.canonicalAmount(new BigDecimal("1000.0000"))).isEqualTo("1000.0000");
        assertThatThrownBy(() -> new LedgerEntry(0, Instant.EPOCH, "a", "b", "0.5", "USD", "", "fee"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LedgerEntry(0, Instant.EPOCH, "a", "b", "1E+2", "USD", "", "fee"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyChangedFieldChangesTheLeafHash() {
        LedgerEntry entry = new LedgerEntry(7, Instant.parse("2025-01-01T10:00:00Z"), "f", "t", "1.0000", "USD",
                "task", "payment");
        byte[] leaf = entry.leafHash();
        assertThat(new LedgerEntry(8, entry.time(), "f", "t", "1.0000", "USD", "task", "payment").leafHash())
                .isNotEqualTo(leaf);
        assertThat(new LedgerEntry(7, entry.time(), "f", "t", "1.0001", "USD", "task", "payment").leafHash())
                .isNotEqualTo(leaf);
        // the length prefixes keep field boundaries: ("f", "tt") and ("ft", "t") differ
        assertThat(new LedgerEntry(7, entry.time(), "f", "tt", "1.0000", "USD", "task", "payment").leafHash())
                .isNotEqualTo(new LedgerEntry(7, entry.time(), "ft", "t", "1.0000", "USD", "task", "payment").leafHash());
    }
}
