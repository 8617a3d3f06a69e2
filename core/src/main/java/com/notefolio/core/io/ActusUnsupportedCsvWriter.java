package com.notefolio.core.io;

import java.nio.file.Path;

/**
 * Writer of the ACTUS contracts a run could not represent, one line a contract: {@value #HEADER} — the
 * data-dictionary term that makes it so, its value and the reason. Every field is neutralised against
 * spreadsheet formula injection (they are what the ACTUS file held). The file appears only on
 * {@link #commit()}.
 */
public final class ActusUnsupportedCsvWriter extends CsvTableWriter {

    public static final String HEADER = "contract_id,term,value,reason";

    private ActusUnsupportedCsvWriter(CsvTarget target) {
        super(target);
    }

    /** A writer of {@code file}, which appears on {@link #commit()}. */
    public static ActusUnsupportedCsvWriter create(Path file) {
        return new ActusUnsupportedCsvWriter(CsvTarget.file(file, HEADER));
    }

    /** One contract's line. */
    public ActusUnsupportedCsvWriter write(String contractId, String term, String value, String reason) {
        line.text(contractId).text(term).text(value).text(reason);
        target.write(line);
        return this;
    }
}
