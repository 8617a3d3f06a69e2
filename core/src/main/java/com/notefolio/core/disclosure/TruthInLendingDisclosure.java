package com.notefolio.core.disclosure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The Truth in Lending box of a closed-end credit (12 CFR 1026.18(b), (d), (e), (h)): the amount
 * financed, the finance charge (total of payments − amount financed), the total of payments and the
 * annual percentage rate of Appendix J.
 */
public record TruthInLendingDisclosure(BigDecimal amountFinanced, BigDecimal financeCharge,
                                       BigDecimal totalOfPayments, AprSolution apr) {

    public TruthInLendingDisclosure {
        Objects.requireNonNull(amountFinanced, "amountFinanced");
        Objects.requireNonNull(financeCharge, "financeCharge");
        Objects.requireNonNull(totalOfPayments, "totalOfPayments");
        Objects.requireNonNull(apr, "apr");
        if (amountFinanced.add(financeCharge).compareTo(totalOfPayments) != 0) {
            throw new IllegalArgumentException("amount financed " + amountFinanced.toPlainString()
                    + " + finance charge " + financeCharge.toPlainString() + " is not the total of payments "
                    + totalOfPayments.toPlainString());
        }
    }

    /** The box of {@code credit}, its APR in the unit-period of Appendix J (b)(4). */
    public static TruthInLendingDisclosure of(ClosedEndCredit credit) {
        return of(credit, ActuarialApr.solve(credit));
    }

    /** The box of {@code credit} with an APR already solved for it (in a unit-period the caller chose). */
    public static TruthInLendingDisclosure of(ClosedEndCredit credit, AprSolution apr) {
        return new TruthInLendingDisclosure(credit.amountFinanced(), credit.financeCharge(),
                credit.totalOfPayments(), apr);
    }
}
