package com.notefolio.core.note;

/**
 * A precomputed (add-on) note's interest terms, named by the rebate method its contract states: the finance
 * charge is fixed when the note is made and added to the principal, the borrower owes the total in equal
 * installments, and a payoff before maturity is the remaining installments less a rebate of the interest not yet
 * earned. A note without these terms ({@code null} in {@link NoteTerms#precomputed()}) accrues simple interest on
 * its balance, as every other note does.
 *
 * <p><b>The finance charge</b> is the add-on rate (the note's {@link NoteTerms#annualRate() annual rate}, the
 * usual consumer meaning: a rate per year of the <i>original</i> principal for the whole term, never of a
 * declining balance) × the principal × the term in years, where the term is the number of installments ÷ the
 * frequency's payments a year (12 monthly installments are 1 year, whatever the days of the first period):
 * FC = principal × rate × n ÷ periods a year (365 ÷ N on a cycle of N days), rounded once to the minor unit by the
 * note's interest rounding.
 * The total of payments is principal + FC.
 *
 * <p>The two methods differ in how the finance charge is earned, installment by installment, and so in the
 * rebate (see {@code com.notefolio.core.schedule.PrecomputedEarning} for the formulas and rounding points):
 * <ul>
 *   <li>{@link #RULE_OF_78S} (the sum of the digits): installment k of n earns FC × (n − k + 1) ÷ (n(n+1)/2); with
 *       r installments not yet due the rebate is FC × r(r+1) ÷ (n(n+1)).</li>
 *   <li>{@link #ACTUARIAL}: each installment earns interest on the balance at the note's actuarial rate, the
 *       rate per period at which the installments' present value is the principal (their IRR); the rebate is
 *       the remaining installments less their present value at that rate (Regulation Z, 12 CFR 1026.18(k)
 *       and its commentary: the actuarial method).</li>
 * </ul>
 *
 * <p>Precomputed interest is fixed at the outset, so it goes only with a fixed rate and with n equal
 * installments of a level-payment note without a stated payment, amortization term, lead-in or structure; the
 * terms refuse anything else, naming the field. The Rule of 78s is not refused on long terms (US consumer credit
 * may not use it beyond 61 months, 15 U.S.C. 1615, but a business note may): there an early installment's earned
 * interest can exceed the installment, and the balance then first rises.
 */
public enum PrecomputedInterest {
    RULE_OF_78S("rule_of_78s"),
    ACTUARIAL("actuarial");

    private final String code;

    PrecomputedInterest(String code) {
        this.code = code;
    }

    /** The name in files (the {@code precomputed_interest} column, the note JSON): {@code rule_of_78s}, {@code actuarial}. */
    public String code() {
        return code;
    }
}
