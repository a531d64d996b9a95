package io.crowdflow.payment.domain.ledger;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One movement of money as the public ledger records it: no names, only pseudonymous account ids.
 * {@link #encode()} is the canonical byte form that the Merkle tree hashes (docs/ledger.md, "Entry encoding").
 *
 * @param sequence position in the log, 0-based, gap-free
 * @param time     when it was recorded, microsecond precision
 * @param from     pseudonymous id of the account debited
 * @param to       pseudonymous id of the account credited
 * @param amount   decimal string with exactly four fraction digits, e.g. {@code "0.5000"}
 * @param currency ISO-4217 code
 * @param taskId   the task it belongs to, or {@code ""}
 * @param kind     {@code deposit}, {@code escrow}, {@code payment}, {@code refund}, {@code fee} or {@code bonus}
 */
public record LedgerEntry(long sequence, Instant time, String from, String to, String amount, String currency,
                          String taskId, String kind) {

    /** First byte of every encoded entry; a new encoding gets a new version. */
    public static final byte VERSION = 1;
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)\\.[0-9]{4}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public LedgerEntry {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(time, "time");
        time = time.truncatedTo(ChronoUnit.MICROS);
        requireText(from, "from");
        requireText(to, "to");
        if (amount == null || !AMOUNT.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount must be a decimal with four fraction digits: " + amount);
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO-4217 code: " + currency);
        }
        taskId = taskId == null ? "" : taskId;
        requireText(kind, "kind");
    }

    /** The canonical text of an amount: plain, four fraction digits ({@code 0.5 -> "0.5000"}). */
    public static String canonicalAmount(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * version (1 byte = 1) | sequence (8 bytes, big-endian) | time (8 bytes, big-endian, microseconds since
     * the epoch) | from | to | amount | currency | taskId | kind, each string as its UTF-8 length (2 bytes,
     * big-endian) followed by its UTF-8 bytes.
     */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        out.write(VERSION);
        writeLong(out, sequence);
        writeLong(out, Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000));
        writeText(out, from);
        writeText(out, to);
        writeText(out, amount);
        writeText(out, currency);
        writeText(out, taskId);
        writeText(out, kind);
        return out.toByteArray();
    }

    /** RFC 6962 leaf hash of this entry: SHA-256(0x00 || encode()). */
    public byte[] leafHash() {
        return MerkleTree.leafHash(encode());
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("field longer than 65535 bytes");
        }
        out.write(bytes.length >>> 8);
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
