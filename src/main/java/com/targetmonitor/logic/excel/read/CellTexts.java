package com.targetmonitor.logic.excel.read;

import com.targetmonitor.model.number.PlainDecimal;
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
        boolean general = isGeneral(formatIndex, formatString);
        if (!general && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return date.toString();
        }
        if (!general && isPercent(formatString)) {
            return plain(BigDecimal.valueOf(value).movePointRight(2)) + "%";
        }
        return plain(value);
    }

    /**
     * Whether {@link #number} writes a value of this format as its plain decimal: neither a date nor a
     * percentage. Then a cell's stored text that is already that decimal ({@link PlainDecimal#isCanonical})
     * reads as it is, unparsed (checked against parsing and writing it on millions of random decimals).
     */
    static boolean readsPlain(int formatIndex, String formatString) {
        return isGeneral(formatIndex, formatString) || !DateUtil.isADateFormat(formatIndex, formatString) && !isPercent(formatString);
    }

    /**
     * The number as BigDecimal.valueOf(value) prints without trailing zeros, without making the
     * BigDecimal when Double.toString already gives those digits plainly (a 100,000-row sheet has
     * 500,000 numbers).
     */
    static String plain(double value) {
        if (value == 0) {
            return "0";
        }
        String s = Double.toString(value);
        if (s.indexOf('E') >= 0) {
            return plain(BigDecimal.valueOf(value));
        }
        if (s.endsWith(".0")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("0") ? plain(BigDecimal.valueOf(value)) : s;
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    private static boolean isGeneral(int formatIndex, String formatString) {
        return formatIndex == 0 || formatString == null || "General".equals(formatString);
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
