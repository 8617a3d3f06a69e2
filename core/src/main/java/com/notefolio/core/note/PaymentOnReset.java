package com.notefolio.core.note;

/**
 * What a level-payment note's payment does when its rate changes (a reset, a step, a conversion).
 * {@link #REAMORTIZE} (the default): the payment is recomputed to retire the balance then outstanding
 * over the remaining term at the new rate, as the uniform ARM note (Fannie Mae/Freddie Mac Form 3526,
 * §4(C)) has it: "the amount of the monthly payment that would be sufficient to repay the unpaid
 * principal that I am expected to owe at the Change Date in full on the Maturity Date at my new interest
 * rate in substantially equal payments". {@link #KEEP_PAYMENT}: the payment stays as it was and
 * principal absorbs the change; where the payment falls below the interest the shortfall is added to
 * the balance (negative amortization) and the last payment pays what remains.
 */
public enum PaymentOnReset {
    REAMORTIZE,
    KEEP_PAYMENT
}
