package io.crowdflow.bench.ledger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved copy of the ledger, in the API's JSON: {@code public-key.json}, {@code checkpoints.json}
 * (newest first), {@code entries.jsonl} (one entry per line, in sequence order) and
 * {@code consistency/<from>-<to>.json}. Written by {@code --save}, read by {@code --dir}.
 */
final class DirectoryLedgerSource implements LedgerSource {

    private final Path dir;
    private List<JsonObject> entries;

    DirectoryLedgerSource(Path dir) {
        this.dir = dir;
    }

    @Override
    public JsonObject publicKey() {
        return (JsonObject) read(dir.resolve("public-key.json"));
    }

    @Override
    public JsonArray checkpoints() {
        return (JsonArray) read(dir.resolve("checkpoints.json"));
    }

    @Override
    public JsonArray entries(long from, int count) {
        if (entries == null) {
            entries = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(dir.resolve("entries.jsonl"), StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        entries.add(Json.createReader(new StringReader(line)).readObject());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonArrayBuilder page = Json.createArrayBuilder();
        for (long i = from; i < Math.min(entries.size(), from + count); i++) {
            page.add(entries.get((int) i));
        }
        return page.build();
    }

    @Override
    public JsonObject consistency(long from, long to) {
        Path file = dir.resolve("consistency").resolve(from + "-" + to + ".json");
        if (!Files.exists(file)) {
            throw new IllegalStateException("the export has no consistency proof " + from + " -> " + to);
        }
        return (JsonObject) read(file);
    }

    /** Writes what the verifier downloaded so that it can be verified again offline. */
    static void save(Path dir, JsonObject publicKey, JsonArray checkpoints, List<JsonObject> entries,
                     List<JsonObject> consistencyProofs) throws IOException {
        Files.createDirectories(dir.resolve("consistency"));
        Files.writeString(dir.resolve("public-key.json"), publicKey.toString());
        Files.writeString(dir.resolve("checkpoints.json"), checkpoints.toString());
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("entries.jsonl"), StandardCharsets.UTF_8)) {
            for (JsonValue entry : entries) {
                out.write(entry.toString());
                out.write('\n');
            }
        }
        for (JsonObject proof : consistencyProofs) {
            Files.writeString(dir.resolve("consistency").resolve(proof.getJsonNumber("from").longValue() + "-"
                    + proof.getJsonNumber("to").longValue() + ".json"), proof.toString());
        }
    }

    static JsonArray arrayOf(List<JsonObject> objects) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        objects.forEach(array::add);
        return array.build();
    }

    private static JsonStructure read(Path file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
