package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.schedule.StatedScheduleReconciliation;
import com.notefolio.core.schedule.StatedScheduleReconciliation.Discrepancy;
import java.io.Writer;
import java.nio.file.Path;
import javax.money.MonetaryAmount;

/**
 * Writer of stated-schedule reconciliations as CSV, one line per stated payment that disagrees with its
 * note's terms: the due date, the stated payment, the payment the terms make due, the difference (stated −
 * terms) and the reason. A note whose table agrees writes no line.
 */
public final class ReconciliationCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,due_date,stated_payment,terms_payment,difference,reason";

    private ReconciliationCsvWriter(CsvTarget target) {
        super(target);
    }

    public static ReconciliationCsvWriter create(Path file) {
        return new ReconciliationCsvWriter(CsvTarget.file(file, HEADER));
    }

    public static ReconciliationCsvWriter to(Writer out) {
        return new ReconciliationCsvWriter(CsvTarget.writer(out, HEADER));
    }

    public ReconciliationCsvWriter write(StatedScheduleReconciliation r) {
        String id = CsvLineBuilder.textField(r.schedule().noteId());
        int scale = r.schedule().scale();
        for (Discrepancy d : r.discrepancies()) {
            line.raw(id).date(EpochDay.of(d.dueDate()));
            amount(d.statedPayment(), scale);
            amount(d.termsPayment(), scale);
            amount(d.difference(), scale);
            line.text(d.reason().description());
            target.write(line);
        }
        return this;
    }

    private void amount(MonetaryAmount a, int scale) {
        if (a == null) {
            line.empty();
        } else {
            line.decimal(NoteTerms.decimal(a), scale);
        }
    }
}
