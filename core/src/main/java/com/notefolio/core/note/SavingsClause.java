package com.notefolio.core.note;

/**
 * What the note's savings clause does with interest above the {@link NoteTerms#maxLawfulRate() maximum lawful
 * rate}. Both kinds leave the same schedule — every period accrues at the lesser of its rate and the cap, the
 * principal retired as that schedule says — and differ in what is billed:
 *
 * <ul>
 *   <li>{@link #NOT_CHARGED}: the interest above the cap is never charged; the borrower is billed the capped
 *       interest only. The form of notes before savings clauses.</li>
 *   <li>{@link #REFUNDED}: each period is billed at the contract rate on the schedule's balance, and the
 *       excess over the capped interest is refunded to the borrower on the same due date
 *       ({@code pricer.UsuryRefund}: contract interest − capped interest, per row). The holder keeps the capped
 *       schedule's flows; the refund is a figure of the note, not a flow of the holder.</li>
 * </ul>
 *
 * <p>The third clause of the documents, excess <i>applied to principal</i> (the contract-rate installment is
 * collected, the interest above the cap credited to principal, so the balance falls faster and later interest
 * is on the lower balance), changes the schedule itself and is the schedule resolver's to implement.
 */
public enum SavingsClause {
    NOT_CHARGED,
    REFUNDED
}
