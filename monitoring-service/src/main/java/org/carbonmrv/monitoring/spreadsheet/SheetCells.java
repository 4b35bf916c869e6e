package org.carbonmrv.monitoring.spreadsheet;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A workbook cell as the text a CSV would hold for it. Number cells are read to Excel's 15
 * significant digits (text cells keep their digits exactly, trailing zeros included); date cells
 * become ISO dates (whole days) or local date-times.
 */
public final class SheetCells {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetCells() {}

    /** The cell's text, or null for an empty or blank cell. */
    public static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                LocalDateTime moment = cell.asDate();
                return moment.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? moment.toLocalDate().toString()
                        : moment.toString();
            }
            // Excel keeps binary doubles and shows 15 significant digits: read what the sheet shows
            return new BigDecimal(cell.getRawValue())
                    .round(new MathContext(15))
                    .stripTrailingZeros()
                    .toPlainString();
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
}
