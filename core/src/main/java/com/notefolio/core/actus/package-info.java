/**
 * ACTUS contracts as Notefolio notes: the contract terms of the ACTUS data dictionary (Algorithmic
 * Contract Types Unified Standards, actusfrf.org) read from their JSON form — one contract, a list, or a
 * reference test-bed file with its index series and horizon — into {@link com.notefolio.core.note.NoteTerms}
 * and {@link com.notefolio.core.index.IndexData} ({@link ActusReader}), for the contract types a promissory
 * note can be: PAM (principal at maturity: interest-only with a balloon), ANN (annuity: level payment,
 * re-amortized at rate resets), LAM (linear amortizer: constant principal) and NAM (negative amortizer: a
 * kept payment of which principal is what the interest leaves), LAX (exotic linear amortizer: principal stepped by
 * segment, increases as advances), CLM (call money: interest capitalized on its cycle, repaid at the maturity or the
 * observed demand) and UMP (undefined maturity: interest capitalized, valued to an assumed demand date). A contract
 * Notefolio cannot represent is
 * reported with the term, its value and the reason ({@link ActusUnsupported}), never by failing the file.
 *
 * <p>{@link ActusEvents} states a contract's resolved schedule — the one schedule engine,
 * {@link com.notefolio.core.schedule.ScheduleResolver} — as ACTUS events (IED, PI, PR, IP, IPCI, MD, RR, RRF, PRF,
 * XD and STD for an observed demand, and
 * PRD and TD for a contract bought after its issue or terminated before its maturity, {@link ActusTrade})
 * with ACTUS signs for the contract's role. Amounts are Notefolio's: exact cents, each period rounded,
 * where ACTUS computes in unrounded reals.
 */
package com.notefolio.core.actus;
