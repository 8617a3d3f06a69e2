package com.notefolio.web.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * The uploaded files of one portfolio import: the notes (CSV or xlsx, required) and, each optional, the
 * stated schedules, the rate steps (docs/portfolio-format.md), the index fixings ({@code index,date,rate}),
 * the index forward curves ({@code index,base_date,tenor_months,rate}), the draws
 * ({@code note_id,date,amount,kind}) and the stepped installments ({@code note_id,from,amount,kind}). The
 * files stay with the caller.
 */
public record PortfolioFiles(ReceivedFile notes, ReceivedFile schedules, ReceivedFile rateSteps,
                             ReceivedFile fixings, ReceivedFile indexCurve, ReceivedFile draws,
                             ReceivedFile installments) {

    public PortfolioFiles {
        if (notes == null) {
            throw new IllegalArgumentException("a portfolio import needs its notes file");
        }
    }

    /** The files of a portfolio without structured notes' draws or installments. */
    public PortfolioFiles(ReceivedFile notes, ReceivedFile schedules, ReceivedFile rateSteps, ReceivedFile fixings,
                          ReceivedFile indexCurve) {
        this(notes, schedules, rateSteps, fixings, indexCurve, null, null);
    }

    /** Notes and stated schedules only (may be {@code null}), as before rates had files of their own. */
    public static PortfolioFiles of(ReceivedFile notes, ReceivedFile schedules) {
        return new PortfolioFiles(notes, schedules, null, null, null);
    }

    /** The longest source the portfolio table holds (its column's width). */
    static final int MAX_SOURCE = 300;

    /** What the portfolio records as its source: the uploaded file names, joined by " + ", cut to fit. */
    public String sourceNames() {
        List<String> names = new ArrayList<>();
        for (ReceivedFile f : new ReceivedFile[] {notes, schedules, rateSteps, fixings, indexCurve, draws, installments}) {
            if (f != null) {
                names.add(f.name());
            }
        }
        String joined = String.join(" + ", names);
        return joined.length() <= MAX_SOURCE ? joined : joined.substring(0, MAX_SOURCE - 1) + "…";
    }
}
