package io.crowdflow.payment.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether money movements are appended to the public ledger: always, except in a benchmark that measures what
 * the appends cost (docs/benchmarks.md, "Ledger appends against lifecycle throughput"). Skipping them takes two
 * JVM system properties together, read once at start and never from the environment or a settings file:
 * {@value #SWITCH}{@code =off} and {@value #BENCHMARK_CONSENT}{@code =}{@value #CONSENT_VALUE}. The first alone is
 * ignored (with a warning). While appends are off, accounts and postings still move and balance; only the
 * ledger entries (and the head lock) are skipped, so those postings keep {@code ledger_seq} null for good and the
 * verifier never sees them. The ledger's start-up and every checkpoint interval then log it at SEVERE
 * ({@code LedgerCheckpointer}).
 */
@ApplicationScoped
public class LedgerAppends {

    static final String SWITCH = "crowdflow.ledger.appends";
    static final String BENCHMARK_CONSENT = "crowdflow.benchmark.unlogged-payments";
    static final String CONSENT_VALUE = "i-am-a-benchmark-not-production";

    private boolean skipped;
    private String notice;
    private final AtomicLong unlogged = new AtomicLong();

    public LedgerAppends() {
    }

    /** For tests: as if the two system properties had these values (null: not set). */
    LedgerAppends(String switchValue, String consent) {
        decide(switchValue, consent);
    }

    @PostConstruct
    void readSystemProperties() {
        decide(System.getProperty(SWITCH), System.getProperty(BENCHMARK_CONSENT));
    }

    private void decide(String switchValue, String consent) {
        boolean asked = switchValue != null && switchValue.trim().equalsIgnoreCase("off");
        boolean consented = consent != null && consent.trim().equals(CONSENT_VALUE);
        skipped = asked && consented;
        if (skipped) {
            notice = "BENCHMARK MODE: LEDGER APPENDS ARE OFF (" + SWITCH + "=off, " + BENCHMARK_CONSENT + "="
                    + CONSENT_VALUE + "). Payments move and balance in the accounts, but NO posting of this run "
                    + "is appended to the public ledger; those postings keep ledger_seq null and no proof will "
                    + "ever cover them. Never run a platform that anyone pays through like this.";
        } else if (asked) {
            notice = SWITCH + "=off is IGNORED: it takes effect only in a benchmark, with " + BENCHMARK_CONSENT + "="
                    + CONSENT_VALUE + " as well; every posting is appended to the ledger";
        } else if (switchValue != null && !switchValue.isBlank() && !switchValue.trim().equalsIgnoreCase("on")) {
            notice = SWITCH + "=" + switchValue + " is not 'on' or 'off' and is ignored: every posting is appended";
        } else {
            notice = null;
        }
    }

    /** Whether this platform skips the ledger entries of its postings (a benchmark, never production). */
    public boolean skipped() {
        return skipped;
    }

    /** What the start-up log must say about the ledger's appends, if anything. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    void unlogged(int postings) {
        unlogged.addAndGet(postings);
    }

    /** Postings made without a ledger entry since this node started. */
    public long unloggedSinceStart() {
        return unlogged.get();
    }
}
