package com.notefolio.analytics.row;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One change of a stepped rate after the issue date, an element of {@link NoteRow}'s rate-steps array: from
 * {@code from} on, {@code rate} (exact decimal text), as a row of the rate-steps CSV ({@code note_id,from,rate}).
 */
public class RateStepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private String rate;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public static RateStepRow of(LocalDate from, String rate) {
        RateStepRow r = new RateStepRow();
        r.from = from;
        r.rate = rate;
        return r;
    }
}
