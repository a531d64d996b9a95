package io.crowdflow.rules.classification;

import java.util.Collection;

import io.crowdflow.rules.retention.TableFiles;

/**
 * Reads an uploaded classification table (XLSX with one sheet named {@value #SHEET}, or CSV) into a validated
 * {@link ClassificationTable}, or refuses it with every problem by sheet, row and column. The file passes the
 * same checks as a retention table first ({@link TableFiles}: size, no code, no macros, no formulas).
 */
public final class ClassificationTableReader {

    public static final String SHEET = "Classification";

    private final ClassificationTableValidator validator;

    /** @param taskTypes the task types a "Task type" cell may name */
    public ClassificationTableReader(Collection<String> taskTypes) {
        this.validator = new ClassificationTableValidator(taskTypes);
    }

    /** @throws io.crowdflow.rules.retention.RetentionTableRefusedException with the problems */
    public ClassificationTable read(String fileName, byte[] content) {
        TableFiles.Read read = TableFiles.read(fileName, content, SHEET);
        return validator.validate(read.format(), read.sheet());
    }
}
