package com.notefolio.core.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * How a note's balance is funded and relieved besides its regular payments: the disbursement date (interest
 * runs from it, not from the note's date), the advances of a grid note, a {@link Deferral}, and amounts
 * forgiven on dates. {@link #NONE} for a note funded in full on its date and repaid by its schedule alone.
 *
 * <ul>
 *   <li><b>Advances</b> (a grid or multiple-advance note): the note's principal is the most it may lend;
 *       each advance is lent on its date and accrues from it; the balance starts with the advances on or
 *       before the disbursement date. Together they may not exceed the principal.</li>
 *   <li><b>Forgiveness</b>: an amount forgiven on a date leaves the balance then. It is cash to the holder,
 *       paid on the borrower's behalf by whoever forgives it (the SBA remits a PPP loan's forgiven amount to
 *       the lender); a holder's own loss is a scenario's default, not a term of the note.</li>
 * </ul>
 *
 * <ul>
 *   <li><b>A revolving line</b>: repayments on dates between due dates lower the balance, and advances may draw
 *       it again, the balance never above the principal (the commitment); a commitment fee, an annual rate on
 *       the undrawn commitment (principal − balance), accrues by the note's basis and is paid with each due
 *       date's payment.</li>
 *   <li><b>Payable on demand</b>: a demand note has no maturity of its own; its maturity date is the assumed
 *       demand date the analyst values it at, and a scenario's payoff on another date demands it then.</li>
 *   <li><b>Stepped installments</b> ({@link InstallmentStep}): from each step's date, the principal (or the whole
 *       payment) of every due date, until the next step — on any note but a STATED or BULLET one; the due
 *       dates before the first step follow the note's amortization.</li>
 * </ul>
 *
 * <p>An advance or forgiveness between two due dates splits the period at its date (each part accrues on its
 * own balance), which needs a day-count basis; on a due date it follows that date's payment.
 */
