/**
 * A promissory note's terms as an immutable, validated value: the parties, the money, the rate (fixed,
 * stepped, floating or converting, {@link com.notefolio.core.note.RateTerms}, under a maximum lawful
 * rate), the dates and calendar, how it amortizes and accrues, how amounts round, how it is funded and relieved
 * besides its payments (disbursement, advances, a deferral, forgiveness: {@link com.notefolio.core.note.StructureTerms}),
 * and what it says of prepayment (a flat penalty, a step-down premium or yield maintenance, a lockout, an open
 * period: {@link com.notefolio.core.note.PrepaymentTerms}), default (default interest, the
 * {@link com.notefolio.core.note.LateCharge late charge}), the {@link com.notefolio.core.note.SavingsClause
 * savings clause} of the maximum lawful rate, the {@link com.notefolio.core.note.PeriodicFee periodic fee} charged with each installment, security and governing law. A {@link com.notefolio.core.note.NoteTerms} that exists is valid; invalid
 * input fails with an {@link com.notefolio.core.note.InvalidTermsException} naming the field, the value
 * and the rule.
 */
package com.notefolio.core.note;
