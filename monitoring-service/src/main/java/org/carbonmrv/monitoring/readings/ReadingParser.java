package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.UploadFormat;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an upload row by row, never holding it whole: one implementation per format (JSON
 * {@code {"readings": [{...}, ...]}}, CSV with the header {@code parameter,source,from,to,value,unit,quality},
 * the first sheet of an XLSX workbook with the same header row), each text format UTF-8 with or
 * without BOM.
 */
interface ReadingParser extends AutoCloseable {

    List<String> COLUMNS = List.of("parameter", "source", "from", "to", "value", "unit", "quality");

    /** The next row, or null at the end. */
    RawReading next() throws IOException;

    @Override
    void close() throws IOException;

    static ReadingParser open(InputStream content, UploadFormat format, ObjectMapper json) throws IOException {
        return switch (format) {
            case XLSX -> new XlsxReadingParser(content);
            case CSV -> new CsvReadingParser(new BufferedReader(utf8(content), 1 << 16));
            case JSON -> new JsonReadingParser(utf8(content), json);
        };
    }

    static DomainException empty() {
        return DomainException.badRequest(
                "empty-upload",
                "the upload is empty: it holds no readings",
                FieldProblem.of("readings", "at least one reading"));
    }

    static DomainException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return DomainException.badRequest(
                    "wrong-encoding",
                    "the upload is not UTF-8 text",
                    FieldProblem.of("body", "must be UTF-8 (with or without BOM)"));
        }
        if (e instanceof JsonProcessingException json) {
            return DomainException.badRequest(
                    "malformed-upload",
                    "the upload is not valid JSON: " + json.getOriginalMessage(),
                    FieldProblem.of("body", "must be JSON of the form {\"readings\": [...]}"));
        }
        return DomainException.badRequest("malformed-upload", "the upload cannot be read: " + e.getMessage());
    }

    /** Where each of {@link #COLUMNS} is in a header row (-1 for an optional column left out). */
    static int[] columnsOf(List<String> header, String headerName) {
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            index[c] = header.indexOf(COLUMNS.get(c));
            if (index[c] < 0 && !COLUMNS.get(c).equals("quality")) {
                throw DomainException.badRequest(
                        "malformed-upload",
                        "the " + headerName + " lacks a column",
                        FieldProblem.of(COLUMNS.get(c), "column required in the header " + String.join(",", COLUMNS)));
            }
        }
        return index;
    }

    private static Reader utf8(InputStream content) throws IOException {
        PushbackReader reader = new PushbackReader(
                new InputStreamReader(
                        content,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
