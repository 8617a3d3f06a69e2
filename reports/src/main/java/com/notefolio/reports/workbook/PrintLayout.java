package com.notefolio.reports.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a Notefolio sheet prints: landscape, one page wide (as many tall as it takes), the header row
 * repeated on every page, and a footer naming the workbook, the as-of date and the page — a printed page
 * on its own still says what it shows and when.
 */
public final class PrintLayout {

    private PrintLayout() {
    }

    /** Applies the layout to {@code sheet}, whose first {@code headerRows} rows repeat on every page. */
    public static void apply(Sheet sheet, String title, LocalDate asOf, int headerRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        // & starts a header/footer code: a literal one is doubled.
        String safe = title.replace("&", "&&");
        sheet.getFooter().setLeft(safe + " — " + sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setCenter("As of " + asOf);
        sheet.getFooter().setRight("Page &P of &N");
    }
}
