package com.targetmonitor.logic.excel.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a numeric cell becomes text for the importer: the stored number in full, not as displayed
 * (a cell showing "93.2" may hold 93.2456); percent-formatted cells as percent ("0.125" shown as
 * 12.5% reads "12.5%"); dates as ISO dates, which the period reader understands.
 */
final class CellTexts {

    private CellTexts() {
    }

    static String number(double value, int formatIndex, String formatString) {
        if (!Double.isFinite(value)) {
            return "#NUM!";
        }
        boolean general = formatIndex == 0 || formatString == null || "General".equals(formatString);
        if (!general && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return date.toString();
        }
        BigDecimal d = BigDecimal.valueOf(value);
        if (!general && isPercent(formatString)) {
            return plain(d.movePointRight(2)) + "%";
        }
        return plain(d);
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** A % outside quotes and escapes in the number format. */
    private static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
