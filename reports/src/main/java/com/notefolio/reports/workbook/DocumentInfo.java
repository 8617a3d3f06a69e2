package com.notefolio.reports.workbook;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The document properties of a Notefolio workbook (File › Properties): title, subject, the program that
 * wrote it, keywords, and a description naming the as-of date and the discounting, so that a file found
 * later says what it is without being opened.
 */
public final class DocumentInfo {

    private DocumentInfo() {
    }

    /** Sets the core and custom properties of {@code workbook} (XSSF or SXSSF; others are left alone). */
    public static void apply(Workbook workbook, String title, ExportAssumptions assumptions) {
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook s ? s.getXSSFWorkbook()
                : workbook instanceof XSSFWorkbook x ? x : null;
        if (xssf == null) {
            return;
        }
        POIXMLProperties properties = xssf.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setSubjectProperty("As of " + assumptions.asOf() + "; " + assumptions.discounting());
        core.setCreator(assumptions.version());
        core.setKeywords("Notefolio, promissory notes, projection");
        core.setDescription(title + " as of " + assumptions.asOf() + ". " + assumptions.discounting() + ". "
                + assumptions.priceBasis() + " The Assumptions sheet records every input.");
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(assumptions.version());
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("AsOf", assumptions.asOf().toString());
        custom.addProperty("Discounting", assumptions.discounting());
        custom.addProperty("NotefolioVersion", assumptions.version());
    }
}
