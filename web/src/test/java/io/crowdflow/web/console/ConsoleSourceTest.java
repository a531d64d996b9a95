package io.crowdflow.web.console;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's own files keep to what its content security policy and its escaping promise: data reaches the
 * page only as text (no HTML sinks, no eval), and the HTML has no inline script, style or event handler.
 * The vendored keycloak-js is not ours and is left out.
 */
class ConsoleSourceTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern HTML_SINK = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|setAttribute\\(['\"]on");

    @Test
    void noScriptOfOursWritesHtmlOrEvaluatesText() throws IOException {
        for (Path script : files(".js")) {
            String text = Files.readString(script);
            String code = text.replaceAll("(?m)^\\s*//.*$", "");
            assertThat(HTML_SINK.matcher(code).find()).as(script + " uses an HTML sink or eval").isFalse();
        }
        assertThat(files(".js")).hasSizeGreaterThan(10);
    }

    @Test
    void theHtmlHasNoInlineScriptStyleOrHandler() throws IOException {
        for (Path html : files(".html")) {
            String text = Files.readString(html);
            assertThat(text).as(html.toString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=").doesNotContain("<style");
        }
    }

    @Test
    void everyMessageKeyExistsInEnglishAndChinese() throws IOException {
        assertThat(keys("en.js")).isEqualTo(keys("zh.js")).hasSizeGreaterThan(100);
    }

    private static List<String> keys(String bundle) throws IOException {
        return Pattern.compile("(?m)^\\s*'([^']+)':").matcher(Files.readString(WEBAPP.resolve("js/messages/" + bundle)))
                .results().map(m -> m.group(1)).sorted().toList();
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(WEBAPP)) {
            return all.filter(p -> p.toString().endsWith(suffix)).filter(p -> !p.startsWith(WEBAPP.resolve("vendor")))
                    .toList();
        }
    }
}
