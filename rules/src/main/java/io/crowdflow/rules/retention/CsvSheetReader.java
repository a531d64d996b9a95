package io.crowdflow.rules.retention;

import static io.crowdflow.rules.retention.RetentionTableReader.MAX_CELL_CHARS;
import static io.crowdflow.rules.retention.RetentionTableReader.MAX_DATA_ROWS;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a retention table saved as CSV (RFC 4180: comma- or semicolon-separated, fields in double quotes
 * when they hold a separator, quote or line break). The separator is the one the header line uses. A cell
 * that starts like a spreadsheet formula ({@code = + - @}) is refused, so the file cannot carry a formula
 * into anyone's spreadsheet either.
 */
final class CsvSheetReader {

    static final String SHEET = "csv";

    private CsvSheetReader() {
    }

    static RawSheet read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(body);
        List<TableProblem> problems = new ArrayList<>();
        List<RawSheet.RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (!addRow(rows, rowStart, cells, problems)) {
                    return new RawSheet(SHEET, List.of(), problems);
                }
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(new TableProblem(SHEET, rowStart, null, null,
                    "a quoted field that starts in this row is never closed (a \" is missing)"));
            return new RawSheet(SHEET, List.of(), problems);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowStart, cells, problems);
        }
        return new RawSheet(SHEET, rows, problems);
    }

    private static boolean addRow(List<RawSheet.RawRow> rows, int number, List<String> raw, List<TableProblem> problems) {
        List<String> cells = new ArrayList<>();
        boolean blank = true;
        for (int c = 0; c < raw.size(); c++) {
            String text = raw.get(c).strip();
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                problems.add(new TableProblem(SHEET, number, TableProblem.columnLetter(c), null,
                        "the cell starts like a formula (" + text.charAt(0) + "); formulas are not allowed"));
                text = "";
            } else if (text.length() > MAX_CELL_CHARS) {
                problems.add(new TableProblem(SHEET, number, TableProblem.columnLetter(c), null,
                        "the cell is longer than " + MAX_CELL_CHARS + " characters"));
                text = "";
            }
            cells.add(text);
            blank &= text.isEmpty();
        }
        if (blank) {
            return true;
        }
        if (rows.size() > MAX_DATA_ROWS) {
            problems.add(TableProblem.ofSheet(SHEET, "too many rows: a table has at most " + MAX_DATA_ROWS
                    + " rows below its header"));
            return false;
        }
        rows.add(new RawSheet.RawRow(number, cells));
        return true;
    }

    /** The separator of the header line: the more frequent of ',' and ';' outside quotes (',' on a tie). */
    private static char separatorOf(String body) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
