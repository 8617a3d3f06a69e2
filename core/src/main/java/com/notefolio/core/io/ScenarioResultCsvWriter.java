package com.notefolio.core.io;

import com.notefolio.core.scenario.ScenarioResult;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writer of scenario results as CSV, one line per (note, scenario): the columns of
 * {@link MeasuresCsvWriter} with {@code scenario} after {@code note_id}, then the deltas to the base case
 * (scenario − base): NPV (currency units, 2 decimals half-even), yield, WAL and modified duration. The
 * base case itself is a line with scenario {@code base} and zero deltas. Written to a file, the output
 * appears only on {@link #commit()}.
 */
public final class ScenarioResultCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,scenario,as_of,outstanding_principal,accrued_interest,price,npv,"
            + "yield,yield_nominal,wal_years,macaulay_duration,modified_duration,convexity,dv01,"
            + "delta_npv,delta_yield,delta_wal_years,delta_modified_duration";

    private ScenarioResultCsvWriter(CsvTarget target) {
        super(target);
    }

    public static ScenarioResultCsvWriter create(Path file) {
        return new ScenarioResultCsvWriter(CsvTarget.file(file, HEADER));
    }

    public static ScenarioResultCsvWriter to(Writer out) {
        return new ScenarioResultCsvWriter(CsvTarget.writer(out, HEADER));
    }

    public ScenarioResultCsvWriter write(ScenarioResult r) {
        MeasuresCsvWriter.appendMeasures(line.text(r.noteId()).text(r.scenario()), r.measures())
                .fixed(r.deltaNpv(), MeasuresCsvWriter.CURRENCY_UNIT_DECIMALS, false)
                .fixed(r.deltaYield(), MeasuresCsvWriter.ESTIMATE_DECIMALS, true)
                .fixed(r.deltaWalYears(), MeasuresCsvWriter.ESTIMATE_DECIMALS, true)
                .fixed(r.deltaModifiedDuration(), MeasuresCsvWriter.ESTIMATE_DECIMALS, true);
        target.write(line);
        return this;
    }
}
