package io.crowdflow.payment.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerAppendsTest {

    @Test
    void aPlatformWithNeitherPropertyAppendsAndSaysNothing() {
        LedgerAppends appends = new LedgerAppends(null, null);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).isEmpty();
    }

    @Test
    void theSwitchAloneIsIgnoredWithAWarning() {
        LedgerAppends appends = new LedgerAppends("off", null);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).get().asString().contains("IGNORED", LedgerAppends.BENCHMARK_CONSENT);
    }

    @Test
    void theSwitchWithAnyOtherConsentIsIgnored() {
        assertThat(new LedgerAppends("off", "true").skipped()).isFalse();
        assertThat(new LedgerAppends("off", "yes").skipped()).isFalse();
    }

    @Test
    void theConsentAloneChangesNothing() {
        assertThat(new LedgerAppends(null, LedgerAppends.CONSENT_VALUE).skipped()).isFalse();
        assertThat(new LedgerAppends("on", LedgerAppends.CONSENT_VALUE).skipped()).isFalse();
    }

    @Test
    void bothPropertiesTogetherSkipTheAppendsAndSayItLoudly() {
        LedgerAppends appends = new LedgerAppends("off", LedgerAppends.CONSENT_VALUE);

        assertThat(appends.skipped()).isTrue();
        assertThat(appends.notice()).get().asString().contains("BENCHMARK MODE", "LEDGER APPENDS ARE OFF");
    }

    @Test
    void aValueThatIsNeitherOnNorOffIsIgnoredWithAWarning() {
        LedgerAppends appends = new LedgerAppends("false", LedgerAppends.CONSENT_VALUE);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).get().asString().contains("ignored");
    }
}
