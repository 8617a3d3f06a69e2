package com.notefolio.core.note;

/**
 * What the note's savings clause does with interest above the {@link NoteTerms#maxLawfulRate() maximum lawful
 * rate}:
 *
 * <ul>
 *   <li>{@link #NOT_CHARGED}: the interest above the cap is never charged; the borrower is billed the capped
 *       interest only. The form of notes before savings clauses.</li>
 *   <li>{@link #REFUNDED}: each period is billed at the contract rate on the schedule's balance, and the
 *       excess over the capped interest is refunded to the borrower on the same due date
 *       ({@code pricer.UsuryRefund}: contract interest − capped interest, per row). The holder keeps the capped
 *       schedule's flows; the refund is a figure of the note, not a flow of the holder.</li>
 *   <li>{@link #APPLIED_TO_PRINCIPAL}: the borrower pays the installment the note bills at its contract rate;
 *       the holder takes the capped interest on the balance outstanding and credits the rest to principal, so
 *       the balance falls faster, later interest is on the lower balance and the note may retire before its
 *       maturity ({@code schedule.ExcessToPrincipal} defines the schedule). Not for a structured note.</li>
 * </ul>
 *
 * <p>{@link #NOT_CHARGED} and {@link #REFUNDED} leave the same schedule — every period accrues at the lesser of
 * its rate and the cap, the principal retired as that schedule says — and differ in what is billed;
 * {@link #APPLIED_TO_PRINCIPAL} changes the schedule itself.
 */
public enum SavingsClause {
    NOT_CHARGED,
    REFUNDED,
    APPLIED_TO_PRINCIPAL
}
