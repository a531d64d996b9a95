package io.crowdflow.assignment.domain;

import io.crowdflow.identity.domain.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may get a slot of a task, and for those who may not, why not. The conditions, in order:
 * a worker; not the task's requester; holds every skill the task asks for; not excluded by an eligibility
 * rule (worker id → the rule's reason, e.g. low accuracy on the type's gold questions, {@link GoldEligibility});
 * has not held a slot of this task before (an expired worker does not get the same task back); has capacity left.
 */
public record WorkerEligibility(String requesterId, Collection<String> requiredSkills,
                                Set<String> previousAssignees, Map<String, Long> openCounts, int capacity,
                                Map<String, String> ruleExclusions) {

    /** Without eligibility rules. */
    public WorkerEligibility(String requesterId, Collection<String> requiredSkills, Set<String> previousAssignees,
                             Map<String, Long> openCounts, int capacity) {
        this(requesterId, requiredSkills, previousAssignees, openCounts, capacity, Map.of());
    }

    public record Verdict(Person person, String exclusion) {
        public boolean eligible() {
            return exclusion == null;
        }
    }

    public List<Verdict> judge(List<Person> candidates) {
        List<Verdict> verdicts = new ArrayList<>(candidates.size());
        for (Person person : candidates) {
            verdicts.add(new Verdict(person, exclusionOf(person)));
        }
        return verdicts;
    }

    private String exclusionOf(Person person) {
        if (!person.isWorker()) {
            return "not a worker";
        }
        if (person.id().equals(requesterId)) {
            return "is the task's requester";
        }
        if (!person.hasAllSkills(requiredSkills)) {
            return "lacks a required skill";
        }
        String ruled = ruleExclusions.get(person.id());
        if (ruled != null) {
            return ruled;
        }
        if (previousAssignees.contains(person.id())) {
            return "already held a slot of this task";
        }
        if (openCounts.getOrDefault(person.id(), 0L) >= capacity) {
            return "at capacity (" + capacity + " open assignments)";
        }
        return null;
    }
}
