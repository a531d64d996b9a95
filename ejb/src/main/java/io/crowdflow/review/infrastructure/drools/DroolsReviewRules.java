package io.crowdflow.review.infrastructure.drools;

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
import io.crowdflow.rules.review.ReviewAction;
import io.crowdflow.rules.review.ReviewFinding;
import io.crowdflow.rules.review.ReviewRuleBase;
import io.crowdflow.rules.review.ReviewTask;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.rules.review.SubmittedAnswer;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.Task;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

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

    /** With a rule base already built (tests). */
    DroolsReviewRules use(ReviewRuleBase rules) {
        this.ruleBase = rules;
        return this;
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
        return ruleBase.evaluate(new ReviewTask(task.id(), kindOf(task.type()),
                AnswerReader.labelsOf(task.inputJson()), task.reviewPlan().goldAnswer()), answers, goldRecords);
    }

    /**
     * Evaluates the rules on one made-up submission whose answer is the known answer (given as a JSON string, as
     * long after assignment as can be, so no timing rule applies) to a gold question of this type and input.
     */
    @Override
    public List<ReviewFinding> rejectionsOfKnownAnswer(String taskType, String inputJson, String knownAnswer) {
        String probe = "known-answer";
        ReviewVerdict verdict = ruleBase.evaluate(new ReviewTask(probe, kindOf(taskType),
                AnswerReader.labelsOf(inputJson), knownAnswer), List.of(new SubmittedAnswer(probe, probe, probe,
                Json.createValue(knownAnswer == null ? "" : knownAnswer).toString(), knownAnswer,
                Long.MAX_VALUE)), List.of());
        return verdict.findingsOf(probe).stream().filter(f -> f.action() == ReviewAction.REJECT).toList();
    }

    static AnswerKind kindOf(String taskType) {
        return FREE_TEXT_TYPES.contains(taskType) ? AnswerKind.FREE_TEXT : AnswerKind.LABEL;
    }
}
