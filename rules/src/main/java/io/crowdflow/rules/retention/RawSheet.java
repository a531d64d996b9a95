package io.crowdflow.rules.retention;

import java.util.List;

/**
 * A sheet as read, before validation: the text of each cell by row, and the problems found while reading
 * (formulas, errors). Blank rows are left out; row numbers are the spreadsheet's (1-based).
 */
public record RawSheet(String name, List<RawRow> rows, List<TableProblem> problems) {

    public record RawRow(int number, List<String> cells) {
    }
}
