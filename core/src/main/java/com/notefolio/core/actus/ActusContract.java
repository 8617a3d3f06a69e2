package com.notefolio.core.actus;

import com.notefolio.core.index.IndexData;
import com.notefolio.core.note.NoteTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An ACTUS contract as Notefolio holds it: the note its terms become and the index data its resets read,
 * with what ACTUS states beyond the note — the type and role, the premium or discount paid at the initial
 * exchange ({@code premiumDiscountAtIED}, added to the IED payoff), the horizon after which no event is
 * stated ({@code to} of a test bed; {@code null} for none), whether the interest cycle is anchored on the
 * issue date (ACTUS then states a zero interest payment there) and whether the annuity's payment is fixed
 * by ACTUS before the first redemption (no {@code nextPrincipalRedemptionPayment} given: a PRF event the
 * day before it), and the holder's purchase of the contract after its issue and the contract's termination
 * before its maturity, each at a price ({@code null} for none: the holder from the issue, to maturity); the day
 * on and before which no event is stated (a call-money contract's status date: an initial exchange on it is
 * already made; {@code null} for none), and the day a call-money contract's demand was observed (its XD event;
 * the note matures at the settlement after the notice, an STD in place of the MD; {@code null} for none).
 */
public record ActusContract(String id, ActusContractType type, ContractRole role, NoteTerms terms, IndexData indices,
                            BigDecimal premiumDiscount, LocalDate horizon, boolean interestAtIssue,
                            boolean paymentFixedAtStart, ActusTrade purchase, ActusTrade termination,
                            LocalDate statedAfter, LocalDate exercise) {

    /** A contract stated from its issue, without an observed demand. */
    public ActusContract(String id, ActusContractType type, ContractRole role, NoteTerms terms, IndexData indices,
                         BigDecimal premiumDiscount, LocalDate horizon, boolean interestAtIssue,
                         boolean paymentFixedAtStart, ActusTrade purchase, ActusTrade termination) {
        this(id, type, role, terms, indices, premiumDiscount, horizon, interestAtIssue, paymentFixedAtStart, purchase,
                termination, null, null);
    }

    public ActusContract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(terms, "terms");
        indices = indices == null ? IndexData.NONE : indices;
        premiumDiscount = premiumDiscount == null ? BigDecimal.ZERO : premiumDiscount;
        if (purchase != null && (!purchase.date().isAfter(terms.issueDate())
                || !purchase.date().isBefore(terms.maturityDate()))) {
            throw new IllegalArgumentException("contract " + id + ": the purchase " + purchase.date()
                    + " is not between the issue " + terms.issueDate() + " and the maturity " + terms.maturityDate());
        }
        if (termination != null && (!termination.date().isAfter(purchase == null ? terms.issueDate() : purchase.date())
                || !termination.date().isBefore(terms.maturityDate()))) {
            throw new IllegalArgumentException("contract " + id + ": the termination " + termination.date()
                    + " is not between the " + (purchase == null ? "issue" : "purchase") + " and the maturity "
                    + terms.maturityDate());
        }
        if (exercise != null && (exercise.isBefore(terms.issueDate()) || exercise.isAfter(terms.maturityDate()))) {
            throw new IllegalArgumentException("contract " + id + ": the demand " + exercise + " is not between the issue "
                    + terms.issueDate() + " and the maturity " + terms.maturityDate());
        }
    }
}
