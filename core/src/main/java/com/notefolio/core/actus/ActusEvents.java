package com.notefolio.core.actus;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.RateTerms;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A contract's ACTUS events, stated from the note's resolved schedule (the one schedule engine; no date
 * or amount is computed here that the schedule does not hold):
 *
 * <ul>
 *   <li>IED on the issue date: payoff −(notional lent at issue + premium/discount), the notional outstanding after it;
 *       and, when the interest cycle is anchored on the issue date, a zero IP there (as ACTUS states it);</li>
 *   <li>each advance after funding (a LAX increase): PI, minus the amount lent, before the day's IP, with the
 *       interest accrued to it; CLM and UMP capitalize every cycle date's interest (IPCI), at the issue too;</li>
 *   <li>each due date but the last: PR (ANN, LAM, NAM; LAX from its first decrease) paying the period's principal, with the period's
 *       interest as accrued, then IP paying that interest; both with the notional after the redemption;</li>
 *   <li>the last due date: IP, then MD repaying the rest, notional 0. A schedule that a payment retires
 *       early goes on, as ACTUS does, with zero PR and IP events on the term's remaining due dates and a
 *       zero MD at maturity. A call-money contract with an observed demand states XD on its day and STD in
 *       place of MD;</li>
 *   <li>each rate reset: RR (RRF for a reset to a stated rate) on its date with the rate in force from it
 *       — of the period it starts, or, for a rate resetting inside a period, of that period's part after it —
 *       and the interest accrued to it; an annuity (ANN) then fixes its payment anew: PRF, as it does the
 *       day before its first redemption when the terms state no payment.</li>
 * </ul>
 *
 * <p>A contract bought after its issue ({@link ActusContract#purchase()}) starts with PRD on the purchase
 * day, the events before it (and of that day: they are the seller's) left out: payoff −(price + accrued
 * interest) × role sign, with the notional then outstanding and the interest accrued to the day. A contract
 * terminated before its maturity ({@link ActusContract#termination()}) ends with TD: payoff (price + accrued
 * interest) × role sign, notional and accrued 0, no event after it. In both, the accrued interest is added
 * as ACTUS's state holds it, already signed by the role (POF_PRD and POF_TD multiply price plus that state
 * by the role's sign), so it counts against a liability holder's price where it counts for an asset
 * holder's: the borrower's side (RPL) of a purchase at 5,200 with 5.48 accrued receives 5,194.52 (lam21).
 *
 * <p>Events are in date order and, within a day, in ACTUS's order ({@link ActusEventType}); none after the
 * contract's horizon. Payoffs and notionals carry the role's sign ({@link ContractRole#sign()}).
 */
public final class ActusEvents {

    private ActusEvents() {
    }

    /** The events of {@code contract}. */
    public static List<ActusEvent> of(ActusContract contract) {
        NoteTerms terms = contract.terms();
        Schedule s = ScheduleResolver.resolve(terms, contract.indices());
        Builder out = new Builder(contract, s.scale());
        boolean amortizes = contract.type().redeemsPrincipal();
        LocalDate issue = terms.issueDate();
        // The notional lent at issue: the principal, or a grid note's first advance (its principal is the most it lends).
        long notional = s.openingMinor(0);
        BigDecimal initialRate = s.rateOn(EpochDay.of(issue)); // row 0 shows the rate at its end
        BigDecimal premium = contract.premiumDiscount();

        out.add(issue, ActusEventType.IED, -1, notional, notional, initialRate, 0, premium);
        boolean capitalizes = terms.structure().deferral() != null || contract.type().capitalizesInterest();
        if (contract.interestAtIssue()) {
            out.add(issue, capitalizes ? ActusEventType.IPCI : ActusEventType.IP, 1, 0, notional, initialRate, 0, null);
        }
        int firstDue = terms.firstPrincipalDate() != null ? EpochDay.of(terms.firstPrincipalDate()) : s.dueEpochDay(0);
        // Principal is redeemed from the first principal date, or from the first stepped installment (LAX's first decrease).
        LocalDate firstPrincipal = terms.firstPrincipalDate() != null ? terms.firstPrincipalDate()
                : !terms.structure().installments().isEmpty() ? terms.structure().installments().get(0).from() : issue;
        if (contract.paymentFixedAtStart() && firstDue - 1 > EpochDay.of(issue)) {
            out.add(EpochDay.toDate(firstDue - 1), ActusEventType.PRF, 1, 0, s.outstandingMinor(firstDue - 1), s.rateOn(firstDue - 1),
                    s.accruedInterestMinor(firstDue - 1), null);
        }
        List<LocalDate> dueDates = ScheduleResolver.dueDateList(terms);
        // Principal on a cycle of its own (LAM lam23, LAX lax16): PR on its dates, IP on the interest dates only.
        java.util.Set<LocalDate> interestDates = null;
        java.util.Set<LocalDate> principalDates = null;
        if (terms.principalFrequency() != null) {
            interestDates = java.util.Set.copyOf(dueDates);
            principalDates = java.util.Set.copyOf(ScheduleResolver.principalDateList(terms));
            java.util.TreeSet<LocalDate> both = new java.util.TreeSet<>(dueDates);
            both.addAll(principalDates);
            dueDates = List.copyOf(both);
        }
        int dueRows = 0;
        for (int i = 0; i < s.size(); i++) {
            dueRows += s.isDueRow(i) ? 1 : 0;
        }
        boolean endedEarly = dueRows < dueDates.size();
        for (int i = 0; i < s.size(); i++) {
            LocalDate date = EpochDay.toDate(s.dueEpochDay(i));
            BigDecimal rate = s.rate(i);
            if ((s.flags(i) & FlowKind.ADVANCE.bit()) != 0) {
                // The holder lends more (its principal is minus the amount lent): PI, sequenced before the day's IP,
                // with the interest accrued to it — on a due date that date's, between due dates what the part carried.
                boolean onDueDate = i > 0 && s.isDueRow(i - 1) && s.dueEpochDay(i - 1) == s.dueEpochDay(i);
                // On a due date it comes before the day's IP and a reset there (RRF): the rate of the period it ends.
                out.add(date, ActusEventType.PI, 1, s.principalMinor(i), s.closingMinor(i), onDueDate ? s.rate(i - 1) : rate,
                        onDueDate ? s.interestMinor(i - 1) : s.deferredInterestMinor(i), null);
                continue;
            }
            if ((s.flags(i) & FlowKind.CAPITALIZATION.bit()) != 0) {
                // The interest joins the notional: no cash, the notional after it.
                out.add(date, ActusEventType.IPCI, 1, 0, s.closingMinor(i), rate, 0, null);
                continue;
            }
            if (!s.isDueRow(i)) {
                continue; // an event row no ACTUS term makes (a forgiveness)
            }
            // The notional after the day's events: an advance on a due date follows its payment (ACTUS: PI before IP).
            long dayClosing = s.closingMinor(dayEnd(s, i));
            if (i < s.size() - 1 || endedEarly) {
                if (amortizes && !date.isBefore(firstPrincipal) && (principalDates == null || principalDates.contains(date))) {
                    // The interest accrued: the period's, or on a principal-only date what is carried to the interest date.
                    out.add(date, ActusEventType.PR, 1, s.principalMinor(i), dayClosing, rate,
                            s.interestMinor(i) + s.deferredInterestMinor(i), null);
                }
                if (interestDates == null || interestDates.contains(date)) {
                    out.add(date, ActusEventType.IP, 1, s.interestMinor(i), dayClosing, rate, 0, null);
                }
            } else {
                out.add(date, ActusEventType.IP, 1, s.interestMinor(i), s.openingMinor(i), rate, 0, null);
                out.add(date, contract.exercise() != null ? ActusEventType.STD : ActusEventType.MD, 1, s.principalMinor(i), 0,
                        rate, 0, null);
            }
        }
        BigDecimal lastRate = s.rate(s.size() - 1);
        for (int k = dueRows; k < dueDates.size(); k++) {
            LocalDate date = dueDates.get(k);
            if (k < dueDates.size() - 1) {
                if (amortizes && !date.isBefore(firstPrincipal) && (principalDates == null || principalDates.contains(date))) {
                    out.add(date, ActusEventType.PR, 1, 0, 0, lastRate, 0, null);
                }
                if (interestDates == null || interestDates.contains(date)) {
                    out.add(date, ActusEventType.IP, 1, 0, 0, lastRate, 0, null);
                }
            } else {
                out.add(date, ActusEventType.IP, 1, 0, 0, lastRate, 0, null);
                out.add(date, ActusEventType.MD, 1, 0, 0, lastRate, 0, null);
            }
        }
        LocalDate stated = statedReset(terms);
        for (LocalDate reset : resetDates(terms)) {
            int day = EpochDay.of(reset);
            // The rate from the reset on: of the period it starts, or, inside a period, of the part after it.
            BigDecimal rate = s.rateOn(day);
            long balance = s.outstandingMinor(day);
            ActusEventType type = reset.equals(stated) || terms.rate() instanceof RateTerms.Stepped ? ActusEventType.RRF
                    : ActusEventType.RR;
            out.add(reset, type, 1, 0, balance, rate, s.accruedInterestMinor(day), null);
            if (contract.type() == ActusContractType.ANN) {
                out.add(reset, ActusEventType.PRF, 1, 0, balance, rate, s.accruedInterestMinor(day), null);
            }
        }
        if (contract.exercise() != null) {
            // The observed demand: no cash, the notional then and the interest accrued to it (on the maturity: the
            // last period's, which its IP pays after it).
            int day = EpochDay.of(contract.exercise());
            boolean atMaturity = contract.exercise().equals(terms.maturityDate());
            int last = s.size() - 1;
            out.add(contract.exercise(), ActusEventType.XD, 1, 0, atMaturity ? s.openingMinor(last) : s.outstandingMinor(day),
                    s.rateOn(day), atMaturity ? s.interestMinor(last) : s.accruedInterestMinor(day), null);
        }
        ActusTrade purchase = contract.purchase();
        if (purchase != null) {
            int day = EpochDay.of(purchase.date());
            long accrued = s.accruedInterestMinor(EpochDay.of(purchase.accruedTo()));
            out.add(purchase.date(), ActusEventType.PRD, -1, contract.role().sign() * accrued, s.outstandingMinor(day),
                    s.rateOn(day), accrued, purchase.price());
        }
        ActusTrade termination = contract.termination();
        if (termination != null) {
            int day = EpochDay.of(termination.date());
            long accrued = s.accruedInterestMinor(EpochDay.of(termination.accruedTo()));
            out.add(termination.date(), ActusEventType.TD, 1, contract.role().sign() * accrued, 0, s.rateOn(day), 0,
                    termination.price());
        }
        return out.events(contract.horizon(), purchase == null ? null : purchase.date(),
                termination == null ? null : termination.date(), contract.statedAfter());
    }

    /** The last row on row {@code i}'s day: event rows on a due date follow its row. */
    private static int dayEnd(Schedule s, int i) {
        int j = i;
        while (j + 1 < s.size() && s.dueEpochDay(j + 1) == s.dueEpochDay(i)) {
            j++;
        }
        return j;
    }

    /**
     * The dates the rate resets between the issue date and maturity: a floating rate's reset dates, a
     * conversion's date and the resets of a floating rate after it.
     */
    public static List<LocalDate> resetDates(NoteTerms terms) {
        List<LocalDate> dates = new ArrayList<>();
        RateTerms rate = terms.rate();
        if (rate instanceof RateTerms.Conversion c) {
            if (c.on().isBefore(terms.maturityDate())) {
                dates.add(c.on());
            }
            rate = c.after();
        }
        if (rate instanceof RateTerms.Stepped stepped) {
            // A LAX contract's fixed rate segments: each step after the first is a reset to a stated rate (RRF).
            for (int k = 1; k < stepped.steps().size(); k++) {
                LocalDate d = stepped.steps().get(k).from();
                if (d.isBefore(terms.maturityDate())) {
                    dates.add(d);
                }
            }
        }
        if (rate instanceof RateTerms.Floating f) {
            for (int k = 0; ; k++) {
                LocalDate d = f.resetDate(k);
                if (!d.isBefore(terms.maturityDate())) {
                    break;
                }
                dates.add(d);
            }
        }
        return dates;
    }

    /** The date of a reset to a stated rate (a fixed rate converting to floating), or {@code null}. */
    private static LocalDate statedReset(NoteTerms terms) {
        return terms.rate() instanceof RateTerms.Stepped ? null : terms.rate() instanceof RateTerms.Conversion c && c.before() instanceof RateTerms.Fixed
                && c.after() instanceof RateTerms.Floating ? c.on() : null;
    }

    /** Collects events with the role's sign, then orders and cuts them at the horizon. */
    private static final class Builder {
        private final ActusContract contract;
        private final int scale;
        private final int sign;
        private final List<ActusEvent> events = new ArrayList<>();

        Builder(ActusContract contract, int scale) {
            this.contract = contract;
            this.scale = scale;
            this.sign = contract.role().sign();
        }

        /** An event; {@code direction} −1 for cash the role pays, +1 for cash it receives; {@code extra} added to the payoff. */
        void add(LocalDate date, ActusEventType type, int direction, long payoffMinor, long notionalMinor, BigDecimal rate,
                 long accruedMinor, BigDecimal extra) {
            BigDecimal payoff = BigDecimal.valueOf(payoffMinor, scale);
            if (extra != null) {
                payoff = payoff.add(extra);
            }
            events.add(new ActusEvent(contract.id(), date, type, signed(payoff.multiply(BigDecimal.valueOf(direction))),
                    signed(BigDecimal.valueOf(notionalMinor, scale)), rate, signed(BigDecimal.valueOf(accruedMinor, scale))));
        }

        private BigDecimal signed(BigDecimal v) {
            return sign < 0 ? v.negate() : v;
        }

        /**
         * The events up to the horizon, from the purchase on (ACTUS sequences a purchase after the other
         * events of its day, so they are the seller's) and to the termination (after the other events of its
         * day, which are still the holder's); {@code null} for none.
         */
        List<ActusEvent> events(LocalDate horizon, LocalDate purchase, LocalDate termination, LocalDate statedAfter) {
            List<ActusEvent> sorted = new ArrayList<>(events.size());
            for (ActusEvent e : events) {
                if ((horizon == null || !e.date().isAfter(horizon))
                        && (statedAfter == null || e.date().isAfter(statedAfter))
                        && (purchase == null || e.date().isAfter(purchase) || e.type() == ActusEventType.PRD)
                        && (termination == null || !e.date().isAfter(termination))) {
                    sorted.add(e);
                }
            }
            sorted.sort(Comparator.comparing(ActusEvent::date).thenComparing(ActusEvent::type));
            return sorted;
        }
    }
}
