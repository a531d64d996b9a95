package io.crowdflow.rules.retention;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an uploaded table (retention or classification) and the checks every table kind makes the
 * same way: the header is row 1, each heading names a known column once, every required column is there, and no
 * value stands in a column without a heading.
 */
public final class TableHeader {

    /** A column a table kind allows: its heading and whether a table must have it. */
    public interface Column {
        String heading();

        boolean required();
    }

    private TableHeader() {
    }

    /** The column a header cell names; case, spacing and a "(...)" note do not matter: "Keep for (ISO-8601)". */
    public static <C extends Enum<C> & Column> Optional<C> columnOf(Class<C> kind, String text) {
        String name = text.replaceAll("\\(.*\\)", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(kind.getEnumConstants())
                .filter(c -> c.heading().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    /**
     * Each known column's index; a problem for each unknown, repeated or missing one.
     *
     * @param unknownHint what an unknown heading's problem adds after "unknown column '…'; "
     */
    public static <C extends Enum<C> & Column> Map<C, Integer> read(Class<C> kind, String sheet, RawSheet.RawRow header,
                                                                     String unknownHint, List<TableProblem> problems) {
        Map<C, Integer> columns = new EnumMap<>(kind);
        if (header.number() != 1) {
            problems.add(new TableProblem(sheet, header.number(), null, null,
                    "the header row must be row 1 (the rows above it are empty)"));
        }
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cells().get(c);
            if (text.isEmpty()) {
                continue;
            }
            String letter = TableProblem.columnLetter(c);
            Optional<C> column = columnOf(kind, text);
            if (column.isEmpty()) {
                problems.add(new TableProblem(sheet, header.number(), letter, text, "unknown column '" + text
                        + "'; " + unknownHint));
            } else if (columns.putIfAbsent(column.get(), c) != null) {
                problems.add(new TableProblem(sheet, header.number(), letter, text, "the column '"
                        + column.get().heading() + "' appears twice"));
            }
        }
        for (C column : kind.getEnumConstants()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new TableProblem(sheet, header.number(), null, null, "the column '" + column.heading()
                        + "' is missing"));
            }
        }
        return columns;
    }

    /** The headings in order, the optional ones marked: "Data class, Region (optional), …". */
    public static <C extends Enum<C> & Column> String headings(Class<C> kind) {
        StringBuilder text = new StringBuilder();
        for (C column : kind.getEnumConstants()) {
            text.append(text.isEmpty() ? "" : ", ").append(column.heading())
                    .append(column.required() ? "" : " (optional)");
        }
        return text.toString();
    }

    /** A problem for each value of {@code row} in a column without a heading. */
    public static void checkStrayValues(String sheet, RawSheet.RawRow row, Map<?, Integer> columns,
                                        List<TableProblem> problems) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cells().get(c).isEmpty() && !columns.containsValue(c)) {
                problems.add(new TableProblem(sheet, row.number(), TableProblem.columnLetter(c), null,
                        "a value outside the table's columns (this column has no known heading)"));
            }
        }
    }
}
