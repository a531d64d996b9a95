package io.crowdflow.rules.access;

/** Inserted by a rule that forbids the read; a denial overrides every grant. */
public record ReadDenial(ReadRequest request, String ruleName) {
}
