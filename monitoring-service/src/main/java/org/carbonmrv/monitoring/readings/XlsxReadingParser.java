package org.carbonmrv.monitoring.readings;

import org.carbonmrv.monitoring.spreadsheet.SheetCells;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The first sheet of an XLSX workbook, with the CSV's header row, each cell read as
 * {@link SheetCells} reads it.
 */
final class XlsxReadingParser implements ReadingParser {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int[] index;
    private int row;

    XlsxReadingParser(InputStream content) throws IOException {
        try {
            this.workbook = new ReadableWorkbook(content, new ReadingOptions(true, false));
            this.stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            throw DomainException.badRequest(
                    "malformed-upload",
                    "the upload is not a readable XLSX workbook",
                    FieldProblem.of(
                            "body",
                            "must be an .xlsx workbook whose first sheet has the columns "
                                    + String.join(",", COLUMNS)));
        }
        this.rows = stream.iterator();
    }

    @Override
    public RawReading next() {
        while (rows.hasNext()) {
            Row r = rows.next();
            if (r.getFirstNonEmptyCell().isEmpty()) {
                continue;
            }
            if (index == null) {
                header(r);
                continue;
            }
            row++;
            return new RawReading(
                    row, text(r, 0), text(r, 1), text(r, 2), text(r, 3), text(r, 4), text(r, 5), text(r, 6));
        }
        return null;
    }

    private void header(Row r) {
        List<String> header = new ArrayList<>();
        for (int c = 0; c < r.getCellCount(); c++) {
            header.add(r.getOptionalCell(c).map(Cell::getText).orElse("").trim().toLowerCase());
        }
        index = ReadingParser.columnsOf(header, "sheet's header row");
    }

    private String text(Row r, int column) {
        int at = index[column];
        return at < 0 ? null : SheetCells.text(r.getOptionalCell(at).orElse(null));
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
