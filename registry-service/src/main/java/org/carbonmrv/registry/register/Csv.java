package org.carbonmrv.registry.register;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV of a list of records, through Commons CSV: a header of the record's components,
 * fields quoted when needed. Public exports carry text that anyone who retires credits wrote
 * (beneficiary, reason): a text that a spreadsheet would run as a formula
 * ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM}) is written with a leading apostrophe, so
 * it is shown, not run. Numbers are written as they are.
 */
public final class Csv {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Csv() {}

    public static String of(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            printer.printRecord(
                    Arrays.stream(components).map(RecordComponent::getName).toList());
            for (Record row : rows) {
                printer.printRecord(
                        Arrays.stream(components).map(c -> field(value(c, row))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** The text of one field before quoting: empty for null, numbers as they are, other text made inert. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return inert(String.join(" ", list.stream().map(String::valueOf).toList()));
        }
        return value instanceof Number ? String.valueOf(value) : inert(String.valueOf(value));
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + row, e);
        }
    }

    private static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
