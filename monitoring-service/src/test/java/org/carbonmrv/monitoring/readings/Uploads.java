package org.carbonmrv.monitoring.readings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.UploadFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Every row of a small upload, read as the upload path reads it. */
final class Uploads {

    private Uploads() {}

    static List<RawReading> parse(byte[] content, UploadFormat format, ObjectMapper json) {
        List<RawReading> rows = new ArrayList<>();
        try (ReadingParser parser = ReadingParser.open(new ByteArrayInputStream(content), format, json)) {
            for (RawReading row; (row = parser.next()) != null; ) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw ReadingParser.unreadable(e);
        }
        if (rows.isEmpty()) {
            throw ReadingParser.empty();
        }
        return rows;
    }
}
