package io.crowdflow.assignment.domain;

import java.util.List;
import java.util.Locale;

/**
 * What the assignment policy knows about a task: its type, the skills it asks for, a difficulty in
 * [0, 1] and the reward per assignment (in the task's currency units, as a double: a feature, never
 * money that moves).
 */
public record TaskProfile(String type, List<String> skills, double difficulty, double reward, int typeBucket,
                          double scaledReward) {

    public TaskProfile(String type, List<String> skills, double difficulty, double reward) {
        this(type, skills, difficulty, reward, 0, 0);
    }

    /** The derived parts ({@code typeBucket}, {@code scaledReward}) are computed here, once per task, whatever is given. */
    public TaskProfile {
        type = type == null ? "other" : type.toLowerCase(Locale.ROOT);
        skills = List.copyOf(skills);
        if (difficulty < 0 || difficulty > 1 || Double.isNaN(difficulty)) {
            throw new IllegalArgumentException("difficulty must be in [0, 1]");
        }
        typeBucket = AssignmentFeatures.typeBucket(type);
        scaledReward = AssignmentFeatures.clamp(Math.log1p(Math.max(reward, 0)) / AssignmentFeatures.REWARD_SCALE);
    }

    /**
     * The platform has no difficulty field yet: a requester asks for more redundancy when one answer
     * is not enough, so difficulty = (min(redundancy, 5) - 1) / 4.
     */
    public static double difficultyFromRedundancy(int redundancy) {
        return (Math.min(Math.max(redundancy, 1), 5) - 1) / 4.0;
    }
}
