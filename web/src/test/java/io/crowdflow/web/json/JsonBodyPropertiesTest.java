package io.crowdflow.web.json;

import io.crowdflow.shared.domain.InvalidRequestException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, reading the body either succeeds or refuses it with an
 * {@link InvalidRequestException} (a 400 problem): never another exception, which would be a 500.
 */
class JsonBodyPropertiesTest {

    private static final List<String> FIELDS = List.of("title", "type", "redundancy", "skills", "reward", "answer");

    @Property(tries = 2000)
    void anyTextIsReadOrRefusedAsAnInvalidRequest(@ForAll @StringLength(max = 400) String text) {
        assertReadOrRefused(text);
    }

    @Property(tries = 2000)
    void anyMutationOfAValidBodyIsReadOrRefusedAsAnInvalidRequest(@ForAll("mutatedBodies") String text) {
        assertReadOrRefused(text);
    }

    @Property(tries = 300)
    void anyNestingIsReadOrRefusedWithoutExhaustingTheStack(@ForAll @IntRange(min = 1, max = 200_000) int depth,
                                                             @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String text = "{\"x\": " + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        if (text.length() > JsonBody.MAX_CHARS) {
            assertThat(refusal(text)).contains("larger than");
        } else if (depth + 1 > 32) {
            assertThat(refusal(text)).contains("nested deeper than");
        } else {
            assertThat(JsonBody.parse(text).json("x")).isNotNull();
        }
    }

    @Property(tries = 1000)
    void typedAccessToAnyObjectNamesEachWrongFieldAndNeverThrowsAnythingElse(
            @ForAll("objects") String text) {
        JsonBody body;
        try {
            body = JsonBody.parse(text);
        } catch (InvalidRequestException refused) {
            return;
        }
        for (String field : FIELDS) {
            body.string(field);
            body.string("reward", field);
            body.integer(field);
            body.strings(field);
            body.json(field);
        }
        try {
            body.requireWellTyped();
        } catch (InvalidRequestException e) {
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.field()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> mutatedBodies() {
        String valid = """
                {"title": "Label the cats", "type": "labeling", "reward": {"amount": "0.50", "currency": "USD"},
                 "redundancy": 3, "deadline": "PT1H", "skills": ["image"], "input": {"items": ["a.png", 1, null]}}""";
        Arbitrary<Integer> at = Arbitraries.integers().between(0, valid.length() - 1);
        Arbitrary<String> insert = Arbitraries.of("{", "}", "[", "]", "\"", "\\", ",", ":", "\u0000", "\uD800",
                "1e999999", "-0", "null", "\\u0000", "\u202E", "<script>");
        return Combinators.combine(at, at, insert, Arbitraries.of(true, false)).as((from, to, piece, cut) -> {
            int a = Math.min(from, to);
            int b = Math.max(from, to);
            return cut ? valid.substring(0, a) + valid.substring(b) : valid.substring(0, a) + piece + valid.substring(a);
        });
    }

    @Provide
    Arbitrary<String> objects() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("1e400", "-1e400", "0.5", "9223372036854775808", "true", "null", "[]", "{}",
                        "[1, \"a\", null]", "{\"amount\": 5}", "[[\"x\"]]"));
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(FIELDS), values)
                .as((name, value) -> "\"" + name + "\": " + value);
        return member.list().ofMaxSize(8).map(members -> "{" + String.join(", ", members) + "}");
    }

    private static void assertReadOrRefused(String text) {
        try {
            JsonBody.parse(text);
        } catch (InvalidRequestException refused) {
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    private static String refusal(String text) {
        try {
            JsonBody.parse(text);
        } catch (InvalidRequestException refused) {
            return refused.violations().toString();
        }
        return "";
    }
}
