package io.crowdflow.bench.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.crowdflow.review.domain.aggregation.CrowdAnswers;

/**
 * Reads the aggregation command's CSV files (RFC 4180: comma separated, double quotes around fields that
 * hold commas or quotes, {@code ""} for a quote). A first line equal to the expected header is skipped;
 * blank lines are skipped; a line with the wrong number of fields fails with its line number.
 */
final class CrowdCsv {

    private CrowdCsv() {
    }

    /** {@code task,worker,label} rows. */
    static CrowdAnswers readAnswers(Path file) throws IOException {
        CrowdAnswers.Builder builder = CrowdAnswers.builder();
        read(file, 3, List.of("task", "worker", "label"), (line, f) -> builder.add(f.get(0), f.get(1), f.get(2)));
        return builder.build();
    }

    /** {@code task,label} rows (truth or gold), in file order. */
    static Map<String, String> readLabels(Path file) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        read(file, 2, List.of("task", "truth"), (line, f) -> {
            if (labels.put(f.get(0), f.get(1)) != null) {
                throw new IllegalArgumentException(file + ":" + line + ": task " + f.get(0) + " appears twice");
            }
        });
        return labels;
    }

    private interface RowHandler {
        void row(int line, List<String> fields);
    }

    private static void read(Path file, int width, List<String> header, RowHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> fields = split(text, file, line);
                if (line == 1 && fields.size() == width && (fields.equals(header)
                        || fields.get(0).strip().equalsIgnoreCase("task"))) {
                    continue;
                }
                if (fields.size() != width) {
                    throw new IllegalArgumentException(file + ":" + line + ": expected " + width + " fields ("
                            + String.join(",", header) + "), found " + fields.size());
                }
                try {
                    handler.row(line, fields.stream().map(String::strip).toList());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
                }
            }
        }
    }

    static List<String> split(String text, Path file, int line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ":" + line + ": unterminated quote");
        }
        fields.add(field.toString());
        return fields;
    }

    /** Quotes a field for output when it needs it. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
