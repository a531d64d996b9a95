package io.crowdflow.rules.retention;

/**
 * What every table a compliance officer uploads (retention, classification) goes through before its cells are
 * validated: size limit, refusal of rule or program code by name and by content, of macro-enabled, binary or
 * encrypted workbooks, of external links and embedded objects, then the one named sheet read as text cell by
 * cell (formulas refused, never evaluated). Thread-safe and stateless.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** A file that passed the checks: its format ({@code xlsx} or {@code csv}) and its sheet's cells. */
    public record Read(String format, RawSheet sheet) {
    }

    /**
     * @param sheetName the one visible sheet an XLSX workbook of this kind must have (CSV has no sheets)
     * @throws RetentionTableRefusedException when the file is refused outright (too large, code, macros, ...)
     */
    public static Read read(String fileName, byte[] content, String sheetName) {
        return RetentionTableReader.readSheet(fileName, content, sheetName);
    }
}
