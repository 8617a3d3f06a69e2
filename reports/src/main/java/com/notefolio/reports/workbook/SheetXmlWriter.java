package com.notefolio.reports.workbook;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a sheet's rows, writing the cells that Notefolio's workbooks hold (numbers, inline
 * text, formulas with a numeric or text result, blanks) straight into a {@link DeflatingSheetOutput}: the
 * same XML as POI's {@link SheetDataWriter} but for a number cell's type, which is left to its default
 * ({@code t="n"} is what a missing type means), and numbers, which are written in the fewest digits that
 * read back as the same double (an integer without {@code .0}, an amount in cents as its cents). Other
 * cells (booleans, errors) go to POI's own code, through the same output.
 *
 * <p>POI writes a cell through {@code CellReference}, {@code Double.toString} and one locked
 * {@link java.io.BufferedWriter} call per character; for a sheet of a million rows that, and deflating the
 * gigabyte of XML after the rows, is most of an export's time.
 */
final class SheetXmlWriter extends SheetDataWriter {

    private static final byte[] CELL_REF = bytes("<c r=\"");
    private static final byte[] OPEN_END = bytes("\">");
    private static final byte[] INLINE = bytes("\" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVED = bytes("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = bytes("</t></is></c>");
    private static final byte[] VALUE = bytes("\"><v>");
    private static final byte[] VALUE_END = bytes("</v></c>");
    private static final byte[] FORMULA = bytes("\"><f>");
    private static final byte[] TEXT_FORMULA = bytes("\" t=\"str\"><f>");
    private static final byte[] FORMULA_END = bytes("</f>");
    private static final byte[] CACHED = bytes("<v>");
    private static final byte[] CACHED_END = bytes("</v>");
    private static final byte[] CELL_END = bytes("</c>");
    private static final byte[][] COLUMNS = new byte[702][];
    /** Amounts below this (in absolute value) are tried as whole cents; every such cent count is exact in a long. */
    private static final double CENTS_LIMIT = 1e13;

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = bytes(CellReference.convertNumToColString(i));
        }
    }

    private final DeflatingSheetOutput out;
    /** The current row's number as digits, written in every cell's reference. */
    private final byte[] rowDigits = new byte[10];
    private int rowDigitCount;
    /** {@code " s="17} by style index, made on first use: a workbook has a few dozen styles. */
    private byte[][] styleAttributes = new byte[64][];

    /** A writer whose blocks are deflated on {@code deflater} (one thread). */
    SheetXmlWriter(Executor deflater) throws IOException {
        super();
        this.out = (DeflatingSheetOutput) _out;
        out.deflateOn(deflater);
    }

    /** Called by POI's constructor, before this class's fields exist: the output is the only state it makes. */
    @Override
    public Writer createWriter(File fd) throws IOException {
        return new DeflatingSheetOutput(fd);
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        int number = rownum + 1;
        rowDigitCount = 0;
        for (int v = number; v > 0; v /= 10) {
            rowDigitCount++;
        }
        for (int i = rowDigitCount - 1, v = number; i >= 0; i--, v /= 10) {
            rowDigits[i] = (byte) ('0' + v % 10);
        }
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        switch (type) {
            case NUMERIC -> {
                begin(columnIndex, cell);
                out.ascii(VALUE);
                number(cell.getNumericCellValue());
                out.ascii(VALUE_END);
            }
            case STRING -> {
                begin(columnIndex, cell);
                String value = cell.getStringCellValue();
                out.ascii(spaceAtAnEnd(value) ? INLINE_PRESERVED : INLINE);
                outputEscapedString(value);
                out.ascii(INLINE_END);
            }
            case BLANK -> {
                begin(columnIndex, cell);
                out.ascii(OPEN_END);
                out.ascii(CELL_END);
            }
            case FORMULA -> formula(columnIndex, cell);
            default -> super.writeCell(columnIndex, cell);
        }
    }

    private void formula(int columnIndex, Cell cell) throws IOException {
        CellType result = cell.getCachedFormulaResultType();
        if (result == CellType.NUMERIC) {
            begin(columnIndex, cell);
            out.ascii(FORMULA);
            outputEscapedString(cell.getCellFormula());
            out.ascii(FORMULA_END);
            double value = cell.getNumericCellValue();
            if (!Double.isNaN(value)) {
                out.ascii(CACHED);
                number(value);
                out.ascii(CACHED_END);
            }
            out.ascii(CELL_END);
        } else if (result == CellType.STRING) {
            begin(columnIndex, cell);
            out.ascii(TEXT_FORMULA);
            outputEscapedString(cell.getCellFormula());
            out.ascii(FORMULA_END);
            String value = cell.getStringCellValue();
            if (value != null && !value.isEmpty()) {
                out.ascii(CACHED);
                outputEscapedString(value);
                out.ascii(CACHED_END);
            }
            out.ascii(CELL_END);
        } else {
            super.writeCell(columnIndex, cell);
        }
    }

    /** {@code <c r="B7"} and the style when it is not the default, leaving the attribute's quote open. */
    private void begin(int columnIndex, Cell cell) throws IOException {
        out.ascii(CELL_REF);
        if (columnIndex < COLUMNS.length) {
            out.ascii(COLUMNS[columnIndex]);
        } else {
            out.write(CellReference.convertNumToColString(columnIndex));
        }
        out.ascii(rowDigits, rowDigitCount);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.ascii(styleAttribute(style));
        }
    }

    private byte[] styleAttribute(int style) {
        if (style >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(style + 1, 2 * styleAttributes.length));
        }
        byte[] attribute = styleAttributes[style];
        if (attribute == null) {
            attribute = bytes("\" s=\"" + style);
            styleAttributes[style] = attribute;
        }
        return attribute;
    }

    /**
     * A double in the fewest characters that parse back to it: a whole number as its digits; a number that is
     * a whole count of cents c (c / 100.0 is the same double) as c with the decimal point put in, which parses
     * to that double because parsing rounds the same exact quotient c/100 that the division rounds; anything
     * else as {@link Double#toString}, as POI writes it. Minus zero is written as 0.
     */
    private void number(double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.decimal((long) value);
            return;
        }
        if (Math.abs(value) < CENTS_LIMIT) {
            long cents = Math.round(value * 100);
            if (cents / 100.0 == value) {
                if (cents < 0) {
                    out.write('-');
                    cents = -cents;
                }
                out.decimal(cents / 100);
                out.write('.');
                long fraction = cents % 100;
                out.write((char) ('0' + fraction / 10));
                if (fraction % 10 != 0) {
                    out.write((char) ('0' + fraction % 10));
                }
                return;
            }
        }
        out.write(Double.toString(value));
    }

    /** POI's escaping (see {@link DeflatingSheetOutput#escaped}), without its locking per character. */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s != null) {
            out.escaped(s);
        }
    }

    /**
     * The rows' XML: a stream that inflates the temporary file (for any reader), which the workbook instead
     * copies into its zip still deflated, with the figures the zip entry needs.
     */
    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        return new DeflatedRows(getTempFile(), out.crc(), out.size(), out.compressedSize());
    }

    /** The rows of a closed sheet as deflated in its temporary file (sync-flushed, no final block). */
    static final class DeflatedRows extends InflaterInputStream {

        private final File file;
        private final long crc;
        private final long size;
        private final long compressedSize;

        private DeflatedRows(File file, long crc, long size, long compressedSize) throws IOException {
            super(new SequenceInputStream(new FileInputStream(file),
                    new ByteArrayInputStream(DeflatingSheetOutput.FINAL_EMPTY_BLOCK)), new Inflater(true));
            this.file = file;
            this.crc = crc;
            this.size = size;
            this.compressedSize = compressedSize;
        }

        /** The deflated bytes as they are in the file, to follow other deflate data that ends in a sync flush. */
        InputStream raw() throws IOException {
            return new FileInputStream(file);
        }

        long crc() {
            return crc;
        }

        long size() {
            return size;
        }

        long compressedSize() {
            return compressedSize;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                inf.end();
            }
        }
    }

    /** Whether XML must be told to keep the text's spaces (POI's test: whitespace first or last). */
    private static boolean spaceAtAnEnd(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }
}
