package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.TaskProfile;

import java.util.Optional;
import java.util.SplittableRandom;

/** A uniformly random eligible worker, from a seeded generator so that runs can be repeated. */
public class RandomAssignmentPolicy implements AssignmentPolicy {

    public static final String NAME = "random/1";

    private final long seed;
    private SplittableRandom random;

    public RandomAssignmentPolicy(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public synchronized Optional<Choice> choose(TaskProfile task, Candidates candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int index = random.nextInt(candidates.size());
        return Optional.of(new Choice(index, candidates.get(index), "drawn at random (seed " + seed + ") among "
                + candidates.size() + " eligible"));
    }
}
