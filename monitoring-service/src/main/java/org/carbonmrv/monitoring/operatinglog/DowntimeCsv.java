package org.carbonmrv.monitoring.operatinglog;

import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operating log as a plant keeps it in a spreadsheet: a header row naming the columns
 * {@code unitId,from,to,productionStopped} (and optionally {@code statedDurationMinutes,reference}),
 * times as local date-times; comma or tab separated.
 */
final class DowntimeCsv {

    private static final List<String> REQUIRED = List.of("unitid", "from", "to", "productionstopped");

    private DowntimeCsv() {
    }

    static List<OperatingLogController.Entry> parse(String csv) {
        List<String> lines = csv.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw DomainException.badRequest("empty-upload", "the log holds no rows", FieldProblem.of("body", "a header and at least one row"));
        }
        String separator = lines.get(0).contains("\t") ? "\t" : ",";
        List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).replace(" ", "").split(separator, -1));
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw DomainException.badRequest("malformed-upload", "the header lacks a column",
                        FieldProblem.of(column, "column required: unitId,from,to,productionStopped"));
            }
        }
        List<OperatingLogController.Entry> entries = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(separator, -1);
            String field = "rows[" + i + "]";
            try {
                String minutes = cell(cells, header.indexOf("statedurationminutes"));
                entries.add(new OperatingLogController.Entry(cell(cells, header.indexOf("unitid")),
                        LocalDateTime.parse(cell(cells, header.indexOf("from"))),
                        LocalDateTime.parse(cell(cells, header.indexOf("to"))),
                        yes(cell(cells, header.indexOf("productionstopped"))),
                        minutes == null ? null : Integer.valueOf(minutes),
                        cell(cells, header.indexOf("reference")), kind(cell(cells, header.indexOf("kind")))));
            } catch (DateTimeParseException | NullPointerException | NumberFormatException e) {
                problems.add(new FieldProblem(field, "needs a unit, from and to as yyyy-MM-ddTHH:mm, productionStopped "
                        + "as yes/no, a whole number of minutes if stated, and kind shutdown, bypass or venting if given",
                        lines.get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException("downtime-invalid", 400, problems.size() + " unreadable row(s); nothing was recorded", problems);
        }
        return entries;
    }

    private static String kind(String value) {
        if (value == null) {
            return null;
        }
        String kind = value.toLowerCase(Locale.ROOT);
        if (!org.carbonmrv.api.monitoring.DowntimeEntry.KINDS.contains(kind)) {
            throw new NumberFormatException("kind " + value);
        }
        return kind;
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

    private static String cell(String[] cells, int index) {
        if (index < 0 || index >= cells.length) {
            return null;
        }
        String value = cells[index].trim();
        return value.isEmpty() ? null : value;
    }
}
