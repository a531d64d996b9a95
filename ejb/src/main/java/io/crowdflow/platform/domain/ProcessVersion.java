package io.crowdflow.platform.domain;

import java.time.Instant;

/** One deployed version of a process model (a Camunda process definition). */
public record ProcessVersion(String definitionId, String key, String name, int version, String deploymentId,
                             Instant deployedAt, boolean suspended) {
}
