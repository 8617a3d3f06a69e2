package com.notefolio.core.io;

import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writer of scenario schedules as CSV, one line per row: the columns of {@link FlowCsvWriter} with the
 * scenario's name, each row's kinds ({@code SCHEDULED+PREPAYMENT}…, see {@link FlowKind}) and the
 * scenario amount columns: prepaid, defaulted (principal written off, no cash), recovery and penalty; then,
 * last so that the columns before them keep their places, the interest accrued and carried unpaid after the row
 * ({@code deferred_interest}) and the fees paid with it ({@code fee}, a revolving line's commitment fee).
 * payment = interest + principal + prepaid + recovery + penalty + fee.
 */
public final class ScenarioFlowCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,scenario,period,accrual_start,accrual_end,due_date,days,kind,"
            + "opening_balance,interest,principal,prepaid,defaulted,recovery,penalty,payment,closing_balance,"
            + "deferred_interest,fee";

    private ScenarioFlowCsvWriter(CsvTarget target) {
        super(target);
    }

    public static ScenarioFlowCsvWriter create(Path file) {
        return new ScenarioFlowCsvWriter(CsvTarget.file(file, HEADER));
    }

    public static ScenarioFlowCsvWriter to(Writer out) {
        return new ScenarioFlowCsvWriter(CsvTarget.writer(out, HEADER));
    }

    /** Writes every row of {@code s}, the schedule of {@code scenario}. */
    public ScenarioFlowCsvWriter write(String scenario, Schedule s) {
        String id = CsvLineBuilder.textField(s.noteId());
        String name = CsvLineBuilder.textField(scenario);
        int scale = s.scale();
        for (int i = 0, n = s.size(); i < n; i++) {
            int start = s.accrualStartEpochDay(i);
            int end = s.accrualEndEpochDay(i);
            line.raw(id).raw(name)
                    .integer(i + 1)
                    .date(start)
                    .date(end)
                    .date(s.dueEpochDay(i))
                    .integer(end - start)
                    .raw(FlowKind.label(s.flags(i)))
                    .minor(s.openingMinor(i), scale)
                    .minor(s.interestMinor(i), scale)
                    .minor(s.principalMinor(i), scale)
                    .minor(s.prepaidMinor(i), scale)
                    .minor(s.defaultedMinor(i), scale)
                    .minor(s.recoveryMinor(i), scale)
                    .minor(s.penaltyMinor(i), scale)
                    .minor(s.paymentMinor(i), scale)
                    .minor(s.closingMinor(i), scale)
                    .minor(s.deferredInterestMinor(i), scale)
                    .minor(s.feeMinor(i), scale);
            target.write(line);
        }
        return this;
    }
}
