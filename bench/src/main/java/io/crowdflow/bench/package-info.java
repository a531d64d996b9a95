/**
 * Benchmarks (JMH), simulators and command-line tools that run outside the server against the
 * platform's own classes. docs/benchmarks.md names each with the command that runs it.
 */
package io.crowdflow.bench;
