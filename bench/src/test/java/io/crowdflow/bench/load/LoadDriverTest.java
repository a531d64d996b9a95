package io.crowdflow.bench.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadDriverTest {

    @Test
    void inAClosedLoopThirtyTwoClientsAtFourteenLifecyclesASecondWaitAboutFourHundredFiftyMillisecondsPerCall() {
        // 32 lifecycles in flight, 14 finish a second: 2.29 s each, 5 calls: 457 ms a call
        assertThat(LoadDriver.closedLoopMeanCallMillis(32, 14.0)).isCloseTo(457.1, within(0.1));
    }

    @Test
    void aMeanCallOfAHundredMillisecondsAtThirtyTwoClosedLoopClientsNeedsSixtyFourLifecyclesASecond() {
        assertThat(LoadDriver.closedLoopMeanCallMillis(32, 64.0)).isCloseTo(100.0, within(1e-9));
    }
}
