package io.crowdflow.payment.application;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerAppendsTest {

    private final Map<String, String> properties = new HashMap<>();

    private LedgerAppends startedWith(String switchValue, String consent) {
        properties.put(LedgerAppends.SWITCH, switchValue);
        properties.put(LedgerAppends.BENCHMARK_CONSENT, consent);
        return new LedgerAppends(properties::get);
    }

    @Test
    void aPlatformWithNeitherPropertyAppendsAndSaysNothing() {
        LedgerAppends appends = startedWith(null, null);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).isEmpty();
    }

    @Test
    void theSwitchAloneIsIgnoredWithAWarning() {
        LedgerAppends appends = startedWith("off", null);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).get().asString().contains("IGNORED", LedgerAppends.BENCHMARK_CONSENT);
    }

    @Test
    void theSwitchWithAnyOtherConsentIsIgnored() {
        assertThat(startedWith("off", "true").skipped()).isFalse();
        assertThat(startedWith("off", "yes").skipped()).isFalse();
    }

    @Test
    void theConsentAloneChangesNothingButIsAnnouncedLoudly() {
        LedgerAppends appends = startedWith(null, LedgerAppends.CONSENT_VALUE);

        assertThat(appends.skipped()).isFalse();
        assertThat(appends.notice()).get().asString().contains("BENCHMARK MODE", "now: on");
        assertThat(startedWith("on", LedgerAppends.CONSENT_VALUE).skipped()).isFalse();
        assertThat(startedWith("false", LedgerAppends.CONSENT_VALUE).skipped()).isFalse();
    }

    @Test
    void bothPropertiesTogetherSkipTheAppends() {
        LedgerAppends appends = startedWith("off", LedgerAppends.CONSENT_VALUE);

        assertThat(appends.skipped()).isTrue();
        assertThat(appends.notice()).get().asString().contains("BENCHMARK MODE", "now: OFF");
    }

    @Test
    void withTheConsentTheSwitchTurnsTheAppendsOffAndOnWhileRunning() {
        LedgerAppends appends = startedWith(null, LedgerAppends.CONSENT_VALUE);

        properties.put(LedgerAppends.SWITCH, "off");
        assertThat(appends.skipped()).isTrue();
        properties.remove(LedgerAppends.SWITCH);
        assertThat(appends.skipped()).isFalse();
    }

    @Test
    void aConsentGivenAfterTheStartIsNotHonoured() {
        LedgerAppends appends = startedWith("off", null);

        properties.put(LedgerAppends.BENCHMARK_CONSENT, LedgerAppends.CONSENT_VALUE);

        assertThat(appends.skipped()).isFalse();
    }
}
