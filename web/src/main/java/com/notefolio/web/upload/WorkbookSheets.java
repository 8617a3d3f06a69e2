package com.notefolio.web.upload;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The portfolio in an uploaded Excel workbook (.xlsx): the first sheet holds the notes, and a sheet named
 * {@code schedules} (any case), if there is one, the stated schedules, a sheet named {@code rate_steps}
 * a stepped rate's changes, a sheet named {@code draws} the advances and forgiven amounts and a sheet named
 * {@code installments} the stepped installments, with the columns of the CSV files.
 * Each sheet is streamed with POI's SAX reader (no workbook is built in memory) into a temporary CSV file
 * that the core's readers then read, so the format's rules and messages are the core's; messages name
 * the sheet ({@code book.xlsx (sheet Notes)}) and give spreadsheet row numbers.
 *
 * <p>Hostile files are refused with a message and nothing else happens: a zip bomb by POI's inflate-ratio
 * and entry-size limits (set here explicitly), XML with a DOCTYPE by POI's hardened parsers (which refuse
 * it, so no external entity is ever read), and files that are not xlsx (an old .xls, an encrypted workbook,
 * or anything else renamed .xlsx) by their first bytes.
 */
final class WorkbookSheets {

    /** The sheet holding stated schedules, matched in any case. */
    static final String SCHEDULES_SHEET = "schedules";
    /** The sheet holding stepped rates' changes (the rate-steps CSV's columns), matched in any case. */
    static final String RATE_STEPS_SHEET = "rate_steps";
    /** The sheet holding structured notes' advances and forgiven amounts (the draws CSV's columns). */
    static final String DRAWS_SHEET = "draws";
    /** The sheet holding stepped installments (the installments CSV's columns). */
    static final String INSTALLMENTS_SHEET = "installments";
    /**
     * A compressed part expanding more than 100 times is refused as a zip bomb (POI's default, stated here
     * because the setting is global and this is the code that relies on it).
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest expanded part: about a million rows of the portfolio's columns. */
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;

    /** The default of {@code notefolio.upload.max-expanded-bytes}: 1 GiB of sheet XML, and of CSV, per import. */
    static final long DEFAULT_MAX_EXPANDED_BYTES = 1L << 30;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /**
     * The notes sheet and, when the workbook has them, the schedules, rate-steps, draws and installments
     * sheets, as CSV inputs.
     */
    record Sheets(CsvInput notes, CsvInput schedules, CsvInput rateSteps, CsvInput draws, CsvInput installments) {

        /** Every input the workbook gave, for closing. */
        CsvInput[] all() {
            return new CsvInput[] {notes, schedules, rateSteps, draws, installments};
        }
    }

    private WorkbookSheets() {
    }

    /**
     * The sheets of {@code workbook} as temporary CSV files beside it (the caller closes them), or an
     * {@link InputException} naming the file and saying why it cannot be read.
     */
    static Sheets read(ReceivedFile workbook) {
        return read(workbook, new ExpansionLimit(DEFAULT_MAX_EXPANDED_BYTES));
    }

