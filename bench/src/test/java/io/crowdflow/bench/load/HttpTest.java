package io.crowdflow.bench.load;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpTest {

    @Test
    void theCommandLineNamesHttp11OrHttp2() {
        assertThat(Http.version("1.1")).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(Http.version("2")).isEqualTo(HttpClient.Version.HTTP_2);
    }

    @Test
    void anyOtherVersionIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> Http.version("3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--http");
    }
}
