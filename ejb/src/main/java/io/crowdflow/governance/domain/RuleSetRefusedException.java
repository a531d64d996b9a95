package io.crowdflow.governance.domain;

import io.crowdflow.rules.retention.TableProblem;
import io.crowdflow.shared.domain.CrowdflowException;

import java.util.List;

/**
 * An upload that is not an acceptable retention table: code (DRL and the like), a macro-enabled or binary
 * workbook, too large, or a table with problems, listed by sheet, row and column. Nothing was stored.
 */
public class RuleSetRefusedException extends CrowdflowException {

    /** Which answer it is. */
    public enum Kind {
        FORMAT_REFUSED(415, "ruleset-format-refused", "Only retention tables (XLSX or CSV) are accepted"),
        TOO_LARGE(413, "ruleset-too-large", "The file is too large"),
        INVALID(422, "ruleset-invalid", "The retention table has problems");

        private final int status;
        private final String slug;
        private final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final List<TableProblem> problems;

    public RuleSetRefusedException(Kind kind, String message, List<TableProblem> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    public List<TableProblem> problems() {
        return problems;
    }

    @Override
    public String problemSlug() {
        return kind.slug;
    }

    @Override
    public String title() {
        return kind.title;
    }
}
