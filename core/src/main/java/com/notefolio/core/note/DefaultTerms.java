package com.notefolio.core.note;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the note says of default: the days the borrower has to cure after the lender's written notice,
 * the default interest rate (absent: the note rate runs on), whether an event of default accelerates
 * the whole debt, whether collection costs are payable, and the events of default in the document's
 * words.
 */
public record DefaultTerms(int cureDays, BigDecimal defaultRate, boolean accelerates,
                           boolean collectionCostsPayable, List<String> events) {

    /** No cure period, no default rate, acceleration, no collection costs, no listed events. */
    public static final DefaultTerms STANDARD = new DefaultTerms(0, null, true, false, List.of());

    public DefaultTerms {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
