package io.crowdflow.rules.classification;

import java.util.List;

/**
 * A validated classification table: rows in the order the officer wrote them. For each finding, the first row
 * that matches its detector, the task's type and its region decides the class the finding puts the task in; a
 * finding no row matches keeps the class its detector rule gives ({@code classification.drl}).
 */
public record ClassificationTable(String format, String sheet, List<ClassificationRow> rows) {

    public ClassificationTable {
        rows = List.copyOf(rows);
    }
}
