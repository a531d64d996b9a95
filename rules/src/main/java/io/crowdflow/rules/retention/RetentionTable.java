package io.crowdflow.rules.retention;

import java.util.List;

/**
 * A validated retention table: its rows in the order the compliance officer wrote them. The first row that
 * matches and orders an action decides the action; every matching row with a legal hold places a hold.
 *
 * @param format {@code xlsx} or {@code csv}
 * @param sheet  the sheet the rows come from
 * @param rows   the rows, top to bottom
 */
public record RetentionTable(String format, String sheet, List<RetentionRow> rows) {

    public RetentionTable {
        rows = List.copyOf(rows);
    }
}
