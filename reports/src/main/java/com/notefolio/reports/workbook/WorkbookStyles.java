package com.notefolio.reports.workbook;

import java.util.HashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The style library of one workbook, built once: Excel allows some 64,000 cell styles a file and every
 * {@code createCellStyle} adds one, so styles are made here and shared by every cell, never per cell.
 * Amount styles are made on first use per currency, with the currency's own number of decimals.
 */
public final class WorkbookStyles {

    /** ISO 8601, whatever the reader's locale: the same text the CSV files carry. */
    public static final String DATE_FORMAT = "yyyy-mm-dd";

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrappedText;
    private final CellStyle date;
    private final CellStyle month;
    private final CellStyle integer;
    private final CellStyle percent;
    private final CellStyle rate;
    private final CellStyle years;
    private final CellStyle factor;
    private final CellStyle label;
    private final CellStyle basisPoints;
    private final CellStyle inputDate;
    private final CellStyle inputRate;
    private final CellStyle inputBasisPoints;
    private final CellStyle inputYears;
    private final Font inputFont;
    private final Map<String, CellStyle> amounts = new HashMap<>();
    private final Map<String, CellStyle> inputAmounts = new HashMap<>();

    public WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        label = workbook.createCellStyle();
        label.setFont(bold);
        text = workbook.createCellStyle();
        // "@" makes Excel keep the cell as text even when an analyst edits it later.
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrappedText = workbook.createCellStyle();
        wrappedText.cloneStyleFrom(text);
        wrappedText.setWrapText(true);
        date = numberStyle(DATE_FORMAT);
        month = numberStyle("yyyy-mm");
        integer = numberStyle("0");
        percent = numberStyle("0.00%");
        rate = numberStyle("0.0000%");
        years = numberStyle("0.0000");
        factor = numberStyle("0.0000000000");
        basisPoints = numberStyle("0.00\" bp\"");
        // Inputs look like inputs, as modellers mark them: blue text on a pale yellow fill.
        inputFont = workbook.createFont();
        inputFont.setColor(IndexedColors.BLUE.getIndex());
        inputDate = input(date);
        inputRate = input(rate);
        inputBasisPoints = input(basisPoints);
        inputYears = input(years);
    }

    private CellStyle input(CellStyle number) {
        CellStyle s = workbook.createCellStyle();
        s.cloneStyleFrom(number);
        s.setFont(inputFont);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setLocked(false);
        return s;
    }

    /** A spread or a shift in basis points ({@code 25.00 bp}); the cell holds basis points. */
    public CellStyle basisPoints() {
        return basisPoints;
    }

    /** An input date (an assumption the analyst may change). */
    public CellStyle inputDate() {
        return inputDate;
    }

    /** An input rate, shown as a percentage. */
    public CellStyle inputRate() {
        return inputRate;
    }

    /** An input in basis points. */
    public CellStyle inputBasisPoints() {
        return inputBasisPoints;
    }

    /** An input number of years (a curve tenor). */
    public CellStyle inputYears() {
        return inputYears;
    }

    /** An input amount in {@code currency}. */
    public CellStyle inputAmount(CurrencyUnit currency) {
        return inputAmounts.computeIfAbsent(currency.getCurrencyCode(), code -> input(amount(currency)));
    }

    private CellStyle numberStyle(String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    public CellStyle header() {
        return header;
    }

    /** Bold text for the labels of key–value sheets. */
    public CellStyle label() {
        return label;
    }

    public CellStyle text() {
        return text;
    }

    public CellStyle wrappedText() {
        return wrappedText;
    }

    public CellStyle date() {
        return date;
    }

    /** A date shown as its month, for ladders. */
    public CellStyle month() {
        return month;
    }

    public CellStyle integer() {
        return integer;
    }

    /** A share or a yield shown as a percentage with two decimals. */
    public CellStyle percent() {
        return percent;
    }

    /** A rate or a difference of rates, as a percentage with four decimals (12.6706%). */
    public CellStyle rate() {
        return rate;
    }

    public CellStyle years() {
        return years;
    }

    public CellStyle factor() {
        return factor;
    }

    /**
     * Amounts in {@code currency}: thousands separators, the currency's decimals (2 for USD, 0 for JPY,
     * 3 for BHD) and its ISO code; negatives in parentheses as accountants write them, zero as a plain
     * zero (never −0.00).
     */
    public CellStyle amount(CurrencyUnit currency) {
        return amounts.computeIfAbsent(currency.getCurrencyCode(), code -> {
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
            // The code is three ISO letters, so quoting it inside the format cannot break the format.
            String unit = " \"" + code + "\"";
            return numberStyle(number + unit + ";(" + number + ")" + unit + ";" + (digits == 0 ? "0" : "0." + "0".repeat(digits)) + unit);
        });
    }
}
