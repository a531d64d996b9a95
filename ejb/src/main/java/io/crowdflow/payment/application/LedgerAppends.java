package io.crowdflow.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Whether money movements are appended to the public ledger: always, except in a benchmark that measures what
 * the appends cost (docs/benchmarks.md, "Ledger appends against lifecycle throughput"). Two JVM system
 * properties, never the environment or a settings file:
 * <ul>
 * <li>{@value #BENCHMARK_CONSENT}{@code =}{@value #CONSENT_VALUE}, read once when the platform starts: without it
 *     the appends cannot be turned off at all;</li>
 * <li>{@value #SWITCH}{@code =off}, read at every money-moving commit, so that a benchmark can measure with and
 *     without appends on one running server, minutes apart (set and removed through the management CLI). Without
 *     the consent it is ignored, with a warning.</li>
 * </ul>
 * While appends are off, accounts and postings still move and balance; only the ledger entries (and the head
 * lock) are skipped, so those postings keep {@code ledger_seq} null for good and no proof will ever cover them.
 * The consent is logged at SEVERE at start, every switch at SEVERE, and every checkpoint interval repeats how
 * many postings have no entry ({@code LedgerCheckpointer}).
 */
@ApplicationScoped
public class LedgerAppends {

    private static final Logger LOG = Logger.getLogger(LedgerAppends.class.getName());

    static final String SWITCH = "crowdflow.ledger.appends";
    static final String BENCHMARK_CONSENT = "crowdflow.benchmark.unlogged-payments";
    static final String CONSENT_VALUE = "i-am-a-benchmark-not-production";

    private UnaryOperator<String> properties = System::getProperty;
    private boolean consented;
    private final AtomicBoolean lastSkipped = new AtomicBoolean();
    private final AtomicLong unlogged = new AtomicLong();

    public LedgerAppends() {
    }

    /** For tests: system properties from this function (null: not set). */
    LedgerAppends(UnaryOperator<String> properties) {
        this.properties = properties;
        readConsent();
    }

    @PostConstruct
    void readConsent() {
        String consent = properties.apply(BENCHMARK_CONSENT);
        consented = consent != null && consent.trim().equals(CONSENT_VALUE);
    }

    /** Whether this commit skips the ledger entries of its postings (a benchmark, never production). */
    public boolean skipped() {
        boolean skipped = consented && switchedOff();
        if (lastSkipped.getAndSet(skipped) != skipped) {
            LOG.severe(() -> "CROWDFLOW-04010 BENCHMARK MODE: ledger appends are now " + (skipped ? "OFF" : "on again")
                    + " (" + SWITCH + "); " + unlogged.get() + " postings since start have no ledger entry");
        }
        return skipped;
    }

    private boolean switchedOff() {
        String value = properties.apply(SWITCH);
        return value != null && value.trim().equalsIgnoreCase("off");
    }

    /** Whether the benchmark consent was given at start: only then can {@value #SWITCH} turn the appends off. */
    public boolean consented() {
        return consented;
    }

    /** What the start-up log must say about the ledger's appends, if anything. */
    public Optional<String> notice() {
        if (consented) {
            return Optional.of("BENCHMARK MODE: " + BENCHMARK_CONSENT + "=" + CONSENT_VALUE + " is set, so " + SWITCH
                    + "=off turns the ledger appends OFF (now: " + (switchedOff() ? "OFF" : "on") + "). Payments "
                    + "then move and balance in the accounts, but they are NOT appended to the public ledger; those "
                    + "postings keep ledger_seq null and no proof will ever cover them. Never run a platform that "
                    + "anyone pays through like this.");
        }
        if (switchedOff()) {
            return Optional.of(SWITCH + "=off is IGNORED: it takes effect only in a benchmark started with "
                    + BENCHMARK_CONSENT + "=" + CONSENT_VALUE + "; every posting is appended to the ledger");
        }
        return Optional.empty();
    }

    void unlogged(int postings) {
        unlogged.addAndGet(postings);
    }

    /** Postings made without a ledger entry since this node started. */
    public long unloggedSinceStart() {
        return unlogged.get();
    }
}
