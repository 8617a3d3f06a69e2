package com.notefolio.web.upload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a numeric spreadsheet cell becomes CSV text for the core's reader: a date cell as an ISO date, any
 * other number as its exact decimal, whatever its display format. Display formats would lose what the
 * core must see: {@code 0%} shows 0.125 as {@code 13%}, {@code #,##0.00} adds thousands separators the
 * core refuses, {@code m/d/yy} is not ISO.
 *
 * <p>A cell holds a binary double. Its decimal is taken at 15 significant digits, the precision Excel
 * keeps and shows, so a typed {@code 0.1} is {@code 0.1} and a sum that Excel shows as {@code 0.3} is not
 * {@code 0.30000000000000004}; trailing zeros are dropped ({@code 150000.00} is {@code 150000}), which the
 * core reads as the same amount.
 */
final class ExactCellFormatter extends DataFormatter {

    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private final boolean date1904;

    /** A formatter for a workbook using the 1900 date system, or the 1904 one when {@code date1904}. */
    ExactCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
            // A time of day is kept so that the core refuses it as not a date rather than losing it silently.
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        }
        return decimal(value);
    }

    /** The exact decimal of a cell's number at Excel's 15 significant digits, in plain notation. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
