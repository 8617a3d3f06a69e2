package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.scenario.AccelerationClaim;
import com.notefolio.core.scenario.ScenarioResult;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writer of scenario results as CSV, one line per (note, scenario): the columns of
 * {@link MeasuresCsvWriter} with {@code scenario} after {@code note_id}, then the deltas to the base case
 * (scenario − base): NPV (currency units, 2 decimals half-even), yield, WAL and modified duration; and,
 * when the scenario accelerates the note, the acceleration date, the claim that fell due (principal,
 * unpaid and default interest, collection costs) and what was recovered against it. The base case itself
 * is a line with scenario {@code base} and zero deltas. Written to a file, the output appears only on
 * {@link #commit()}.
 */
public final class ScenarioResultCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,scenario,as_of,outstanding_principal,accrued_interest,price,npv,"
            + "yield,yield_nominal,wal_years,macaulay_duration,modified_duration,convexity,dv01,"
            + "delta_npv,delta_yield,delta_wal_years,delta_modified_duration,acceleration_date,claim,recovered";

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
        AccelerationClaim c = r.claim();
        if (c == null) {
            line.empty().empty().empty();
        } else {
            int digits = r.measures().currency().getDefaultFractionDigits();
            line.date(EpochDay.of(c.accelerationDate())).minor(c.totalMinor(), digits).minor(c.recoveredMinor(), digits);
        }
        target.write(line);
        return this;
    }
}