public record StructureTerms(LocalDate disbursementDate, List<DatedAmount> advances, Deferral deferral,
                             List<DatedAmount> forgiveness, List<InstallmentStep> installments,
                             List<DatedAmount> repayments, BigDecimal commitmentFee, boolean payableOnDemand) {

    public static final StructureTerms NONE = new StructureTerms(null, List.of(), null, List.of(), List.of(), List.of(),
            null, false);

    public StructureTerms {
        advances = advances == null ? List.of() : List.copyOf(advances);
        forgiveness = forgiveness == null ? List.of() : List.copyOf(forgiveness);
        installments = installments == null ? List.of() : List.copyOf(installments);
        repayments = repayments == null ? List.of() : List.copyOf(repayments);
        commitmentFee = commitmentFee == null || commitmentFee.signum() == 0 ? null : commitmentFee.stripTrailingZeros();
    }

    /** The terms of a note that does not revolve: no repayments between due dates, no commitment fee. */
    public StructureTerms(LocalDate disbursementDate, List<DatedAmount> advances, Deferral deferral,
                          List<DatedAmount> forgiveness, List<InstallmentStep> installments) {
        this(disbursementDate, advances, deferral, forgiveness, installments, List.of(), null, false);
    }

    /** The terms of a note with a maturity of its own. */
    public StructureTerms(LocalDate disbursementDate, List<DatedAmount> advances, Deferral deferral,
                          List<DatedAmount> forgiveness, List<InstallmentStep> installments,
                          List<DatedAmount> repayments, BigDecimal commitmentFee) {
        this(disbursementDate, advances, deferral, forgiveness, installments, repayments, commitmentFee, false);
    }

    /** The same terms of a revolving line: repayments on dates between due dates, and the fee on the undrawn commitment. */
    public StructureTerms revolving(List<DatedAmount> repaid, BigDecimal fee) {
        return new StructureTerms(disbursementDate, advances, deferral, forgiveness, installments, repaid, fee,
                payableOnDemand);
    }

    /**
     * The same terms of a demand note: payable on demand, with no maturity of its own; the note's maturity date is
     * then the assumed demand date the analyst values it at.
     */
    public StructureTerms onDemand(boolean demand) {
        return new StructureTerms(disbursementDate, advances, deferral, forgiveness, installments, repayments,
                commitmentFee, demand);
    }

    /** The terms without stepped installments. */
    public StructureTerms(LocalDate disbursementDate, List<DatedAmount> advances, Deferral deferral,
                          List<DatedAmount> forgiveness) {
        this(disbursementDate, advances, deferral, forgiveness, List.of());
    }

    /** The same terms with these stepped installments. */
    public StructureTerms withInstallments(List<InstallmentStep> steps) {
        return new StructureTerms(disbursementDate, advances, deferral, forgiveness, steps, repayments, commitmentFee,
                payableOnDemand);
    }

    /** Whether the terms state anything beyond a note funded on its date and repaid by its schedule. */
    public boolean isPresent() {
        return disbursementDate != null || !advances.isEmpty() || deferral != null || !forgiveness.isEmpty()
                || !installments.isEmpty() || isRevolving() || payableOnDemand;
    }

    /** Whether the note is a revolving line: repaid and drawn again between due dates, or charging a commitment fee. */
    public boolean isRevolving() {
        return !repayments.isEmpty() || commitmentFee != null;
    }

    /** The day interest starts: the disbursement date, or the note's date when none is stated. */
    public LocalDate accrualStart(LocalDate issueDate) {
        return disbursementDate == null ? issueDate : disbursementDate;
    }

    /**
     * These terms checked against the note's: dates inside its term in order, amounts positive, whole minor
     * units of its currency, advances within its principal. Fails naming the field.
     */
    StructureTerms validated(String id, LocalDate issue, LocalDate firstPayment, LocalDate maturity,
                             BigDecimal principal, CurrencyUnit currency, Amortization amortization) {
        if (!isPresent()) {
            return this;
        }
        if (amortization == Amortization.STATED) {
            throw new InvalidTermsException(id, advances.isEmpty() ? (deferral != null ? "deferral_through" : "disbursement_date")
                    : "advances", "given", "a STATED note's table states every payment; state the advances, deferral or "
                    + "forgiveness in its schedule instead");
        }
        LocalDate start = accrualStart(issue);
        if (disbursementDate != null && (disbursementDate.isBefore(issue) || !disbursementDate.isBefore(firstPayment))) {
            throw new InvalidTermsException(id, "disbursement_date", disbursementDate, "must be on or after the note's date "
                    + issue + " and before the first payment date " + firstPayment);
        }
        LocalDate previous = null;
        BigDecimal lent = BigDecimal.ZERO;
        for (int i = 0; i < advances.size(); i++) {
            DatedAmount a = advances.get(i);
            String field = "advances[" + (i + 1) + "]";
            if (a.date().isBefore(start) || !a.date().isBefore(maturity)) {
                throw new InvalidTermsException(id, field + ".date", a.date(), "must be on or after the "
                        + fundedOn(start)
                        + " and before the maturity date " + maturity);
            }
            if (previous != null && a.date().isBefore(previous)) {
                throw new InvalidTermsException(id, field + ".date", a.date(), "must not be before the previous advance's date " + previous);
            }
            lent = lent.add(positive(id, field + ".amount", a.amount(), currency));
            previous = a.date();
        }
        if (!advances.isEmpty()) {
            if (advances.get(0).date().isAfter(start)) {
                throw new InvalidTermsException(id, "advances[1].date", advances.get(0).date(), "the first advance funds the note: "
                        + "it must be on the " + fundedOn(start));
            }
            if (lent.compareTo(principal) > 0 && repayments.isEmpty()) {
                throw new InvalidTermsException(id, "advances", cents(lent, currency), "lend more than the note's principal "
                        + cents(principal, currency) + ", the most it may lend");
            }
        }
        if (deferral != null) {
            if (!deferral.through().isAfter(start) || !deferral.through().isBefore(maturity)) {
                throw new InvalidTermsException(id, "deferral_through", deferral.through(), "must be after the "
                        + fundedOn(start)
                        + " and before the maturity date " + maturity);
            }
            if (amortization == Amortization.BULLET) {
                throw new InvalidTermsException(id, "deferral_through", deferral.through(), "a BULLET note pays nothing "
                        + "before maturity: there is no payment to defer");
            }
        }
        previous = null;
        for (int i = 0; i < repayments.size(); i++) {
            DatedAmount r = repayments.get(i);
            String field = "repayments[" + (i + 1) + "]";
            if (!r.date().isAfter(start) || !r.date().isBefore(maturity)) {
                throw new InvalidTermsException(id, field + ".date", r.date(), "must be after the "
                        + fundedOn(start)
                        + " and before the maturity date " + maturity);
            }
            if (previous != null && r.date().isBefore(previous)) {
                throw new InvalidTermsException(id, field + ".date", r.date(), "must not be before the previous repayment's " + previous);
            }
            positive(id, field + ".amount", r.amount(), currency);
            previous = r.date();
        }
        if (commitmentFee != null && (commitmentFee.signum() < 0 || commitmentFee.compareTo(BigDecimal.ONE) > 0
                || commitmentFee.scale() > NoteTerms.MAX_RATE_DECIMALS)) {
            throw new InvalidTermsException(id, "commitment_fee", commitmentFee, "must be an annual rate between 0 and 1 "
                    + "(0.5% is 0.005), of at most " + NoteTerms.MAX_RATE_DECIMALS + " decimals");
        }
        previous = null;
        for (int i = 0; i < installments.size(); i++) {
            InstallmentStep step = installments.get(i);
            String field = "installments[" + (i + 1) + "]";
            if (amortization == Amortization.BULLET) {
                throw new InvalidTermsException(id, field, step.from(), "a BULLET note repays once, at maturity: "
                        + "give it a regular frequency to step its installments");
            }
            if (step.from().isBefore(firstPayment) || step.from().isAfter(maturity)) {
                throw new InvalidTermsException(id, field + ".from", step.from(), "must be between the first payment date "
                        + firstPayment + " and the maturity date " + maturity);
            }
            if (previous != null && !step.from().isAfter(previous)) {
                throw new InvalidTermsException(id, field + ".from", step.from(), "must be after the previous step's " + previous);
            }
            positive(id, field + ".amount", step.amount(), currency);
            previous = step.from();
        }
        previous = null;
        BigDecimal forgiven = BigDecimal.ZERO;
        for (int i = 0; i < forgiveness.size(); i++) {
            DatedAmount f = forgiveness.get(i);
            String field = "forgiveness[" + (i + 1) + "]";
            if (!f.date().isAfter(start) || !f.date().isBefore(maturity)) {
                throw new InvalidTermsException(id, field + ".date", f.date(), "must be after the "
                        + fundedOn(start)
                        + " and before the maturity date " + maturity);
            }
            if (previous != null && f.date().isBefore(previous)) {
                throw new InvalidTermsException(id, field + ".date", f.date(), "must not be before the previous forgiveness date " + previous);
            }
            forgiven = forgiven.add(positive(id, field + ".amount", f.amount(), currency));
            previous = f.date();
        }
        BigDecimal funded = advances.isEmpty() ? principal : lent;
        if (forgiven.compareTo(funded) > 0) {
            throw new InvalidTermsException(id, "forgiveness", cents(forgiven, currency), "forgives more than the note lends, "
                    + cents(funded, currency));
        }
        return this;
    }

    /** The funding day in a refusal's words: "the note's date 2024-01-01" or "the disbursement date 2024-01-10". */
    private String fundedOn(LocalDate start) {
        return (disbursementDate == null ? "note's date " : "disbursement date ") + start;
    }

    /** The advances lent in all, in the note's currency's units; zero for a note funded by its principal alone. */
    public BigDecimal advancedTotal() {
        BigDecimal lent = BigDecimal.ZERO;
        for (DatedAmount a : advances) {
            lent = lent.add(NoteTerms.decimal(a.amount()));
        }
        return lent;
    }

    private static String cents(BigDecimal amount, CurrencyUnit currency) {
        return amount.setScale(currency.getDefaultFractionDigits()).toPlainString();
    }

    private static BigDecimal positive(String id, String field, MonetaryAmount amount, CurrencyUnit currency) {
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidTermsException(id, field, amount.getCurrency().getCurrencyCode(), "must be in the note's currency "
                    + currency.getCurrencyCode());
        }
        BigDecimal value = NoteTerms.decimal(amount);
        if (value.signum() <= 0) {
            throw new InvalidTermsException(id, field, value, "must be positive");
        }
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidTermsException(id, field, value, "must be a whole number of minor units (" + digits
                    + " decimals in " + currency.getCurrencyCode() + ")");
        }
        return value;
    }
}
