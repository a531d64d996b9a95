package io.crowdflow.rules.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every cell of a read sheet against the fixed column schema ({@link RetentionColumn}) and turns the
 * rows into {@link RetentionRow}s. Collects all problems instead of stopping at the first, so an officer
 * can fix a table in one pass.
 */
final class RetentionTableValidator {

    static final Set<String> DATA_CLASSES = Set.of("PUBLIC", "PERSONAL", "SENSITIVE");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2,3}(-[A-Z0-9]{1,8})?");
    private static final Set<String> ANY = Set.of("", "*", "any");

    private final Collection<String> taskTypes;

    RetentionTableValidator(Collection<String> taskTypes) {
        this.taskTypes = List.copyOf(taskTypes);
    }

    RetentionTable validate(String format, RawSheet sheet) {
        List<TableProblem> problems = new ArrayList<>(sheet.problems());
        List<RetentionRow> rows = new ArrayList<>();
        if (sheet.rows().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(TableProblem.ofSheet(sheet.name(), "the sheet is empty: it needs a header row and at"
                        + " least one rule row"));
            }
            throw invalid(problems);
        }
        RawSheet.RawRow header = sheet.rows().get(0);
        Map<RetentionColumn, Integer> columns = TableHeader.read(RetentionColumn.class, sheet.name(), header,
                "the columns are: " + TableHeader.headings(RetentionColumn.class), problems);
        if (sheet.rows().size() == 1) {
            problems.add(TableProblem.ofSheet(sheet.name(), "the table has a header but no rule rows"));
        }
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (RawSheet.RawRow raw : sheet.rows().subList(1, sheet.rows().size())) {
            RetentionRow row = readRow(sheet.name(), raw, columns, problems);
            if (row == null) {
                continue;
            }
            if (row.ordersAction()) {
                Integer earlier = firstRowOf.putIfAbsent(row.conditions(), row.row());
                if (earlier != null) {
                    problems.add(new TableProblem(sheet.name(), row.row(), null, null, "this row never applies: row "
                            + earlier + " has the same conditions, comes first and already decides"));
                }
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new RetentionTable(format, sheet.name(), rows);
    }

    private RetentionRow readRow(String sheet, RawSheet.RawRow raw, Map<RetentionColumn, Integer> columns,
                                 List<TableProblem> problems) {
        int before = problems.size();
        TableHeader.checkStrayValues(sheet, raw, columns, problems);
        Cells cells = new Cells(sheet, raw, columns, problems);
        String dataClass = cells.condition(RetentionColumn.DATA_CLASS, v -> {
            String up = v.toUpperCase(Locale.ROOT);
            return DATA_CLASSES.contains(up) ? up : null;
        }, "'%s' is not a data class; write PUBLIC, PERSONAL, SENSITIVE or * for any");
        String taskType = cells.condition(RetentionColumn.TASK_TYPE, v -> {
            String low = v.toLowerCase(Locale.ROOT);
            return taskTypes.contains(low) ? low : null;
        }, "'%s' is not a task type of the platform; write one of " + String.join(", ", taskTypes) + " or * for any");
        String region = cells.condition(RetentionColumn.REGION, v -> {
            String up = v.toUpperCase(Locale.ROOT);
            return REGION.matcher(up).matches() ? up : null;
        }, "'%s' is not a region code; write two or three letters, optionally with a subdivision (EU, DE, US-CA), or * for any");
        String state = cells.condition(RetentionColumn.LIFECYCLE_STATE,
                v -> LifecycleState.ofTableWord(v).map(LifecycleState::name).orElse(null),
                "'%s' is not a lifecycle state; write settled, archived, pseudonymised or * for any");
        LifecycleState lifecycle = state == null ? null : LifecycleState.valueOf(state);

        String keepText = cells.text(RetentionColumn.KEEP_FOR);
        String thenText = cells.text(RetentionColumn.THEN);
        String holdText = cells.text(RetentionColumn.LEGAL_HOLD).toLowerCase(Locale.ROOT);
        boolean hold = false;
        if (holdText.equals("yes")) {
            hold = true;
        } else if (!holdText.isEmpty() && !holdText.equals("no")) {
            cells.problem(RetentionColumn.LEGAL_HOLD, "write yes or no (or leave it empty for no)");
        }
        RetentionAction then = null;
        if (!thenText.isEmpty()) {
            then = RetentionAction.ofWord(thenText).orElse(null);
            if (then == null) {
                cells.problem(RetentionColumn.THEN, "'" + thenText + "' is not an action; write archive,"
                        + " pseudonymise, purge or keep");
            }
        }
        RetentionPeriod keepFor = null;
        if (!keepText.isEmpty()) {
            try {
                keepFor = RetentionPeriod.parse(keepText);
            } catch (IllegalArgumentException e) {
                cells.problem(RetentionColumn.KEEP_FOR, e.getMessage());
            }
        }
        if (thenText.isEmpty() && keepText.isEmpty() && !hold) {
            cells.problem(RetentionColumn.THEN, "the row orders nothing: give Keep for and Then, or Legal hold yes");
        } else if (thenText.isEmpty() && !keepText.isEmpty()) {
            cells.problem(RetentionColumn.THEN, "say what happens after " + keepText + ": archive, pseudonymise or purge");
        } else if (then == RetentionAction.KEEP && !keepText.isEmpty()) {
            cells.problem(RetentionColumn.KEEP_FOR, "keep has no end; leave Keep for empty, or choose archive,"
                    + " pseudonymise or purge");
        } else if (then != null && then != RetentionAction.KEEP && keepText.isEmpty()) {
            cells.problem(RetentionColumn.KEEP_FOR, "how long is the content kept before it is " + then.word()
                    + "d? write an ISO-8601 period such as P30D");
        }
        if (then == RetentionAction.ARCHIVE && lifecycle != LifecycleState.SETTLED && state != null) {
            cells.problem(RetentionColumn.THEN, "archive applies to settled content only; this row is for "
                    + lifecycle.word() + " content");
        } else if (then == RetentionAction.ARCHIVE && lifecycle == null && !cells.failed(RetentionColumn.LIFECYCLE_STATE)) {
            cells.problem(RetentionColumn.LIFECYCLE_STATE, "archive applies to settled content only; write settled here");
        } else if (then == RetentionAction.PSEUDONYMISE && lifecycle == LifecycleState.PSEUDONYMISED) {
            cells.problem(RetentionColumn.THEN, "the content is already pseudonymised; choose purge or keep");
        }
        if (problems.size() > before) {
            return null;
        }
        return new RetentionRow(sheet, raw.number(), dataClass, taskType, region, lifecycle, keepFor, then, hold);
    }

    private static RetentionTableRefusedException invalid(List<TableProblem> problems) {
        return new RetentionTableRefusedException(RetentionTableRefusedException.Reason.INVALID,
                problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the table; nothing was stored",
                problems);
    }

    /** The cells of one row, read by column, with problems placed at their cell. */
    private static final class Cells {
        private final String sheet;
        private final RawSheet.RawRow raw;
        private final Map<RetentionColumn, Integer> columns;
        private final List<TableProblem> problems;
        private final Set<RetentionColumn> failed = java.util.EnumSet.noneOf(RetentionColumn.class);

        Cells(String sheet, RawSheet.RawRow raw, Map<RetentionColumn, Integer> columns, List<TableProblem> problems) {
            this.sheet = sheet;
            this.raw = raw;
            this.columns = columns;
            this.problems = problems;
        }

        String text(RetentionColumn column) {
            Integer index = columns.get(column);
            return index == null || index >= raw.cells().size() ? "" : raw.cells().get(index);
        }

        /** The normalised value, or null for any; a value the check does not accept is a problem. */
        String condition(RetentionColumn column, java.util.function.UnaryOperator<String> check, String message) {
            String text = text(column);
            if (ANY.contains(text.toLowerCase(Locale.ROOT))) {
                return null;
            }
            String value = check.apply(text);
            if (value == null) {
                problem(column, message.formatted(text));
            }
            return value;
        }

        void problem(RetentionColumn column, String message) {
            failed.add(column);
            Integer index = columns.get(column);
            problems.add(new TableProblem(sheet, raw.number(), index == null ? null : TableProblem.columnLetter(index),
                    column.heading(), message));
        }

        boolean failed(RetentionColumn column) {
            return failed.contains(column);
        }
    }
}
