package org.carbonmrv.monitoring.readings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * CSV as RFC 4180 writes it (Commons CSV): quoted fields may hold commas, quotes and line breaks;
 * the delimiter is a comma, or a tab when the header row has one; blank lines are skipped.
 */
final class CsvReadingParser implements ReadingParser {

    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private int[] index;
    private int row;

    CsvReadingParser(BufferedReader reader) throws IOException {
        char delimiter = headerHasTab(reader) ? '\t' : ',';
        this.csv = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get()
                .parse(reader);
        this.records = csv.iterator();
    }

    /** Looks at the first non-blank line without consuming it. */
    private static boolean headerHasTab(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    return line.indexOf('\t') >= 0;
                }
            }
            return false;
        } finally {
            reader.reset();
        }
    }

    @Override
    public RawReading next() throws IOException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (index == null) {
                    index = ReadingParser.columnsOf(
                            record.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), "CSV header");
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                row++;
                return new RawReading(
                        row,
                        cell(record, 0),
                        cell(record, 1),
                        cell(record, 2),
                        cell(record, 3),
                        cell(record, 4),
                        cell(record, 5),
                        cell(record, 6));
            }
            return null;
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps what it cannot read (an unclosed quote, a byte that is not UTF-8)
            throw e.getCause();
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private String cell(CSVRecord record, int column) {
        int at = index[column];
        if (at < 0 || at >= record.size()) {
            return null;
        }
        String value = record.get(at);
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
