package com.notefolio.core.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An event of default on one note, as its terms provide: the payment due on {@code missedPaymentDate}
 * is not made (nor any after it), the lender gives written notice on {@code noticeDate}, the borrower
 * does not cure within the note's cure days, and the note is accelerated on notice + cure days: the
 * entire indebtedness — principal, unpaid interest to the missed date, interest from then to
 * acceleration at the default rate (or the note's margin over the rate in effect; the note rate when it
 * states neither), the late charges the note imposes on the installments missed before the acceleration,
 * and collection costs when the note makes them payable — falls due. What is then collected is the {@link Recovery}.
 *
 * <p>Checked when built: the note id ({@code note}) and {@code missedPayment} are given, the
 * {@code notice} (the missed date when absent) is not before the missed payment, {@code collectionCosts}
 * (absent is zero) are not negative, the {@code recovery} is given and a stated recovery is not dated
 * before the notice.
 */
public record EventOfDefault(String noteId, LocalDate missedPaymentDate, LocalDate noticeDate,
                             BigDecimal collectionCosts, Recovery recovery) {

    public EventOfDefault {
        FieldRules rules = new FieldRules();
        rules.name("note", noteId);
        rules.required("missedPayment", missedPaymentDate);
        if (missedPaymentDate != null && noticeDate != null && noticeDate.isBefore(missedPaymentDate)) {
            rules.add("notice", noticeDate, "is before missedPayment " + missedPaymentDate
                    + ": notice of default follows the missed payment");
        }
        rules.amount("collectionCosts", collectionCosts, false);
        LocalDate notice = noticeDate != null ? noticeDate : missedPaymentDate;
        if (recovery == null) {
            rules.add("recovery", null, "is required: a stated amount and date, or collateral");
        } else if (recovery instanceof Recovery.Stated s && notice != null && s.date() != null
                && s.date().isBefore(notice)) {
            rules.add("recovery.date", s.date(), "is before the notice of default " + notice
                    + ": recovery follows the acceleration");
        }
        rules.throwIfAny();
        noticeDate = notice;
        collectionCosts = collectionCosts == null ? BigDecimal.ZERO : collectionCosts;
    }
}
