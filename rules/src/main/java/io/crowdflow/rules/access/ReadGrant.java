package io.crowdflow.rules.access;

/** Inserted by a rule that lets the reader read the request's resource, in full or without its content. */
public record ReadGrant(ReadRequest request, String ruleName, boolean redacted) {
}
