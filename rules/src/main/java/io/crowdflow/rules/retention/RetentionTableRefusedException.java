package io.crowdflow.rules.retention;

import java.util.List;

/** An uploaded retention table was refused; nothing of it is used. */
public class RetentionTableRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, in the terms of the HTTP answer it becomes. */
    public enum Reason {
        /** Not an XLSX or CSV table: DRL or other code, a macro-enabled workbook, an old .xls, something else. */
        FORMAT_REFUSED,
        /** Over the size limit. */
        TOO_LARGE,
        /** A table, but with problems in its sheets, rows or cells. */
        INVALID
    }

    private final Reason reason;
    private final List<TableProblem> problems;

    public RetentionTableRefusedException(Reason reason, String message, List<TableProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public RetentionTableRefusedException(Reason reason, String message) {
        this(reason, message, List.of(TableProblem.ofFile(message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<TableProblem> problems() {
        return problems;
    }
}
