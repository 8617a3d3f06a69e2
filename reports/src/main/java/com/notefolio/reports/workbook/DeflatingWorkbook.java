package com.notefolio.reports.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A streamed workbook whose sheets are deflated while their rows are written: each sheet's rows go through a
 * {@link SheetXmlWriter} whose output is deflated, at the fastest level, on one background thread (the
 * second core, while the first builds rows), and when the workbook is written each sheet's zip entry is its
 * opening XML, deflated, then the rows' deflate data copied as it is, then its closing XML — nothing
 * inflated or deflated twice. The other parts of the package are deflated at the fastest level too: a
 * million-row sheet is most of a gigabyte of XML, and the default level takes several times as long for a
 * file some 20% smaller.
 *
 * <p>Inline strings, not a shared strings table: that table is an in-memory XML tree, slow and growing with
 * the rows. Closing (or disposing of) the workbook stops the background thread.
 */
final class DeflatingWorkbook extends SXSSFWorkbook {

    private static final String SHEET_DATA = "<sheetData";
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";
    private static final String SHEET_DATA_START = "<sheetData>";
    private static final String SHEET_DATA_END = "</sheetData>";

    private final ExecutorService deflater = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "notefolio-sheet-deflater");
        // Never keeps a JVM alive: a workbook that is neither closed nor disposed leaves no running program.
        t.setDaemon(true);
        return t;
    });

    DeflatingWorkbook(int rowWindow) {
        super(null, rowWindow, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter(deflater);
    }

    /**
     * Commons Compress's own zip writer, not POI's default (its OPC writer, which writes every entry itself and
     * so cannot take an entry's data already deflated). Zip64 records only where a size or offset needs them:
     * an entry written raw has its sizes in its local header, and no sheet's XML reaches 4 GB (a sheet holds
     * at most Excel's 1,048,576 rows).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(stream);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /** POI's copy of the package with the sheets' rows put in, the rows' deflate data copied raw. */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = createArchiveOutputStream(out);
        try {
            Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                try (InputStream in = source.getInputStream(entry)) {
                    if (in instanceof ZipArchiveThresholdInputStream guarded) {
                        // As POI does (bug 59743): a sheet's repetitive rows are not a zip bomb.
                        guarded.setGuardState(false);
                    }
                    XSSFSheet xssf = getSheetFromZipEntryName(entry.getName());
                    if (xssf != null && !(xssf instanceof XSSFChartSheet)) {
                        SXSSFSheet sheet = getSheet(xssf.getSheetName());
                        writeSheet(zip, entry, in.readAllBytes(), sheet.getWorksheetXMLInputStream());
                    } else {
                        zip.putArchiveEntry(copyOf(entry));
                        IOUtils.copy(in, zip);
                        zip.closeArchiveEntry();
                    }
                }
            }
        } finally {
            zip.finish();
            source.close();
        }
    }

    private static ZipArchiveEntry copyOf(ZipArchiveEntry entry) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() >= 0) {
            copy.setSize(entry.getSize());
        }
        if (entry.getTime() >= 0) {
            copy.setTime(entry.getTime());
        }
        return copy;
    }

    /**
     * A worksheet entry: the template POI wrote for the sheet (everything but the rows) split at its
     * {@code sheetData}, the rows between. Rows this workbook's writer deflated are copied raw after the
     * opening XML deflated with a sync flush, and the closing XML ends the stream; the entry's CRC and sizes
     * are known beforehand, so it is stored without a data descriptor.
     */
    private void writeSheet(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] template, InputStream rows)
            throws IOException {
        try (rows) {
            String xml = new String(template, StandardCharsets.UTF_8);
            String opening;
            String closing;
            int empty = xml.indexOf(EMPTY_SHEET_DATA);
            int start = xml.indexOf(SHEET_DATA_START);
            if (empty >= 0) {
                opening = xml.substring(0, empty) + SHEET_DATA_START + "\n";
                closing = SHEET_DATA_END + xml.substring(empty + EMPTY_SHEET_DATA.length());
            } else if (start >= 0) {
                // Rows the template holds are dropped, as POI drops them: the streamed rows replace them.
                int end = xml.indexOf(SHEET_DATA_END, start);
                opening = xml.substring(0, start + SHEET_DATA_START.length());
                closing = xml.substring(end);
            } else if (!xml.contains(SHEET_DATA)) {
                opening = xml + SHEET_DATA_START + "\n";
                closing = SHEET_DATA_END;
            } else {
                throw new IOException(entry.getName() + ": no sheetData element to put the rows in");
            }
            byte[] head = opening.getBytes(StandardCharsets.UTF_8);
            byte[] tail = closing.getBytes(StandardCharsets.UTF_8);
            if (rows instanceof SheetXmlWriter.DeflatedRows deflated) {
                byte[] headDeflated = deflate(head, false);
                byte[] tailDeflated = deflate(tail, true);
                ZipArchiveEntry raw = copyOf(entry);
                raw.setMethod(ZipEntry.DEFLATED);
                raw.setSize(head.length + deflated.size() + tail.length);
                raw.setCompressedSize(headDeflated.length + deflated.compressedSize() + tailDeflated.length);
                raw.setCrc(Crc32Combination.of(Crc32Combination.of(crc(head), deflated.crc(), deflated.size()),
                        crc(tail), tail.length));
                try (InputStream body = deflated.raw()) {
                    zip.addRawArchiveEntry(raw, new SequenceInputStream(Collections.enumeration(List.of(
                            new ByteArrayInputStream(headDeflated), body, new ByteArrayInputStream(tailDeflated)))));
                }
            } else {
                ZipArchiveEntry copy = copyOf(entry);
                copy.setSize(ZipArchiveEntry.SIZE_UNKNOWN);
                zip.putArchiveEntry(copy);
                zip.write(head);
                IOUtils.copy(rows, zip);
                zip.write(tail);
                zip.closeArchiveEntry();
            }
        }
    }

    /** Raw deflate of {@code data}: ending the stream ({@code last}), or with a sync flush for more to follow. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            d.setInput(data);
            if (last) {
                d.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = last ? d.deflate(buffer) : d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? d.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            d.end();
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            deflater.shutdown();
        }
    }

    @Override
    public boolean dispose() {
        try {
            return super.dispose();
        } finally {
            deflater.shutdown();
        }
    }
}
