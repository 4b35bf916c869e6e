package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an upload as JSON ({@code {"readings": [{...}]}}) or CSV (header
 * {@code parameter,source,from,to,value,unit,quality}; comma or tab; UTF-8 with or without BOM).
 */
final class ReadingParser {

    static final List<String> COLUMNS = List.of("parameter", "source", "from", "to", "value", "unit", "quality");

    private ReadingParser() {
    }

    static List<RawReading> parse(byte[] content, String format, ObjectMapper json) {
        if (content.length == 0) {
            throw DomainException.badRequest("empty-upload", "the upload is empty", FieldProblem.of("body", "must not be empty"));
        }
        String text = utf8(content);
        List<RawReading> rows = format.equals("csv") ? csv(text) : json(text, json);
        if (rows.isEmpty()) {
            throw DomainException.badRequest("empty-upload", "the upload holds no readings", FieldProblem.of("readings", "must not be empty"));
        }
        return rows;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DomainException.badRequest("wrong-encoding", "the upload is not UTF-8 text",
                    FieldProblem.of("body", "must be UTF-8 (with or without BOM)"));
        }
    }

    private static List<RawReading> json(String text, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (IOException e) {
            throw DomainException.badRequest("malformed-upload", "the upload is not valid JSON",
                    FieldProblem.of("body", "must be JSON of the form {\"readings\": [...]}"));
        }
        JsonNode readings = root == null ? null : root.get("readings");
        if (readings == null || !readings.isArray()) {
            throw DomainException.badRequest("malformed-upload", "the upload has no readings array",
                    FieldProblem.of("readings", "must be an array"));
        }
        List<RawReading> rows = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            JsonNode r = readings.get(i);
            rows.add(new RawReading(i + 1, text(r, "parameter"), text(r, "source"), text(r, "from"), text(r, "to"),
                    text(r, "value"), text(r, "unit"), text(r, "quality")));
        }
        return rows;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<RawReading> csv(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        String separator = lines.get(0).contains("\t") ? "\t" : ",";
        List<String> header = List.of(lines.get(0).trim().toLowerCase().split(separator, -1));
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = header.indexOf(COLUMNS.get(c));
            if (index[c] < 0 && !COLUMNS.get(c).equals("quality")) {
                throw DomainException.badRequest("malformed-upload", "the CSV header lacks a column",
                        FieldProblem.of(COLUMNS.get(c), "column required in the header " + String.join(",", COLUMNS)));
            }
        }
        List<RawReading> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(separator, -1);
            rows.add(new RawReading(i, cell(cells, index[0]), cell(cells, index[1]), cell(cells, index[2]),
                    cell(cells, index[3]), cell(cells, index[4]), cell(cells, index[5]), cell(cells, index[6])));
        }
        return rows;
    }

    private static String cell(String[] cells, int index) {
        if (index < 0 || index >= cells.length) {
            return null;
        }
        String value = cells[index].trim();
        return value.isEmpty() ? null : value;
    }
}
