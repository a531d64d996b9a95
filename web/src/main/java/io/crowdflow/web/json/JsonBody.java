package io.crowdflow.web.json;

import io.crowdflow.shared.domain.JsonReading;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import java.util.ArrayList;
import java.util.List;

/**
 * A request body read as a JSON object, with typed access to its fields. Wrong types are collected as
 * violations naming the field, so the client learns everything wrong with a request at once.
 */
public final class JsonBody {

    /** Largest body the API reads; docs/api.md states it. */
    public static final int MAX_CHARS = 262_144;
    private static final int MAX_DEPTH = 32;

    private final JsonObject object;
    private final List<Violation> violations = new ArrayList<>();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    public static JsonBody parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("body", "is empty; a JSON object is expected");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidRequestException("body", "larger than " + MAX_CHARS + " characters");
        }
        if (depthOf(text) > MAX_DEPTH) {
            throw new InvalidRequestException("body", "nested deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonParser parser = JsonReading.parser(text)) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidRequestException("body", "malformed JSON: content after the JSON object");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidRequestException("body", "must be a JSON object");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidRequestException("body", "malformed JSON"
                    + (at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber()));
        } catch (JsonException e) {
            throw new InvalidRequestException("body", "malformed JSON");
        }
    }

    public String string(String field) {
        return string(object, field, field);
    }

    public String string(String parent, String field) {
        JsonValue value = object.get(parent);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            Violation notAnObject = new Violation(parent, "must be an object");
            if (!violations.contains(notAnObject)) {
                violations.add(notAnObject);
            }
            return null;
        }
        return string(value.asJsonObject(), field, parent + "." + field);
    }

    public Integer integer(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                violations.add(new Violation(field, "is out of range"));
                return null;
            }
        }
        violations.add(new Violation(field, "must be a whole number"));
        return null;
    }

    /** A JSON number, exactly as written; null when absent or JSON null. */
    public java.math.BigDecimal decimal(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        violations.add(new Violation(field, "must be a number"));
        return null;
    }

    /** A JSON true or false; null when absent or JSON null. */
    public Boolean bool(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        violations.add(new Violation(field, "must be true or false"));
        return null;
    }

    public List<String> strings(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            violations.add(new Violation(field, "must be a list of strings"));
            return null;
        }
        List<String> list = new ArrayList<>();
        var array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                list.add(s.getString());
            } else {
                violations.add(new Violation(field + "[" + i + "]", "must be a string"));
            }
        }
        return list;
    }

    /** Any JSON value, as compact JSON text; null when absent or JSON null. */
    public String json(String field) {
        JsonValue value = object.get(field);
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }

    /** Throws every type violation found so far, if any. */
    public JsonBody requireWellTyped() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return this;
    }

    private String string(JsonObject from, String field, String path) {
        JsonValue value = from.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        violations.add(new Violation(path, "must be a string"));
        return null;
    }

    /** Nesting depth, counted on the raw text so a hostile body never reaches the parser's recursion. */
    static int depthOf(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    public static JsonValue parseValue(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = JsonReading.reader(json)) {
            return reader.readValue();
        }
    }
}
