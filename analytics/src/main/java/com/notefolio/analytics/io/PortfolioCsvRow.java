package com.notefolio.analytics.io;

import com.notefolio.analytics.row.CheckedNoteRow;
import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.InputError;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedSchedules;
import com.notefolio.core.portfolio.Position;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One row of a portfolio CSV read by the core: the header and the row are handed to the core's
 * {@link PortfolioCsvReader} as a one-row file, and its errors are moved to the row's real line. The core
 * is the only place the CSV format's rules live.
 */
final class PortfolioCsvRow {

    private PortfolioCsvRow() {
    }

    /**
     * Row {@code index} (from 0, after the header) of {@code source}, checked, a stepped note with its rows of
     * {@code steps}; null for a blank row.
     */
    static CheckedNoteRow check(String source, String header, long index, Row row,
                                StatedScheduleRows.NoteSchedule schedule, RateStepRows steps) {
        return check(source, header, index, row, schedule, steps, DrawRows.NONE);
    }

    /** As above, a structured note with its rows of {@code draws}. */
    static CheckedNoteRow check(String source, String header, long index, Row row,
                                StatedScheduleRows.NoteSchedule schedule, RateStepRows steps, DrawRows draws) {
        List<InputError> errors = new ArrayList<>();
        StatedSchedules stated = schedule == null ? StatedSchedules.NONE : schedule.parse(errors);
        String id = idOf(row);
        if (!errors.isEmpty()) {
            return CheckedNoteRow.invalid(index + 1, id, errors.get(0));
        }
        String text = header + "\n" + NoteDatasetReader.csvLine(NoteDatasetReader.fields(row)) + "\n";
        Position position = null;
        try (PortfolioCsvReader reader = PortfolioCsvReader.open(source, new StringReader(text), stated,
                steps.forNote(id), draws.forNote(id), draws.installmentsFor(id), errors::add)) {
            if (reader.hasNext()) {
                position = reader.next();
            }
        }
        if (!errors.isEmpty()) {
            InputError e = errors.get(0);
            // The core saw a file of one row at line 2; the row is at line index + 2 of the real file.
            InputError at = e.source().equals(source)
                    ? new InputError(source, index + 2, e.column(), e.field(), e.value(), e.reason()) : e;
            return CheckedNoteRow.invalid(index + 1, id, at);
        }
        return position == null ? null : CheckedNoteRow.valid(index + 1, NoteRow.of(position));
    }

    private static String idOf(Row row) {
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().equalsIgnoreCase(PortfolioCsvReader.NOTE_ID)) {
                Object v = row.get(i);
                return v == null ? null : v.toString().strip();
            }
        }
        return null;
    }
}
