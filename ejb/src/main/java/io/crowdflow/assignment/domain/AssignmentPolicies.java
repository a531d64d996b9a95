package io.crowdflow.assignment.domain;

import java.util.Set;

/** The assignment policies by the name a setting or a model's assignment step gives them. */
public interface AssignmentPolicies {

    /** The names a model or {@code crowdflow.assignment.policy} may use. */
    Set<String> NAMES = Set.of("linucb", "round-robin", "random", "best-reputation");

    /** The policy of that name (one of {@link #NAMES}). */
    AssignmentPolicy named(String name);
}
