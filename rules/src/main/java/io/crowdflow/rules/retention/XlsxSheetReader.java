package io.crowdflow.rules.retention;

import static io.crowdflow.rules.retention.RetentionTableReader.MAX_CELL_CHARS;
import static io.crowdflow.rules.retention.RetentionTableReader.MAX_DATA_ROWS;
import static io.crowdflow.rules.retention.RetentionTableRefusedException.Reason.FORMAT_REFUSED;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the one sheet of a retention workbook (XLSX) as text, cell by cell, with Apache POI. Nothing in the
 * workbook is evaluated or run: the package is first checked entry by entry (no macros, no external links,
 * no embedded objects, bounded size), and formula cells are refused instead of being calculated.
 */
final class XlsxSheetReader {

    /** The one sheet a retention workbook has. */
    static final String SHEET = "Retention";

    static final int MAX_ZIP_ENTRIES = 200;
    static final long MAX_UNCOMPRESSED_BYTES = 16L * 1024 * 1024;

    private XlsxSheetReader() {
    }

    static RawSheet read(byte[] content) {
        return read(content, SHEET);
    }

    /** Reads the one visible sheet named {@code sheetName}; any other sheet is a problem. */
    static RawSheet read(byte[] content, String sheetName) {
        checkPackage(content);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<TableProblem> problems = new ArrayList<>();
            Sheet retention = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                if (sheetName.equals(sheet.getSheetName()) && !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    retention = sheet;
                } else {
                    problems.add(TableProblem.ofSheet(sheet.getSheetName(), "unknown sheet '" + sheet.getSheetName()
                            + "'" + (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i) ? " (hidden)" : "")
                            + ": this workbook has exactly one visible sheet, named " + sheetName));
                }
            }
            if (retention == null) {
                problems.add(TableProblem.ofFile("the workbook has no sheet named " + sheetName));
                return new RawSheet(sheetName, List.of(), problems);
            }
            return readSheet(retention, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RetentionTableRefusedException refused) {
                throw refused;
            }
            throw new RetentionTableRefusedException(FORMAT_REFUSED,
                    "the file is not a readable XLSX workbook; save it from your spreadsheet program as"
                            + " 'Excel Workbook (.xlsx)'");
        }
    }

    private static RawSheet readSheet(Sheet sheet, List<TableProblem> problems) {
        String name = sheet.getSheetName();
        if (sheet.getLastRowNum() > MAX_DATA_ROWS) {
            problems.add(TableProblem.ofSheet(name, "too many rows: the sheet reaches row " + (sheet.getLastRowNum() + 1)
                    + "; a table has at most " + MAX_DATA_ROWS + " rows below its header"));
            return new RawSheet(name, List.of(), problems);
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<RawSheet.RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            boolean blank = true;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                String text = cellText(cell, formatter, name, row.getRowNum() + 1, c, problems);
                cells.add(text);
                blank &= text.isEmpty();
            }
            if (!blank) {
                rows.add(new RawSheet.RawRow(row.getRowNum() + 1, cells));
            }
        }
        return new RawSheet(name, rows, problems);
    }

    private static String cellText(Cell cell, DataFormatter formatter, String sheet, int row, int column,
                                   List<TableProblem> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            problems.add(new TableProblem(sheet, row, TableProblem.columnLetter(column), null,
                    "formulas are not allowed; type the value itself"));
            return "";
        }
        if (type == CellType.ERROR) {
            problems.add(new TableProblem(sheet, row, TableProblem.columnLetter(column), null,
                    "the cell holds an error value; type the value itself"));
            return "";
        }
        String text = formatter.formatCellValue(cell).strip();
        if (text.length() > MAX_CELL_CHARS) {
            problems.add(new TableProblem(sheet, row, TableProblem.columnLetter(column), null,
                    "the cell is longer than " + MAX_CELL_CHARS + " characters"));
            return "";
        }
        return text;
    }

    /**
     * Looks into the ZIP package before POI does: refuses macros (a VBA project), external links, ActiveX
     * controls, embedded objects and packages that unpack to too much (a ZIP bomb).
     */
    private static void checkPackage(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw refused("the workbook has too many parts (more than " + MAX_ZIP_ENTRIES + ")");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.contains("vbadata")) {
                    throw refused("the workbook contains macros (a VBA project); macros are never accepted:"
                            + " save it as 'Excel Workbook (.xlsx)' without macros");
                }
                if (name.contains("externallink")) {
                    throw refused("the workbook links to other files (external links); type the values instead");
                }
                if (name.contains("activex") || name.contains("embeddings/") || name.contains("oleobject")) {
                    throw refused("the workbook contains embedded objects or controls; a retention table holds"
                            + " text only");
                }
                StringBuilder contentTypes = name.equals("[content_types].xml") ? new StringBuilder() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw refused("the workbook unpacks to more than " + MAX_UNCOMPRESSED_BYTES / (1024 * 1024)
                                + " MiB");
                    }
                    if (contentTypes != null) {
                        contentTypes.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
                if (contentTypes != null && contentTypes.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    throw refused("the workbook is macro-enabled (.xlsm); save it as 'Excel Workbook (.xlsx)'");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8 in a damaged package
            throw refused("the file is not a readable XLSX workbook");
        }
        if (entries == 0) {
            throw refused("the file is not a readable XLSX workbook");
        }
    }

    private static RetentionTableRefusedException refused(String message) {
        return new RetentionTableRefusedException(FORMAT_REFUSED, message);
    }

}
