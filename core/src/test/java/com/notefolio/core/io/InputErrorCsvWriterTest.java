package com.notefolio.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** An upload's error report as CSV: one line per error, uploaded text neutralised against formulas. */
class InputErrorCsvWriterTest {

    @Test
    void errorsAreWrittenOneALineWithHostileValuesNeutralised() {
        StringWriter out = new StringWriter();
        InputErrorCsvWriter writer = InputErrorCsvWriter.to(out);
        writer.write(InputError.inColumn("notes.csv", 17, "annual_rate", "=HYPERLINK(\"x\")", "not a number"));
        writer.write(InputError.inColumn("book.xlsx", 0, null, null, "not an Excel workbook, the file says"));
        writer.write(InputError.inField("note.json", "default.cure_days", "-1", "must be between 0 and 3650 days"));
        writer.commit();

        assertThat(out.toString()).isEqualTo("file,line,column,value,reason\n"
                + "notes.csv,17,annual_rate,\"'=HYPERLINK(\"\"x\"\")\",not a number\n"
                + "book.xlsx,,,,\"not an Excel workbook, the file says\"\n"
                + "note.json,,default.cure_days,'-1,must be between 0 and 3650 days\n");
        assertThat(writer.lines()).isEqualTo(3);
    }
}
