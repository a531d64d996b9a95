package io.crowdflow.rules.retention;

import static io.crowdflow.rules.retention.RetentionTableRefusedException.Reason.FORMAT_REFUSED;
import static io.crowdflow.rules.retention.RetentionTableRefusedException.Reason.INVALID;
import static io.crowdflow.rules.retention.RetentionTableRefusedException.Reason.TOO_LARGE;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an uploaded retention table (XLSX or CSV) into a validated {@link RetentionTable}, or refuses it.
 * The format is recognised by the content, not by the file name; a name or content that is rule code (DRL
 * and its relatives), a macro-enabled or old binary workbook, or anything over {@link #MAX_BYTES} is refused
 * before any parsing. Thread-safe and stateless.
 */
public final class RetentionTableReader {

    /** The largest file accepted: 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most rule rows below the header. */
    public static final int MAX_DATA_ROWS = 500;
    /** The longest text in one cell. */
    public static final int MAX_CELL_CHARS = 200;

    private static final List<String> CODE_EXTENSIONS = List.of(".drl", ".dslr", ".dsl", ".rdrl", ".rdslr", ".gdst",
            ".java", ".class", ".jar", ".mvel", ".js", ".groovy", ".bpmn", ".dmn", ".xml");
    private static final List<String> MACRO_EXTENSIONS = List.of(".xlsm", ".xltm", ".xlsb", ".xlam");
    private static final Pattern DRL = Pattern.compile(
            "(?s)(^|\\n)\\s*(package|import|rule|declare|function|global|query|dialect)\\s.*\\b(when|then|end)\\b");

    private final RetentionTableValidator validator;

    /** @param taskTypes the task types a "Task type" cell may name */
    public RetentionTableReader(Collection<String> taskTypes) {
        this.validator = new RetentionTableValidator(taskTypes);
    }

    /**
     * @param fileName the uploaded file's name (may be null)
     * @param content  the file's bytes
     * @throws RetentionTableRefusedException with every problem found, by sheet, row and column
     */
    public RetentionTable read(String fileName, byte[] content) {
        TableFiles.Read read = TableFiles.read(fileName, content, XlsxSheetReader.SHEET);
        return validator.validate(read.format(), read.sheet());
    }

    /** The safety checks every uploaded table passes before its cells are read; then its one sheet, as text. */
    static TableFiles.Read readSheet(String fileName, byte[] content, String sheetName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new RetentionTableRefusedException(INVALID, "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RetentionTableRefusedException(TOO_LARGE, "the file has " + content.length
                    + " bytes; a table may have at most " + MAX_BYTES + " bytes (1 MiB)");
        }
        for (String extension : CODE_EXTENSIONS) {
            if (name.endsWith(extension)) {
                throw new RetentionTableRefusedException(FORMAT_REFUSED, "'" + fileName + "' is rule or program code ("
                        + extension + "); compliance officers upload tables (.xlsx or .csv), from which the platform"
                        + " writes the rules itself");
            }
        }
        for (String extension : MACRO_EXTENSIONS) {
            if (name.endsWith(extension)) {
                throw new RetentionTableRefusedException(FORMAT_REFUSED, "'" + fileName + "' is a macro-enabled or"
                        + " binary workbook (" + extension + "); save it as 'Excel Workbook (.xlsx)'");
            }
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return new TableFiles.Read("xlsx", XlsxSheetReader.read(content, sheetName));
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new RetentionTableRefusedException(FORMAT_REFUSED, "the file is an old binary Excel workbook (.xls)"
                    + " or an encrypted one; save it as 'Excel Workbook (.xlsx)' without a password");
        }
        String text = utf8(content);
        if (DRL.matcher(text).find()) {
            throw new RetentionTableRefusedException(FORMAT_REFUSED, "the file holds rule code (DRL); compliance"
                    + " officers upload tables (.xlsx or .csv), from which the platform writes the rules itself");
        }
        if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".txt") && !name.endsWith(".xlsx")) {
            throw new RetentionTableRefusedException(FORMAT_REFUSED, "'" + fileName + "' is neither an XLSX workbook"
                    + " nor a CSV table");
        }
        if (name.endsWith(".xlsx")) {
            throw new RetentionTableRefusedException(FORMAT_REFUSED, "'" + fileName + "' is named .xlsx but is not"
                    + " an XLSX workbook");
        }
        return new TableFiles.Read("csv", CsvSheetReader.read(text));
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new CharacterCodingException();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new RetentionTableRefusedException(FORMAT_REFUSED, "the file is neither an XLSX workbook nor a"
                    + " CSV table in UTF-8 text");
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
