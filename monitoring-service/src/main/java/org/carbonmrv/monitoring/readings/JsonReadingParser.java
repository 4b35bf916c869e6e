package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.io.IOException;
import java.io.Reader;

/** {@code {"readings": [{...}, ...]}}, read one object at a time; other top-level fields are skipped. */
final class JsonReadingParser implements ReadingParser {
    private final JsonParser parser;
    private final ObjectMapper json;
    private boolean inArray;
    private int row;

    JsonReadingParser(Reader reader, ObjectMapper json) throws IOException {
        this.parser = json.getFactory().createParser(reader);
        this.json = json;
    }

    @Override
    public RawReading next() throws IOException {
        if (!inArray) {
            findReadingsArray();
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY || token == null) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw DomainException.badRequest(
                    "malformed-upload",
                    "each reading must be a JSON object",
                    FieldProblem.of("readings[" + row + "]", "must be an object"));
        }
        JsonNode r = json.readTree(parser);
        row++;
        return new RawReading(
                row,
                text(r, "parameter"),
                text(r, "source"),
                text(r, "from"),
                text(r, "to"),
                text(r, "value"),
                text(r, "unit"),
                text(r, "quality"));
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
        return DomainException.badRequest(
                "malformed-upload",
                "the upload has no readings array",
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
