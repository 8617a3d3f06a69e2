package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event of default on one note, as its terms provide: the payment due on {@code missedPaymentDate}
 * is not made (nor any after it), the lender gives written notice on {@code noticeDate}, the borrower
 * does not cure within the note's cure days, and the note is accelerated on notice + cure days: the
 * entire indebtedness — principal, unpaid interest to the missed date, interest from then to
 * acceleration at the default rate (the note rate when it states none), and collection costs when
 * the note makes them payable — falls due. What is then collected is the {@link Recovery}.
 */
public record EventOfDefault(String noteId, LocalDate missedPaymentDate, LocalDate noticeDate,
                             BigDecimal collectionCosts, Recovery recovery) {

    public EventOfDefault {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(missedPaymentDate, "missedPaymentDate");
        noticeDate = noticeDate == null ? missedPaymentDate : noticeDate;
        collectionCosts = collectionCosts == null ? BigDecimal.ZERO : collectionCosts;
        Objects.requireNonNull(recovery, "recovery");
    }
}
