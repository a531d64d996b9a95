package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.JsonReading;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
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

    /** A task's label set: the strings of its {@code input.labels}, stripped, if the requester gave one; else empty. */
    public static Set<String> labelsOf(String inputJson) {
        if (inputJson == null || inputJson.isBlank()) {
            return Set.of();
        }
        try (var reader = JsonReading.reader(inputJson)) {
            JsonValue input = reader.readValue();
            if (input instanceof JsonObject object && object.get("labels") instanceof JsonArray labels) {
                return labels.stream().filter(JsonString.class::isInstance)
                        .map(v -> ((JsonString) v).getString().strip())
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (RuntimeException e) {
            // input is validated JSON at posting time; anything unreadable simply declares no labels
        }
        return Set.of();
    }
}
