package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an upload row by row, never holding it whole: JSON ({@code {"readings": [{...}, ...]}})
 * or CSV (header {@code parameter,source,from,to,value,unit,quality}; comma or tab; UTF-8 with
 * or without BOM).
 */
abstract class ReadingParser implements AutoCloseable {

    static final List<String> COLUMNS = List.of("parameter", "source", "from", "to", "value", "unit", "quality");

    /** The next row, or null at the end. */
    abstract RawReading next() throws IOException;

    @Override
    public abstract void close() throws IOException;

    static ReadingParser open(InputStream content, String format, ObjectMapper json) throws IOException {
        if (format.equals("xlsx")) {
            return new Xlsx(content);
        }
        Reader reader = utf8(content);
        return format.equals("csv") ? new Csv(new BufferedReader(reader, 1 << 16)) : new Json(reader, json);
    }

    /** Every row of a small upload (tests, previews). */
    static List<RawReading> parse(byte[] content, String format, ObjectMapper json) {
        List<RawReading> rows = new ArrayList<>();
        try (ReadingParser parser = open(new ByteArrayInputStream(content), format, json)) {
            for (RawReading row; (row = parser.next()) != null; ) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (rows.isEmpty()) {
            throw empty();
        }
        return rows;
    }

    static DomainException empty() {
        return DomainException.badRequest("empty-upload", "the upload is empty: it holds no readings",
                FieldProblem.of("readings", "at least one reading"));
    }

    static DomainException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return DomainException.badRequest("wrong-encoding", "the upload is not UTF-8 text",
                    FieldProblem.of("body", "must be UTF-8 (with or without BOM)"));
        }
        if (e instanceof JsonProcessingException json) {
            return DomainException.badRequest("malformed-upload", "the upload is not valid JSON: " + json.getOriginalMessage(),
                    FieldProblem.of("body", "must be JSON of the form {\"readings\": [...]}"));
        }
        return DomainException.badRequest("malformed-upload", "the upload cannot be read: " + e.getMessage());
    }

    private static Reader utf8(InputStream content) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static final class Csv extends ReadingParser {
        private final BufferedReader reader;
        private int[] index;
        private String separator;
        private int row;

        Csv(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        RawReading next() throws IOException {
            String line;
            do {
                line = reader.readLine();
                if (line == null) {
                    return null;
                }
            } while (line.isBlank());
            if (index == null) {
                header(line);
                return next();
            }
            row++;
            String[] cells = line.split(separator, -1);
            return new RawReading(row, cell(cells, index[0]), cell(cells, index[1]), cell(cells, index[2]),
                    cell(cells, index[3]), cell(cells, index[4]), cell(cells, index[5]), cell(cells, index[6]));
        }

        private void header(String line) {
            separator = line.contains("\t") ? "\t" : ",";
            List<String> header = List.of(line.trim().toLowerCase().split(separator, -1));
            index = new int[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                index[c] = header.indexOf(COLUMNS.get(c));
                if (index[c] < 0 && !COLUMNS.get(c).equals("quality")) {
                    throw DomainException.badRequest("malformed-upload", "the CSV header lacks a column",
                            FieldProblem.of(COLUMNS.get(c), "column required in the header " + String.join(",", COLUMNS)));
                }
            }
        }

        private static String cell(String[] cells, int index) {
            if (index < 0 || index >= cells.length) {
                return null;
            }
            String value = cells[index].trim();
            return value.isEmpty() ? null : value;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /**
     * The first sheet of an XLSX workbook, with the CSV's header row. Number cells are read to
     * Excel's 15 significant digits (text cells keep their digits exactly, trailing zeros included);
     * date cells become dates (whole days) or, with a time, local times.
     */
    private static final class Xlsx extends ReadingParser {
        private final org.dhatim.fastexcel.reader.ReadableWorkbook workbook;
        private final java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> stream;
        private final java.util.Iterator<org.dhatim.fastexcel.reader.Row> rows;
        private int[] index;
        private int row;

        Xlsx(InputStream content) throws IOException {
            try {
                this.workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(content,
                        new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
                this.stream = workbook.getFirstSheet().openStream();
            } catch (IOException | RuntimeException e) {
                throw DomainException.badRequest("malformed-upload", "the upload is not a readable XLSX workbook",
                        FieldProblem.of("body", "must be an .xlsx workbook whose first sheet has the columns " + String.join(",", COLUMNS)));
            }
            this.rows = stream.iterator();
        }

        @Override
        RawReading next() {
            while (rows.hasNext()) {
                org.dhatim.fastexcel.reader.Row r = rows.next();
                if (r.getFirstNonEmptyCell().isEmpty()) {
                    continue;
                }
                if (index == null) {
                    header(r);
                    continue;
                }
                row++;
                return new RawReading(row, text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), text(r, 6));
            }
            return null;
        }

        private void header(org.dhatim.fastexcel.reader.Row r) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < r.getCellCount(); c++) {
                header.add(r.getOptionalCell(c).map(org.dhatim.fastexcel.reader.Cell::getText).orElse("").trim().toLowerCase());
            }
            index = new int[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                index[c] = header.indexOf(COLUMNS.get(c));
                if (index[c] < 0 && !COLUMNS.get(c).equals("quality")) {
                    throw DomainException.badRequest("malformed-upload", "the sheet's header row lacks a column",
                            FieldProblem.of(COLUMNS.get(c), "column required in the header " + String.join(",", COLUMNS)));
                }
            }
        }

        private String text(org.dhatim.fastexcel.reader.Row r, int column) {
            int at = index[column];
            if (at < 0) {
                return null;
            }
            var cell = r.getOptionalCell(at).orElse(null);
            if (cell == null || cell.getType() == org.dhatim.fastexcel.reader.CellType.EMPTY) {
                return null;
            }
            if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                if (isDateFormat(cell.getDataFormatString())) {
                    java.time.LocalDateTime moment = cell.asDate();
                    return moment.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? moment.toLocalDate().toString() : moment.toString();
                }
                // Excel keeps binary doubles and shows 15 significant digits: read what the sheet shows
                return new java.math.BigDecimal(cell.getRawValue()).round(new java.math.MathContext(15))
                        .stripTrailingZeros().toPlainString();
            }
            String text = cell.getText();
            return text == null || text.isBlank() ? null : text.trim();
        }

        private static boolean isDateFormat(String format) {
            if (format == null) {
                return false;
            }
            String f = format.replaceAll("\\[[^\\]]*\\]|\"[^\"]*\"", "").toLowerCase();
            return f.contains("yy") || f.contains("dd") || f.contains("h:mm") || f.contains("mmm");
        }

        @Override
        public void close() throws IOException {
            stream.close();
            workbook.close();
        }
    }

    private static final class Json extends ReadingParser {
        private final JsonParser parser;
        private final ObjectMapper json;
        private boolean inArray;
        private int row;

        Json(Reader reader, ObjectMapper json) throws IOException {
            this.parser = json.getFactory().createParser(reader);
            this.json = json;
        }

        @Override
        RawReading next() throws IOException {
            if (!inArray) {
                findReadingsArray();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw DomainException.badRequest("malformed-upload", "each reading must be a JSON object",
                        FieldProblem.of("readings[" + row + "]", "must be an object"));
            }
            JsonNode r = json.readTree(parser);
            row++;
            return new RawReading(row, text(r, "parameter"), text(r, "source"), text(r, "from"), text(r, "to"),
                    text(r, "value"), text(r, "unit"), text(r, "quality"));
        }

        private void findReadingsArray() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw noArray();
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("readings") && value == JsonToken.START_ARRAY) {
                    inArray = true;
                    return;
                }
                parser.skipChildren();
            }
            throw noArray();
        }

        private static DomainException noArray() {
            return DomainException.badRequest("malformed-upload", "the upload has no readings array",
                    FieldProblem.of("readings", "must be an array"));
        }

        private static String text(JsonNode row, String field) {
            JsonNode value = row.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }
}
