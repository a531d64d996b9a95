package io.crowdflow.governance.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an archived record's pseudonyms, which are the same for a person across all records
 * ({@link Pseudonyms}), into pseudonyms valid in this record only ({@code person-1}, {@code person-2}, ...):
 * the record still tells its requester from its workers, but no longer links to anyone's other records.
 */
public final class RecordPseudonyms {

    private RecordPseudonyms() {
    }

    public static String unlink(String archivedJson) {
        JsonObject content = Json.createReader(new StringReader(archivedJson)).readObject();
        Map<String, String> local = new LinkedHashMap<>();
        JsonObjectBuilder out = Json.createObjectBuilder(content);
        if (content.containsKey("requester")) {
            out.add("requester", localName(local, content.getString("requester")));
        }
        if (content.containsKey("answers")) {
            JsonArrayBuilder answers = Json.createArrayBuilder();
            for (JsonValue value : content.getJsonArray("answers")) {
                JsonObject answer = value.asJsonObject();
                answers.add(answer.containsKey("worker")
                        ? Json.createObjectBuilder(answer).add("worker", localName(local, answer.getString("worker")))
                        : Json.createObjectBuilder(answer));
            }
            out.add("answers", answers);
        }
        out.add("pseudonyms", "valid in this record only");
        return out.build().toString();
    }

    private static String localName(Map<String, String> local, String pseudonym) {
        return local.computeIfAbsent(pseudonym, p -> "person-" + (local.size() + 1));
    }
}
