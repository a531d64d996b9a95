package io.crowdflow.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.rules.retention.RetentionTableRefusedException.Reason;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RetentionTableReaderTest {

    private static final List<String> HEADER = RetentionWorkbooks.HEADER;
    private final RetentionTableReader reader = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES);

    @Test
    void aValidWorkbookBecomesRowsInTheirOrderWithAnyForEmptyAndStar() {
        RetentionTable table = reader.read("rules.xlsx", RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("PERSONAL", "survey", "", "settled", "p30d", "Archive", "", ""),
                List.of("*", "*", "eu", "archived", "PT5S", "purge", "yes", "note"))));

        assertThat(table.rows()).hasSize(2);
        RetentionRow first = table.rows().get(0);
        assertThat(first.ref()).isEqualTo("Retention!2");
        assertThat(first.dataClass()).isEqualTo("PERSONAL");
        assertThat(first.region()).isNull();
        assertThat(first.keepFor()).hasToString("P30D");
        assertThat(first.then()).isEqualTo(RetentionAction.ARCHIVE);
        RetentionRow second = table.rows().get(1);
        assertThat(second.dataClass()).isNull();
        assertThat(second.region()).isEqualTo("EU");
        assertThat(second.legalHold()).isTrue();
    }

    @Test
    void aTableWithMistakesIsAnsweredCellByCellInPlainWords() {
        RetentionTableRefusedException refused = refused("rules.xlsx", RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("SECRET", "survey", "*", "settled", "30 days", "archive", "no", ""),
                List.of("PUBLIC", "poetry", "*", "settled", "P1D", "shred", "maybe", ""))));

        assertThat(refused.reason()).isEqualTo(Reason.INVALID);
        assertThat(refused.problems()).extracting(TableProblem::where).containsExactlyInAnyOrder(
                "Retention!A2 (Data class)", "Retention!E2 (Keep for)",
                "Retention!B3 (Task type)", "Retention!F3 (Then)", "Retention!G3 (Legal hold)");
        assertThat(refused.problems()).extracting(TableProblem::message).anySatisfy(m ->
                assertThat(m).contains("'SECRET' is not a data class"));
    }

    @Test
    void unknownAndMissingColumnsAreNamed() {
        RetentionTableRefusedException refused = refused("rules.csv",
                "Data class,Task type,Lifecycle state,Keep for,Script\nPUBLIC,survey,settled,P1D,x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).extracting(TableProblem::message).anySatisfy(m -> assertThat(m).contains("unknown column 'Script'"))
                .anySatisfy(m -> assertThat(m).contains("the column 'Then' is missing"));
    }

    @Test
    void aRowBehindAnIdenticalOneIsReportedAsNeverApplying() {
        RetentionTableRefusedException refused = refused("rules.xlsx", RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("*", "*", "*", "settled", "P1D", "archive", "no", ""),
                List.of("*", "*", "*", "settled", "P9D", "archive", "no", ""))));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("never applies: row 2");
        });
    }

    @Test
    void aFormulaIsRefusedAtItsCell() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Retention");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.createRow(0).createCell(c).setCellValue(HEADER.get(c));
            }
            var header = sheet.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("PUBLIC");
            row.createCell(1).setCellValue("survey");
            row.createCell(3).setCellValue("settled");
            row.createCell(4).setCellFormula("CONCATENATE(\"P\",\"1D\")");
            row.createCell(5).setCellValue("archive");
            wb.write(out);
            workbook = out.toByteArray();
        }

        RetentionTableRefusedException refused = refused("rules.xlsx", workbook);

        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.where()).startsWith("Retention!E2");
            assertThat(p.message()).contains("formulas are not allowed");
        });
    }

    @Test
    void aWorkbookWithMacrosIsRefusedWhateverItsName() throws IOException {
        byte[] withMacros = addEntry(RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("*", "*", "*", "settled", "P1D", "archive", "no", ""))), "xl/vbaProject.bin", new byte[]{1, 2, 3});

        RetentionTableRefusedException refused = refused("innocent.xlsx", withMacros);

        assertThat(refused.reason()).isEqualTo(Reason.FORMAT_REFUSED);
        assertThat(refused.getMessage()).contains("macros");
    }

    @Test
    void aMacroEnabledFileNameIsRefused() {
        assertThat(refused("rules.xlsm", RetentionWorkbooks.xlsx(List.of(HEADER))).reason()).isEqualTo(Reason.FORMAT_REFUSED);
    }

    @Test
    void aWorkbookWithExternalLinksIsRefused() throws IOException {
        byte[] linked = addEntry(RetentionWorkbooks.xlsx(List.of(HEADER)), "xl/externalLinks/externalLink1.xml",
                "<externalLink/>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused("rules.xlsx", linked).getMessage()).contains("external links");
    }

    @Test
    void aDrlFileIsRefusedByItsName() {
        RetentionTableRefusedException refused = refused("retention.drl", "rule \"x\" when then end".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.FORMAT_REFUSED);
        assertThat(refused.getMessage()).contains("rule or program code");
    }

    @Test
    void drlDressedAsCsvIsRefusedByItsContent() {
        String drl = """
                package evil;
                rule "run"
                when
                then
                    System.exit(1);
                end
                """;

        RetentionTableRefusedException refused = refused("table.csv", drl.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.reason()).isEqualTo(Reason.FORMAT_REFUSED);
        assertThat(refused.getMessage()).contains("DRL");
    }

    @Test
    void aCsvCellThatStartsLikeAFormulaIsRefused() {
        RetentionTableRefusedException refused = refused("rules.csv", (String.join(",", HEADER) + "\n"
                + "PUBLIC,survey,*,settled,P1D,archive,no,=HYPERLINK(\"http://x\")\n").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("csv!H2");
            assertThat(p.message()).contains("formula");
        });
    }

    @Test
    void aWorkbookWithTooManyRowsIsRefusedWithoutReadingThem() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i <= RetentionTableReader.MAX_DATA_ROWS; i++) {
            rows.add(List.of("*", "*", "R" + (char) ('A' + i % 26) + (char) ('A' + i / 26 % 26), "settled", "P1D", "archive", "no", ""));
        }

        RetentionTableRefusedException refused = refused("rules.xlsx", RetentionWorkbooks.xlsx(rows));

        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("too many rows"));
    }

    @Test
    void aCsvWithAHugeRowCountIsRefused() {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < 100_000; i++) {
            csv.append("*,*,*,settled,P1D,archive,no,row ").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        RetentionTableRefusedException refused = refused("rules.csv", bytes);

        assertThat(refused.reason()).isIn(Reason.TOO_LARGE, Reason.INVALID);
        if (bytes.length <= RetentionTableReader.MAX_BYTES) {
            assertThat(refused.getMessage()).contains("problem");
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] big = new byte[RetentionTableReader.MAX_BYTES + 1];

        assertThat(refused("rules.xlsx", big).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void anOldBinaryWorkbookIsRefused() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

        assertThat(refused("rules.xls", ole).getMessage()).contains(".xls");
    }

    @Test
    void aSecondOrHiddenSheetIsRefused() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("*", "*", "*", "settled", "P1D", "archive", "no", ""))))); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Lookup");
            wb.setSheetHidden(1, true);
            wb.write(out);
            workbook = out.toByteArray();
        }

        assertThat(refused("rules.xlsx", workbook).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown sheet 'Lookup' (hidden)"));
    }

    @Test
    void archiveOnlyAppliesToSettledContent() {
        RetentionTableRefusedException refused = refused("rules.xlsx", RetentionWorkbooks.xlsx(List.of(HEADER,
                List.of("*", "*", "*", "archived", "P1D", "archive", "no", ""))));

        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.where()).isEqualTo("Retention!F2 (Then)"));
    }

    @Test
    void aWorkbookWhosePartNameIsNotUtf8IsRefusedAsUnreadable() {
        // found by RetentionTableReaderPropertiesTest: the ZIP reader threw IllegalArgumentException (a 500)
        byte[] damaged = RetentionWorkbooks.xlsx(List.of(HEADER)).clone();
        damaged[30] = (byte) 0xFF; // the first byte of the first local entry's name

        RetentionTableRefusedException refused = refused("rules.xlsx", damaged);

        assertThat(refused.reason()).isEqualTo(Reason.FORMAT_REFUSED);
        assertThat(refused.getMessage()).contains("not a readable XLSX workbook");
    }

    private RetentionTableRefusedException refused(String name, byte[] content) {
        RetentionTableRefusedException refused = catchThrowableOfType(RetentionTableRefusedException.class,
                () -> reader.read(name, content));
        assertThat(refused).as("the upload should have been refused").isNotNull();
        return refused;
    }

    private static byte[] addEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(entry.getName()));
                z.write(in.readAllBytes());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
