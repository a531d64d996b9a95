package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.ClassificationRules;
import io.crowdflow.governance.domain.GovernanceDecision;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a classification table would decide for today's tasks that still hold content, without changing
 * anything: how many tasks would get another class than the one stored (per change, e.g. PERSONAL to SENSITIVE),
 * the class of each, which rows decide how many findings, and a few examples (ids and classes, never content).
 */
@ApplicationScoped
public class ClassificationDryRun {

    static final int PAGE = 500;
    static final int EXAMPLES = 5;
    static final String ROW_MARK = " classifies: ";

    @Inject
    TaskRepository tasks;

    @Inject
    ClassificationRules rules;

    public String report(RuleSet candidate, RuleSet current, Instant now) {
        int records = 0;
        int changed = 0;
        Map<String, Integer> changes = new TreeMap<>();
        Map<String, Integer> classes = new TreeMap<>();
        Map<String, Integer> rows = new TreeMap<>();
        JsonArrayBuilder examples = Json.createArrayBuilder();
        int exampleCount = 0;
        String cursor = null;
        List<String> page;
        do {
            page = tasks.idsWithContentAfter(cursor, PAGE);
            for (String taskId : page) {
                cursor = taskId;
                Task task = tasks.get(taskId);
                GovernanceDecision decision = rules.evaluate(candidate, task);
                records++;
                String today = task.dataClass() == null ? "unclassified" : task.dataClass();
                classes.merge(decision.dataClass(), 1, Integer::sum);
                List<String> decidingRows = decision.firedRules().stream().filter(r -> r.contains(ROW_MARK))
                        .map(r -> r.substring(0, r.indexOf(ROW_MARK))).toList();
                decidingRows.forEach(r -> rows.merge(r, 1, Integer::sum));
                if (!today.equals(decision.dataClass())) {
                    changed++;
                    changes.merge(today + " -> " + decision.dataClass(), 1, Integer::sum);
                    if (exampleCount++ < EXAMPLES) {
                        JsonArrayBuilder by = Json.createArrayBuilder();
                        decidingRows.forEach(by::add);
                        JsonObjectBuilder example = Json.createObjectBuilder().add("taskId", taskId)
                                .add("taskType", task.type()).add("now", today).add("proposed", decision.dataClass())
                                .add("because", by);
                        if (task.region() != null) {
                            example.add("region", task.region());
                        }
                        examples.add(example);
                    }
                }
            }
        } while (page.size() == PAGE);
        return Json.createObjectBuilder()
                .add("version", candidate.version())
                .add("kind", "classification")
                .add("comparedWith", current == null ? "the built-in detectors' classes (no table active)"
                        : "classification table v" + current.version())
                .add("ranAt", now.toString())
                .add("records", records)
                .add("changed", changed)
                .add("changes", counts(changes))
                .add("classes", counts(classes))
                .add("rows", counts(rows))
                .add("examples", examples)
                .add("note", "existing tasks keep their stored class; the table classifies tasks posted after its"
                        + " activation")
                .build().toString();
    }

    private static JsonObjectBuilder counts(Map<String, Integer> counts) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json;
    }
}
