package io.crowdflow.web.json;

import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonBodyTest {

    // --- reading the body ------------------------------------------------------------------------

    @Test
    void aJsonObjectIsRead() {
        JsonBody body = JsonBody.parse("{\"title\": \"Label the cats\"}");

        assertThat(body.string("title")).isEqualTo("Label the cats");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void anEmptyBodyIsRefused(String text) {
        assertThat(bodyViolation(text)).isEqualTo(new Violation("body", "is empty; a JSON object is expected"));
    }

    @Test
    void aMissingBodyIsRefused() {
        assertThat(bodyViolation(null)).isEqualTo(new Violation("body", "is empty; a JSON object is expected"));
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        Violation violation = bodyViolation("{\n  \"title\": \"cats\",\n  \"redundancy\": }");

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).matches("malformed JSON at line 3, column \\d+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1", "{'a': 1}", "{\"a\" 1}", "{a: 1}", "{\"a\": tru}"})
    void anyMalformedJsonIsRefusedOnTheBodyField(String text) {
        Violation violation = bodyViolation(text);

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).startsWith("malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1} {\"a\": 2}", "{\"a\": 1}garbage", "{\"a\": 1}]"})
    void contentAfterTheObjectIsRefusedAsMalformed(String text) {
        Violation violation = bodyViolation(text);

        assertThat(violation.field()).isEqualTo("body");
        assertThat(violation.message()).startsWith("malformed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "\"text\"", "42", "true", "null"})
    void aBodyThatIsNotAnObjectIsRefused(String text) {
        assertThat(bodyViolation(text)).isEqualTo(new Violation("body", "must be a JSON object"));
    }

    @Test
    void thirtyTwoLevelsOfNestingAreReadButThirtyThreeAreNot() {
        assertThat(JsonBody.parse(nested(32)).json("a")).isNotNull();

        assertThat(bodyViolation(nested(33))).isEqualTo(new Violation("body", "nested deeper than 32 levels"));
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        String brackets = "[[[[[[[[[[{{{{{{{{{{[[[[[[[[[[{{{{{{{{{{";
        JsonBody body = JsonBody.parse("{\"title\": \"" + brackets + "\"}");

        assertThat(body.string("title")).isEqualTo(brackets);
    }

    @Test
    void escapedQuotesDoNotEndAStringForTheNestingCount() {
        String text = "{\"title\": \"say \\\"" + "[".repeat(40) + "\\\" twice\", \"tail\": \"a\\\\\"}";

        JsonBody body = JsonBody.parse(text);

        assertThat(body.string("title")).isEqualTo("say \"" + "[".repeat(40) + "\" twice");
        assertThat(body.string("tail")).isEqualTo("a\\");
    }

    @Test
    void nestingIsCountedOnTheRawText() {
        assertThat(JsonBody.depthOf("{}")).isEqualTo(1);
        assertThat(JsonBody.depthOf("{\"a\": [1, {\"b\": []}], \"c\": {}}")).isEqualTo(4);
        assertThat(JsonBody.depthOf("{\"a\": \"]]]]{{{{\"}")).isEqualTo(1);
        assertThat(JsonBody.depthOf("{\"a\": \"\\\\\", \"b\": [[]]}")).as("an escaped backslash ends nothing")
                .isEqualTo(3);
    }

    @Test
    void aBodyOfTheMaximumSizeIsReadButOneCharacterMoreIsNot() {
        String atLimit = objectOfLength(JsonBody.MAX_CHARS);
        assertThat(JsonBody.parse(atLimit).string("pad")).isNotEmpty();

        assertThat(bodyViolation(objectOfLength(JsonBody.MAX_CHARS + 1)))
                .isEqualTo(new Violation("body", "larger than 262144 characters"));
    }

    // --- typed fields ----------------------------------------------------------------------------

    @Test
    void absentAndNullFieldsReadAsNullWithoutViolation() {
        JsonBody body = JsonBody.parse("{\"n\": null, \"r\": null}");

        assertThat(body.string("title")).isNull();
        assertThat(body.string("n")).isNull();
        assertThat(body.integer("n")).isNull();
        assertThat(body.integer("missing")).isNull();
        assertThat(body.strings("n")).isNull();
        assertThat(body.string("r", "amount")).isNull();
        assertThat(body.string("missing", "amount")).isNull();
        assertThat(body.json("n")).isNull();
        assertThat(body.json("missing")).isNull();
        assertThat(body.requireWellTyped()).isSameAs(body);
    }

    @Test
    void aNumberWhereAStringIsExpectedIsAViolationNamingTheField() {
        JsonBody body = JsonBody.parse("{\"title\": 42}");

        assertThat(body.string("title")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("title", "must be a string"));
    }

    @Test
    void aNestedStringIsReadByItsDottedPath() {
        JsonBody body = JsonBody.parse("{\"reward\": {\"amount\": \"0.50\", \"currency\": 1}}");

        assertThat(body.string("reward", "amount")).isEqualTo("0.50");
        assertThat(body.string("reward", "currency")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("reward.currency", "must be a string"));
    }

    @Test
    void aParentThatIsNotAnObjectIsAViolation() {
        JsonBody body = JsonBody.parse("{\"reward\": \"0.50 USD\"}");

        assertThat(body.string("reward", "amount")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("reward", "must be an object"));
    }

    @Test
    void aWholeNumberIsReadAsAnInteger() {
        JsonBody body = JsonBody.parse("{\"redundancy\": 3, \"negative\": -7, \"max\": 2147483647}");

        assertThat(body.integer("redundancy")).isEqualTo(3);
        assertThat(body.integer("negative")).isEqualTo(-7);
        assertThat(body.integer("max")).isEqualTo(Integer.MAX_VALUE);
        assertThat(body.requireWellTyped()).isSameAs(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "\"3\"", "true", "[3]", "{}"})
    void aValueThatIsNotAWholeNumberIsAViolation(String value) {
        JsonBody body = JsonBody.parse("{\"redundancy\": " + value + "}");

        assertThat(body.integer("redundancy")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("redundancy", "must be a whole number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "100000000000000000000"})
    void aWholeNumberBeyondIntegerRangeIsAViolation(String value) {
        JsonBody body = JsonBody.parse("{\"redundancy\": " + value + "}");

        assertThat(body.integer("redundancy")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("redundancy", "is out of range"));
    }

    @Test
    void aListOfStringsIsRead() {
        JsonBody body = JsonBody.parse("{\"skills\": [\"english\", \"vision\"], \"none\": []}");

        assertThat(body.strings("skills")).containsExactly("english", "vision");
        assertThat(body.strings("none")).isEmpty();
        assertThat(body.requireWellTyped()).isSameAs(body);
    }

    @Test
    void eachItemOfAListThatIsNotAStringIsAViolationNamedByItsIndex() {
        JsonBody body = JsonBody.parse("{\"skills\": [\"english\", 7, \"vision\", null]}");

        assertThat(body.strings("skills")).containsExactly("english", "vision");
        assertThat(typeViolations(body)).containsExactly(
                new Violation("skills[1]", "must be a string"), new Violation("skills[3]", "must be a string"));
    }

    @Test
    void aListFieldThatIsNotAListIsAViolation() {
        JsonBody body = JsonBody.parse("{\"skills\": \"english\"}");

        assertThat(body.strings("skills")).isNull();
        assertThat(typeViolations(body)).containsExactly(new Violation("skills", "must be a list of strings"));
    }

    @Test
    void everyTypeViolationIsReportedTogether() {
        JsonBody body = JsonBody.parse("{\"title\": 1, \"redundancy\": \"3\", \"skills\": {}, "
                + "\"reward\": {\"amount\": 0.5}}");

        body.string("title");
        body.integer("redundancy");
        body.strings("skills");
        body.string("reward", "amount");

        assertThat(typeViolations(body)).extracting(Violation::field)
                .containsExactly("title", "redundancy", "skills", "reward.amount");
    }

    @Test
    void anyValueIsReturnedAsCompactJson() {
        JsonBody body = JsonBody.parse("{\"input\": { \"image\" : \"cat.png\",\n \"boxes\": [ 1 , 2.5, true ] },"
                + " \"n\": 7, \"s\": \"x\"}");

        assertThat(body.json("input")).isEqualTo("{\"image\":\"cat.png\",\"boxes\":[1,2.5,true]}");
        assertThat(body.json("n")).isEqualTo("7");
        assertThat(body.json("s")).isEqualTo("\"x\"");
    }

    @Test
    void storedJsonIsReadBackAsAValue() {
        assertThat(JsonBody.parseValue(null)).isEqualTo(JsonValue.NULL);
        assertThat(JsonBody.parseValue("{\"a\":[1]}").asJsonObject().getJsonArray("a").getInt(0)).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Violation bodyViolation(String text) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> JsonBody.parse(text));
        assertThat(e).as("the body should have been refused").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    private static List<Violation> typeViolations(JsonBody body) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, body::requireWellTyped);
        assertThat(e).as("type violations should have been reported").isNotNull();
        return e.violations();
    }

    /** {"a":{"a":...{}...}} with the given number of objects. */
    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    /** A valid JSON object of exactly the given length. */
    private static String objectOfLength(int length) {
        String open = "{\"pad\":\"";
        String close = "\"}";
        return open + "x".repeat(length - open.length() - close.length()) + close;
    }
}
