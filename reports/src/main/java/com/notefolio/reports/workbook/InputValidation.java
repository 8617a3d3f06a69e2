package com.notefolio.reports.workbook;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Data validation on a workbook's input cells: a value outside what the formulas can mean (a rate of
 * −150%, a date before 1900, a negative price) is refused when typed, with a message saying what fits.
 */
public final class InputValidation {

    private InputValidation() {
    }

    /** Decimals from {@code min} to {@code max} in rows {@code firstRow..lastRow} (0-based) of {@code column}. */
    public static void decimal(Sheet sheet, int firstRow, int lastRow, int column, double min, double max,
                               String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                Double.toString(min), Double.toString(max)), firstRow, lastRow, column, message);
    }

    /** Dates from 1900-03-01 to 9999-12-31 in one cell. */
    public static void date(Sheet sheet, int row, int column, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        // Serial numbers: 61 is 1900-03-01 (the first date whose serial Excel and the others agree on).
        add(sheet, helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "61", "2958465"), row, row, column, message);
    }

    private static void add(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
                            int firstRow, int lastRow, int column, String message) {
        DataValidation v = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Not a valid input", message);
        v.setShowPromptBox(true);
        v.createPromptBox("Input", message);
        v.setEmptyCellAllowed(false);
        sheet.addValidationData(v);
    }
}