    /** As {@link #read(ReceivedFile)}, counting what the sheets expand to against {@code limit}. */
    static Sheets read(ReceivedFile workbook, ExpansionLimit limit) {
        checkFileType(workbook);
        OPCPackage pkg = null;
        CsvInput notes = null;
        CsvInput schedules = null;
        CsvInput rateSteps = null;
        CsvInput draws = null;
        CsvInput installments = null;
        try {
            pkg = OPCPackage.open(workbook.path().toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ExactCellFormatter formatter = new ExactCellFormatter(date1904(reader));
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = limit.reading(sheets.next())) {
                    String name = sheets.getSheetName();
                    String key = name.strip().toLowerCase(Locale.ROOT);
                    boolean isSchedules = key.equals(SCHEDULES_SHEET);
                    boolean isRateSteps = key.equals(RATE_STEPS_SHEET);
                    boolean isDraws = key.equals(DRAWS_SHEET);
                    boolean isInstallments = key.equals(INSTALLMENTS_SHEET);
                    if (isSchedules && schedules == null) {
                        schedules = toCsv(workbook, name, sheet, styles, strings, formatter, limit);
                    } else if (isRateSteps && rateSteps == null) {
                        rateSteps = toCsv(workbook, name, sheet, styles, strings, formatter, limit);
                    } else if (isDraws && draws == null) {
                        draws = toCsv(workbook, name, sheet, styles, strings, formatter, limit);
                    } else if (isInstallments && installments == null) {
                        installments = toCsv(workbook, name, sheet, styles, strings, formatter, limit);
                    } else if (!isSchedules && !isRateSteps && !isDraws && !isInstallments && notes == null) {
                        notes = toCsv(workbook, name, sheet, styles, strings, formatter, limit);
                    }
                }
            }
            if (notes == null) {
                throw refused(workbook, "the workbook has no sheet of notes");
            }
            return new Sheets(notes, schedules, rateSteps, draws, installments);
        } catch (InputException e) {
            closeAll(notes, schedules, rateSteps, draws, installments);
            throw e;
        } catch (Exception e) {
            closeAll(notes, schedules, rateSteps, draws, installments);
            throw refused(workbook, reason(e));
        } finally {
            if (pkg != null) {
                // Opened read-only: revert, as close() would try to save it.
                pkg.revert();
            }
        }
    }

    private static CsvInput toCsv(ReceivedFile workbook, String sheetName, InputStream sheet, StylesTable styles,
                                  ReadOnlySharedStringsTable strings, ExactCellFormatter formatter,
                                  ExpansionLimit limit) throws Exception {
        Path csv = Files.createTempFile(workbook.path().getParent(), "notefolio-sheet-", ".csv");
        try (Writer out = limit.writing(new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(csv), StandardCharsets.UTF_8), 1 << 16))) {
            SheetCsvWriter rows = new SheetCsvWriter(out);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, formatter, false));
            parser.parse(new InputSource(sheet));
            out.flush();
            return CsvInput.sheet(workbook.name() + " (sheet " + sheetName + ")", csv, rows.rowNumbers());
        } catch (Exception | Error e) {
            Files.deleteIfExists(csv);
            throw e;
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return date1904[0];
    }

    /** Refuses what is not an xlsx (a zip) by its first bytes, saying what it seems to be. */
    private static void checkFileType(ReceivedFile workbook) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(workbook.path()))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw refused(workbook, "cannot be read: " + e.getMessage());
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            throw refused(workbook, isEncrypted(workbook)
                    ? "the workbook is encrypted (password protected); save it without a password and upload it again"
                    : "this is an old Excel 97-2003 workbook (.xls) or another OLE2 document; save it as .xlsx");
        }
        throw refused(workbook, "not an Excel workbook (.xlsx): the file does not start as one does");
    }

    private static boolean isEncrypted(ReceivedFile workbook) {
        try (POIFSFileSystem fs = new POIFSFileSystem(workbook.path().toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What went wrong, for the user: the hostile cases by name, others by POI's message. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof ExpansionLimit.ExpansionTooLargeException) {
                return message;
            }
            if (message.contains("Zip bomb")) {
                return "the workbook expands to far more than its size (a zip bomb?) and is refused";
            }
            if (t instanceof SAXParseException && message.contains("DOCTYPE")) {
                return "the workbook's XML declares a DOCTYPE, which is refused (it could make the server read "
                        + "other files)";
            }
            if (t instanceof EncryptedDocumentException) {
                return "the workbook is encrypted; save it without a password and upload it again";
            }
        }
        return "not a readable Excel workbook (.xlsx): " + e.getMessage();
    }

    private static InputException refused(ReceivedFile workbook, String reason) {
        return new InputException(InputError.inColumn(workbook.name(), 0, null, null, reason));
    }

    private static void closeAll(CsvInput... inputs) {
        for (CsvInput input : inputs) {
            if (input != null) {
                input.close();
            }
        }
    }
}
