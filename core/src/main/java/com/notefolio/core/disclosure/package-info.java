/**
 * What a closed-end credit costs the borrower, as Regulation Z discloses it: the annual percentage rate of
 * 12 CFR 1026 Appendix J (the actuarial method: unit-periods, fractions of a unit-period and the general
 * equation, solved for the unit-period rate), the dated advances and payments it is computed from, the
 * unit-period rules of Appendix J (b)(4), and the Truth in Lending box (amount financed, finance charge,
 * total of payments, APR) of a transaction or of a note's resolved schedule.
 */
package com.notefolio.core.disclosure;
