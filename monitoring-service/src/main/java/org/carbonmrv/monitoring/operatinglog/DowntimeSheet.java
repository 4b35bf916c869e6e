package org.carbonmrv.monitoring.operatinglog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carbonmrv.api.monitoring.DowntimeKind;
import org.carbonmrv.monitoring.spreadsheet.SheetCells;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The operating log as a plant keeps it in a spreadsheet: a header row naming the columns
 * {@code unitId,from,to,productionStopped} (and optionally {@code statedDurationMinutes,reference,kind}),
 * times as local date-times (a date alone is its midnight). As CSV, comma or tab separated, fields
 * quoted as RFC 4180 quotes them; or the first sheet of an XLSX workbook, date cells as dates.
 */
final class DowntimeSheet {

    private static final List<String> REQUIRED = List.of("unitid", "from", "to", "productionstopped");

    private DowntimeSheet() {}

    static List<OperatingLogController.Entry> fromCsv(String csv) {
        return entries(records(csv.replace("\uFEFF", "")).stream()
                .map(CSVRecord::toList)
                .toList());
    }

    static List<OperatingLogController.Entry> fromXlsx(InputStream workbook) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(workbook, new ReadingOptions(true, false));
                Stream<Row> sheet = book.getFirstSheet().openStream()) {
            sheet.filter(r -> r.getFirstNonEmptyCell().isPresent()).forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    String text = SheetCells.text(r.getOptionalCell(c).orElse(null));
                    cells.add(text == null ? "" : text);
                }
                rows.add(cells);
            });
        } catch (IOException | RuntimeException e) {
            throw DomainException.badRequest(
                    "malformed-upload",
                    "the log is not a readable XLSX workbook",
                    FieldProblem.of(
                            "body",
                            "an .xlsx workbook whose first sheet has the header unitId,from,to,productionStopped"));
        }
        return entries(rows);
    }

    private static List<OperatingLogController.Entry> entries(List<List<String>> lines) {
        if (lines.size() < 2) {
            throw DomainException.badRequest(
                    "empty-upload", "the log holds no rows", FieldProblem.of("body", "a header and at least one row"));
        }
        List<String> header = lines.get(0).stream()
                .map(h -> h.toLowerCase(Locale.ROOT).replace(" ", ""))
                .toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw DomainException.badRequest(
                        "malformed-upload",
                        "the header lacks a column",
                        FieldProblem.of(column, "column required: unitId,from,to,productionStopped"));
            }
        }
        List<OperatingLogController.Entry> entries = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            String field = "rows[" + i + "]";
            try {
                String minutes = cell(cells, header.indexOf("stateddurationminutes"));
                entries.add(new OperatingLogController.Entry(
                        cell(cells, header.indexOf("unitid")),
                        moment(cell(cells, header.indexOf("from"))),
                        moment(cell(cells, header.indexOf("to"))),
                        yes(cell(cells, header.indexOf("productionstopped"))),
                        minutes == null ? null : Integer.valueOf(minutes),
                        cell(cells, header.indexOf("reference")),
                        kind(cell(cells, header.indexOf("kind")))));
            } catch (DateTimeParseException | NullPointerException | NumberFormatException e) {
                problems.add(new FieldProblem(
                        field,
                        "needs a unit, from and to as yyyy-MM-ddTHH:mm, productionStopped "
                                + "as yes/no, a whole number of minutes if stated, and kind shutdown, bypass or venting if given",
                        String.join(",", cells)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "downtime-invalid", 400, problems.size() + " unreadable row(s); nothing was recorded", problems);
        }
        return entries;
    }

    private static String kind(String value) {
        if (value == null) {
            return null;
        }
        return DowntimeKind.parse(value)
                .orElseThrow(() -> new NumberFormatException("kind " + value))
                .stored();
    }

    private static boolean yes(String value) {
        if (value == null) {
            throw new NullPointerException("productionStopped");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1", "是" -> true;
            case "no", "false", "n", "0", "否" -> false;
            default -> throw new NumberFormatException(value);
        };
    }

    /** A local date-time, or a date alone as its midnight (how a spreadsheet shows a midnight). */
    private static LocalDateTime moment(String value) {
        if (value == null) {
            throw new NullPointerException("from and to");
        }
        return value.indexOf('T') < 0 && value.length() == 10
                ? LocalDate.parse(value).atStartOfDay()
                : LocalDateTime.parse(value);
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index);
        return value.isEmpty() ? null : value;
    }

    /** The non-blank rows, RFC 4180 (quoted fields may hold commas), comma or tab as the header row has it. */
    private static List<CSVRecord> records(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(first.indexOf('\t') >= 0 ? '\t' : ',')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            return parser.getRecords().stream()
                    .filter(r -> !r.stream().allMatch(String::isEmpty))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw DomainException.badRequest(
                    "malformed-upload",
                    "the log cannot be read as CSV: " + e.getMessage(),
                    FieldProblem.of("body", "RFC 4180 CSV with the header unitId,from,to,productionStopped"));
        }
    }
}
