package io.crowdflow.rules.access;

/** Inserted by a rule that wants this read kept in the governance audit. */
public record ReadRecording(ReadRequest request, String ruleName) {
}
