package io.crowdflow.assignment.infrastructure.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.crowdflow.assignment.application.AssignmentSettings;
import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.GoldEligibility;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import io.crowdflow.rules.eligibility.GoldEligibilityPolicy;
import io.crowdflow.rules.eligibility.GoldEligibilityRuleBase;
import io.crowdflow.rules.review.WorkerGoldRecord;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The eligibility rule base of {@code rules/} over each worker's gold record on the type over their whole history:
 * every answer to a gold question of the type that review judged against its known answer
 * ({@code cf_submission.gold_correct}, kept when the answer itself is archived).
 */
@ApplicationScoped
public class DroolsGoldEligibility implements GoldEligibility {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Inject
    AssignmentSettings settings;

    private GoldEligibilityRuleBase rules;

    @PostConstruct
    void compile() {
        rules = new GoldEligibilityRuleBase(new GoldEligibilityPolicy(settings.minimumGoldAccuracy(),
                settings.minimumGoldAnswers()));
    }

    /**
     * {@code gold_correct in (true, false)}, not {@code is not null}: the same rows, but the database starts from the
     * judged answers (index {@code ix_submission_gold_correct}, V20) instead of every task of the type. The type is the
     * assignment's ({@code cf_assignment.task_type}, V22), not the task's: the query then reads only what review and
     * assignment write, so a task's pending status change (a new task's, at its first assignment) is not flushed for
     * it and waits for the commit, while a judgement made earlier in the transaction is seen.
     */
    @Override
    public Map<String, String> exclusionsOf(String taskType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.worker_id, count(*), "
                        + "sum(case when s.gold_correct then 1 else 0 end) from cf_submission s "
                        + "join cf_assignment a on a.id = s.assignment_id where a.task_type = ?1 "
                        + "and s.gold_correct in (true, false) group by s.worker_id")
                .setHint(NativeQueries.READS, new Class<?>[] {Submission.class, Assignment.class})
                .setParameter(1, taskType).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<WorkerGoldRecord> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            records.add(new WorkerGoldRecord((String) row[0], ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue()));
        }
        return rules.evaluate(records).exclusions().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().ruleName()));
    }
}
