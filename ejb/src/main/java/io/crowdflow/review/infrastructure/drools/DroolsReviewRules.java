package io.crowdflow.review.infrastructure.drools;

import io.crowdflow.shared.domain.JsonReading;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.review.application.ReviewSettings;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.rules.review.AnswerKind;
import io.crowdflow.rules.review.ReviewRuleBase;
import io.crowdflow.rules.review.ReviewTask;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.rules.review.SubmittedAnswer;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.Task;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The review rule base of {@code rules/} (Drools), compiled once per deployment, thresholds from settings. */
@ApplicationScoped
public class DroolsReviewRules implements ReviewRules {

    /** Task types whose answers are free text: identical long answers from two workers are suspicious. */
    static final Set<String> FREE_TEXT_TYPES = Set.of("translation", "transcription", "data-collection", "survey");

    @Inject
    ReviewSettings settings;

    private ReviewRuleBase ruleBase;

    @PostConstruct
    void compile() {
        ruleBase = new ReviewRuleBase(settings.reviewPolicy());
    }

    @Override
    public ReviewVerdict check(Task task, List<Submission> submissions, List<Assignment> assignments,
                               List<WorkerGoldRecord> goldRecords) {
        Map<String, Assignment> byId = assignments.stream().collect(Collectors.toMap(Assignment::id,
                Function.identity()));
        List<SubmittedAnswer> answers = submissions.stream().map(s -> {
            Assignment assignment = byId.get(s.assignmentId());
            long millis = assignment == null ? Long.MAX_VALUE
                    : Duration.between(assignment.assignedAt(), s.submittedAt()).toMillis();
            return new SubmittedAnswer(s.id(), s.taskId(), s.workerId(), s.answerJson(),
                    AnswerReader.textOf(s.answerJson()), millis);
        }).toList();
        AnswerKind kind = FREE_TEXT_TYPES.contains(task.type()) ? AnswerKind.FREE_TEXT : AnswerKind.LABEL;
        return ruleBase.evaluate(new ReviewTask(task.id(), kind, labelsOf(task.inputJson()),
                task.reviewPlan().goldAnswer()), answers, goldRecords);
    }

    /** The task's label set: the strings of {@code input.labels}, if the requester gave one. */
    static Set<String> labelsOf(String inputJson) {
        if (inputJson == null || inputJson.isBlank()) {
            return Set.of();
        }
        try (var reader = JsonReading.reader(inputJson)) {
            JsonValue input = reader.readValue();
            if (input instanceof JsonObject object && object.get("labels") instanceof JsonArray labels) {
                return labels.stream().filter(JsonString.class::isInstance)
                        .map(v -> ((JsonString) v).getString().strip()).collect(Collectors.toSet());
            }
        } catch (RuntimeException e) {
            // input is validated JSON at posting time; anything unreadable simply declares no labels
        }
        return Set.of();
    }
}
