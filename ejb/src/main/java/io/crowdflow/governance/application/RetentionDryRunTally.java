package io.crowdflow.governance.application;

import io.crowdflow.rules.retention.RetentionAction;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a retention dry run has counted so far. Small whatever the number of records (counters, one count per
 * row, at most {@link RetentionDryRun#EXAMPLES_PER_ACTION} examples per action), so a background dry run stores it
 * with its cursor after every page ({@link #toJson()} / {@link #fromJson(String)}) and goes on after a restart.
 */
final class RetentionDryRunTally {

    int records;
    int changed;
    int holds;
    int blockedPurges;
    final Map<RetentionAction, int[]> actions = new EnumMap<>(RetentionAction.class);
    final Map<String, Integer> rows = new TreeMap<>();
    final Map<RetentionAction, List<JsonObject>> examples = new EnumMap<>(RetentionAction.class);
    final Map<RetentionAction, Integer> exampleCounts = new EnumMap<>(RetentionAction.class);
    Instant firstPurge;
    String firstPurgeTask;

    RetentionDryRunTally() {
        for (RetentionAction a : RetentionAction.values()) {
            actions.put(a, new int[2]);
        }
    }

    /** Keeps the example if fewer than {@code limit} were kept for the action. */
    void example(RetentionAction action, JsonObject example, int limit) {
        if (exampleCounts.merge(action, 1, Integer::sum) <= limit) {
            examples.computeIfAbsent(action, a -> new ArrayList<>()).add(example);
        }
    }

    void purgeAt(Instant purge, String taskId) {
        if (purge != null && (firstPurge == null || purge.isBefore(firstPurge))) {
            firstPurge = purge;
            firstPurgeTask = taskId;
        }
    }

    /** The report an officer reads, as the synchronous dry run always answered it. */
    String report(int version, String comparedWith, Instant ranAt) {
        JsonObjectBuilder byAction = Json.createObjectBuilder();
        actions.forEach((action, counts) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            examples.getOrDefault(action, List.of()).forEach(list::add);
            byAction.add(action.word(), Json.createObjectBuilder().add("records", counts[0])
                    .add("dueAtOnce", counts[1]).add("examples", list));
        });
        JsonObjectBuilder byRow = Json.createObjectBuilder();
        rows.forEach(byRow::add);
        JsonObjectBuilder report = Json.createObjectBuilder()
                .add("version", version)
                .add("comparedWith", comparedWith)
                .add("ranAt", ranAt.toString())
                .add("records", records)
                .add("changed", changed)
                .add("actions", byAction)
                .add("rows", byRow)
                .add("legalHolds", holds)
                .add("purgesBlockedByHold", blockedPurges);
        if (firstPurge == null) {
            report.addNull("firstPurgeAt");
        } else {
            report.add("firstPurgeAt", (firstPurge.isBefore(ranAt) ? ranAt : firstPurge).toString())
                    .add("firstPurgeTask", firstPurgeTask);
        }
        return report.build().toString();
    }

    String toJson() {
        JsonObjectBuilder actionJson = Json.createObjectBuilder();
        actions.forEach((a, c) -> actionJson.add(a.name(), Json.createArrayBuilder().add(c[0]).add(c[1])));
        JsonObjectBuilder rowJson = Json.createObjectBuilder();
        rows.forEach(rowJson::add);
        JsonObjectBuilder exampleJson = Json.createObjectBuilder();
        examples.forEach((a, list) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(array::add);
            exampleJson.add(a.name(), array);
        });
        JsonObjectBuilder countJson = Json.createObjectBuilder();
        exampleCounts.forEach((a, n) -> countJson.add(a.name(), n));
        JsonObjectBuilder json = Json.createObjectBuilder().add("records", records).add("changed", changed)
                .add("holds", holds).add("blockedPurges", blockedPurges).add("actions", actionJson)
                .add("rows", rowJson).add("examples", exampleJson).add("exampleCounts", countJson);
        if (firstPurge != null) {
            json.add("firstPurge", firstPurge.toString()).add("firstPurgeTask", firstPurgeTask);
        }
        return json.build().toString();
    }

    static RetentionDryRunTally fromJson(String text) {
        RetentionDryRunTally tally = new RetentionDryRunTally();
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        tally.records = json.getInt("records");
        tally.changed = json.getInt("changed");
        tally.holds = json.getInt("holds");
        tally.blockedPurges = json.getInt("blockedPurges");
        json.getJsonObject("actions").forEach((name, value) -> {
            var pair = value.asJsonArray();
            tally.actions.put(RetentionAction.valueOf(name), new int[] {pair.getInt(0), pair.getInt(1)});
        });
        json.getJsonObject("rows").forEach((row, n) -> tally.rows.put(row, ((jakarta.json.JsonNumber) n).intValue()));
        json.getJsonObject("examples").forEach((name, list) -> tally.examples.put(RetentionAction.valueOf(name),
                new ArrayList<>(list.asJsonArray().getValuesAs(JsonObject.class))));
        json.getJsonObject("exampleCounts").forEach((name, n) ->
                tally.exampleCounts.put(RetentionAction.valueOf(name), ((jakarta.json.JsonNumber) n).intValue()));
        if (json.containsKey("firstPurge") && json.get("firstPurge").getValueType() != JsonValue.ValueType.NULL) {
            tally.firstPurge = Instant.parse(json.getString("firstPurge"));
            tally.firstPurgeTask = json.getString("firstPurgeTask");
        }
        return tally;
    }
}
