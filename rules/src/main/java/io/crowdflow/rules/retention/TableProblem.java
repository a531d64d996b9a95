package io.crowdflow.rules.retention;

/**
 * One thing wrong with an uploaded table, where a compliance officer finds it in a spreadsheet program.
 *
 * @param sheet   the sheet's name ({@code Retention}, or {@code csv} for a CSV file); null for the file as a whole
 * @param row     the row number as the spreadsheet shows it (1 = the header row); 0 for the file or sheet as a whole
 * @param column  the column letter (A, B, ...); null for a whole row, sheet or file
 * @param heading the column's heading, when known
 * @param message what is wrong, in plain words
 */
public record TableProblem(String sheet, int row, String column, String heading, String message) {

    public static TableProblem ofFile(String message) {
        return new TableProblem(null, 0, null, null, message);
    }

    public static TableProblem ofSheet(String sheet, String message) {
        return new TableProblem(sheet, 0, null, null, message);
    }

    /** The place as text, e.g. {@code Retention!C4 (Task type)}. */
    public String where() {
        if (sheet == null) {
            return "file";
        }
        if (row == 0) {
            return "sheet " + sheet;
        }
        String place = sheet + "!" + (column == null ? "row " + row : column + row);
        return heading == null ? place : place + " (" + heading + ")";
    }

    /** Column letters for a 0-based index: 0 = A, 25 = Z, 26 = AA. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        int i = index;
        do {
            letters.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return letters.toString();
    }
}
