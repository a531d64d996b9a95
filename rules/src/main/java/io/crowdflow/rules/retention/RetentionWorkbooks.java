package io.crowdflow.rules.retention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a retention table as an XLSX workbook (one sheet, {@code Retention}, text cells only): for the sample
 * in {@code docs/samples}, for tests, and for officers who want the active table back as a file.
 */
public final class RetentionWorkbooks {

    /** The header row of a complete table. */
    public static final List<String> HEADER = List.of("Data class", "Task type", "Region", "Lifecycle state",
            "Keep for (ISO-8601)", "Then", "Legal hold", "Note");

    private RetentionWorkbooks() {
    }

    /** A workbook whose sheet {@code Retention} holds {@code rows} (the first is the header) as text. */
    public static byte[] xlsx(List<List<String>> rows) {
        return xlsx(XlsxSheetReader.SHEET, rows);
    }

    /** A workbook whose one sheet {@code sheetName} holds {@code rows} (the first is the header) as text. */
    public static byte[] xlsx(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                    if (r == 0) {
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
            int columns = rows.isEmpty() ? 0 : rows.get(0).size();
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, c == columns - 1 ? 60 * 256 : 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.getProperties().getCoreProperties().setCreator("Crowdflow");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows as CSV (comma-separated, quoted where needed, CRLF line ends). */
    public static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                text.append(c == 0 ? "" : ",");
                text.append(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
        }
        return text.toString();
    }
}
