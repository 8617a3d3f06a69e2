package com.notefolio.core.note;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the note says of default: the days the borrower has to cure after the lender's written notice,
 * the default interest — a {@code defaultRate}, or a {@code defaultMargin} over the note rate in effect
 * (absent both: the note rate runs on) — whether an event of default accelerates the whole debt, whether
 * collection costs are payable, the events of default in the document's words, and the {@link LateCharge} on
 * an installment paid late (absent: none).
 *
 * <p>Checked when built: a default rate and a default margin are not both given, and the margin is a fraction
 * between 0 and 1. The rate's bounds are checked by {@link NoteTerms}, which names the note.
 */
public record DefaultTerms(int cureDays, BigDecimal defaultRate, boolean accelerates,
                           boolean collectionCostsPayable, List<String> events, LateCharge lateCharge,
                           BigDecimal defaultMargin) {

    /** No cure period, no default rate, acceleration, no collection costs, no listed events. */
    public static final DefaultTerms STANDARD = new DefaultTerms(0, null, true, false, List.of());

    public DefaultTerms {
        events = events == null ? List.of() : List.copyOf(events);
        if (defaultRate != null && defaultMargin != null) {
            throw new InvalidTermsException(null, "default_margin", defaultMargin,
                    "default interest is a rate or a margin over the note rate, not both (default_rate is given)");
        }
        if (defaultMargin != null && (defaultMargin.signum() < 0 || defaultMargin.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidTermsException(null, "default_margin", defaultMargin, "must be a fraction between 0 and 1");
        }
    }

    /** The terms without late charges or a default margin: the form before charges. */
    public DefaultTerms(int cureDays, BigDecimal defaultRate, boolean accelerates, boolean collectionCostsPayable,
                        List<String> events) {
        this(cureDays, defaultRate, accelerates, collectionCostsPayable, events, null, null);
    }

    /** The same terms with the events of default {@code events}. */
    public DefaultTerms withEvents(List<String> events) {
        return new DefaultTerms(cureDays, defaultRate, accelerates, collectionCostsPayable, events, lateCharge,
                defaultMargin);
    }

    /** The default interest rate when the note rate in effect is {@code noteRate}. */
    public BigDecimal defaultRateOver(BigDecimal noteRate) {
        return defaultRate != null ? defaultRate : defaultMargin != null ? noteRate.add(defaultMargin) : noteRate;
    }
}
