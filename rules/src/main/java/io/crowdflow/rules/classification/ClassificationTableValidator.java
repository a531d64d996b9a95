package io.crowdflow.rules.classification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.rules.governance.FindingKind;
import io.crowdflow.rules.retention.RawSheet;
import io.crowdflow.rules.retention.RetentionTableRefusedException;
import io.crowdflow.rules.retention.TableHeader;
import io.crowdflow.rules.retention.TableProblem;

/**
 * Checks every cell of a classification sheet against the fixed schema ({@link ClassificationColumn}): detectors
 * from the fixed list, known task types, region codes, and PERSONAL or SENSITIVE only (a detected e-mail address,
 * phone number, IBAN, card or id number is never public). Collects all problems, by row and column.
 */
final class ClassificationTableValidator {

    static final int MAX_ROWS = 80;
    private static final Pattern REGION = Pattern.compile("[A-Z]{2,3}(-[A-Z0-9]{1,8})?");
    private static final Set<String> ANY = Set.of("", "*", "any");

    private final List<String> taskTypes;

    ClassificationTableValidator(Collection<String> taskTypes) {
        this.taskTypes = List.copyOf(taskTypes);
    }

    /** The detector in words, as a table may also write it: {@code PHONE_NUMBER} is {@code phone number}. */
    static String word(FindingKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String detectorList() {
        return Stream.of(FindingKind.values()).map(ClassificationTableValidator::word).collect(Collectors.joining(", "));
    }

    ClassificationTable validate(String format, RawSheet sheet) {
        List<TableProblem> problems = new ArrayList<>(sheet.problems());
        if (sheet.rows().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(TableProblem.ofSheet(sheet.name(), "the sheet is empty: it needs a header row and at"
                        + " least one rule row"));
            }
            throw invalid(problems);
        }
        RawSheet.RawRow header = sheet.rows().get(0);
        Map<ClassificationColumn, Integer> columns = TableHeader.read(ClassificationColumn.class, sheet.name(), header,
                "the columns are: " + TableHeader.headings(ClassificationColumn.class)
                        + ". A pattern cannot be uploaded: the detectors are part of the platform", problems);
        if (sheet.rows().size() == 1) {
            problems.add(TableProblem.ofSheet(sheet.name(), "the table has a header but no rule rows"));
        }
        if (sheet.rows().size() - 1 > MAX_ROWS) {
            problems.add(TableProblem.ofSheet(sheet.name(), "too many rows: a classification table has at most "
                    + MAX_ROWS + " rows below its header"));
            throw invalid(problems);
        }
        List<ClassificationRow> rows = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (RawSheet.RawRow raw : sheet.rows().subList(1, sheet.rows().size())) {
            ClassificationRow row = readRow(sheet.name(), raw, columns, problems);
            if (row == null) {
                continue;
            }
            Integer earlier = firstRowOf.putIfAbsent(row.conditions(), row.row());
            if (earlier != null) {
                problems.add(new TableProblem(sheet.name(), row.row(), null, null, "this row never applies: row "
                        + earlier + " has the same conditions, comes first and already decides"));
            }
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return new ClassificationTable(format, sheet.name(), rows);
    }

    private ClassificationRow readRow(String sheet, RawSheet.RawRow raw, Map<ClassificationColumn, Integer> columns,
                                      List<TableProblem> problems) {
        int before = problems.size();
        TableHeader.checkStrayValues(sheet, raw, columns, problems);
        String detectorText = cell(raw, columns, ClassificationColumn.DETECTOR);
        FindingKind detector = null;
        String normal = detectorText.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (normal.equals("E_MAIL_ADDRESS") || normal.equals("EMAIL")) {
            normal = "EMAIL_ADDRESS";
        }
        try {
            detector = detectorText.isEmpty() ? null : FindingKind.valueOf(normal);
        } catch (IllegalArgumentException e) {
            detector = null;
        }
        if (detector == null) {
            problems.add(problem(sheet, raw, columns, ClassificationColumn.DETECTOR, detectorText.isEmpty()
                    ? "which detector? write one of " + detectorList()
                    : "'" + detectorText + "' is not one of the platform's detectors; write one of " + detectorList()
                    + " (patterns cannot be uploaded)"));
        }
        String taskType = null;
        String typeText = cell(raw, columns, ClassificationColumn.TASK_TYPE);
        if (!ANY.contains(typeText.toLowerCase(Locale.ROOT))) {
            taskType = typeText.toLowerCase(Locale.ROOT);
            if (!taskTypes.contains(taskType)) {
                problems.add(problem(sheet, raw, columns, ClassificationColumn.TASK_TYPE, "'" + typeText
                        + "' is not a task type of the platform; write one of " + String.join(", ", taskTypes)
                        + " or * for any"));
            }
        }
        String region = null;
        String regionText = cell(raw, columns, ClassificationColumn.REGION);
        if (!ANY.contains(regionText.toLowerCase(Locale.ROOT))) {
            region = regionText.toUpperCase(Locale.ROOT);
            if (!REGION.matcher(region).matches()) {
                problems.add(problem(sheet, raw, columns, ClassificationColumn.REGION, "'" + regionText
                        + "' is not a region code; write two or three letters, optionally with a subdivision"
                        + " (EU, DE, US-CA), or * for any"));
            }
        }
        String classText = cell(raw, columns, ClassificationColumn.DATA_CLASS).toUpperCase(Locale.ROOT);
        DataClass dataClass = null;
        if (classText.equals("PERSONAL") || classText.equals("SENSITIVE")) {
            dataClass = DataClass.valueOf(classText);
        } else if (classText.equals("PUBLIC")) {
            problems.add(problem(sheet, raw, columns, ClassificationColumn.DATA_CLASS, "a detected "
                    + (detector == null ? "finding" : word(detector)) + " is personal data; write PERSONAL or"
                    + " SENSITIVE"));
        } else {
            problems.add(problem(sheet, raw, columns, ClassificationColumn.DATA_CLASS, classText.isEmpty()
                    ? "which class? write PERSONAL or SENSITIVE"
                    : "'" + cell(raw, columns, ClassificationColumn.DATA_CLASS) + "' is not a data class; write"
                    + " PERSONAL or SENSITIVE"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ClassificationRow(sheet, raw.number(), detector, taskType, region, dataClass);
    }

    private static String cell(RawSheet.RawRow raw, Map<ClassificationColumn, Integer> columns,
                               ClassificationColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= raw.cells().size() ? "" : raw.cells().get(index).strip();
    }

    private static TableProblem problem(String sheet, RawSheet.RawRow raw, Map<ClassificationColumn, Integer> columns,
                                        ClassificationColumn column, String message) {
        Integer index = columns.get(column);
        return new TableProblem(sheet, raw.number(), index == null ? null : TableProblem.columnLetter(index),
                column.heading(), message);
    }

    private static RetentionTableRefusedException invalid(List<TableProblem> problems) {
        return new RetentionTableRefusedException(RetentionTableRefusedException.Reason.INVALID,
                problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the table; nothing was stored",
                problems);
    }
}
