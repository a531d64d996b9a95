package io.crowdflow.governance.domain;

/**
 * An uploaded table that passed validation and whose generated rules compile.
 *
 * @param format   xlsx or csv
 * @param rowCount its rule rows
 * @param drl      the rules generated from it
 */
public record CheckedTable(String format, int rowCount, String drl) {
}
