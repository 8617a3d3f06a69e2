package com.notefolio.core.note;

/**
 * What a level-payment note's payment does when its rate changes (a reset, a step, a conversion).
 * {@link #REAMORTIZE} (the default): the payment is recomputed to retire the balance then outstanding
 * over the remaining term at the new rate, as the Fannie Mae/Freddie Mac uniform multistate adjustable
 * rate notes (§4(C)) have it: "the amount of the monthly payment that would be sufficient to repay the unpaid
 * principal that I am expected to owe at the Change Date in full on the Maturity Date at my new interest
 * rate in substantially equal payments". {@link #KEEP_PAYMENT}: the payment stays as it was and
 * principal absorbs the change; where the payment falls below the interest the shortfall is added to
 * the balance (negative amortization) and the last payment pays what remains.
 *
 * <p><b>Recast.</b> A note that keeps its payment may cap the negative amortization
 * ({@link NoteTerms#negativeAmortizationCap()}, a multiple of the original principal, as payment-option
 * ARM notes commonly cap it at 110% to 125%): when a kept payment would carry the balance above the cap,
 * the payment is recast from that period — recomputed as on a reset, on the opening balance at the
 * current rate over the remaining term, and at least that period's interest — and that payment is kept
 * from then on.
 */
public enum PaymentOnReset {
    REAMORTIZE,
    KEEP_PAYMENT
}
