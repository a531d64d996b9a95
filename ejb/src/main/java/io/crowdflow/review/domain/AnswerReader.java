package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.JsonReading;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/**
 * Reduces a free-JSON answer to the text the review rules and aggregation compare: a JSON string is its text;
 * a number or boolean its literal; an object with a string {@code "label"} that label. Anything else (other
 * objects, arrays, null) has no text: it is never aggregated, so a human decides it.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    /** The answer's text, or {@code null} if it has none. */
    public static String textOf(String answerJson) {
        if (answerJson == null || answerJson.isBlank()) {
            return null;
        }
        JsonValue value;
        try (var reader = JsonReading.reader(answerJson)) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            return null;
        } catch (JsonException e) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            case OBJECT -> {
                JsonValue label = ((JsonObject) value).get("label");
                yield label instanceof JsonString s ? s.getString() : null;
            }
            default -> null;
        };
    }
}
