package com.notefolio.web.note;

import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.payoff.PayoffQuoter;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Position;
import com.notefolio.core.pricer.DiscountCurve;
import com.notefolio.core.pricer.SensitivityLadder;
import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.index.IndexData;
import com.notefolio.core.scenario.ScenarioAnalyzer;
import com.notefolio.core.schedule.FlowKind;
import com.notefolio.core.schedule.Schedule;
import com.notefolio.core.schedule.ScheduleResolver;
import com.notefolio.core.schedule.StatedScheduleReconciliation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A stored note resolved once for the note screen: its position (terms and carried price), the exact
 * schedule from the core's resolver, and for a STATED note the reconciliation of its table with its
 * terms. Measures and workbooks are taken from this schedule, so the screen, the figures and the
 * download all agree.
 *
 * @param portfolioId the portfolio the note belongs to
 * @param id          the note's database row
 * @param line        its line in the file it was imported from
 * @param indexData   the portfolio's index data the schedule's floating rates were set from, kept so the
 *                    download records (and its Index sheet shows) the same fixings and projections
 */
public record NoteDetail(long portfolioId, long id, int line, Position position, Schedule schedule,
                         StatedScheduleReconciliation statedReconciliation, IndexData indexData) {

    public NoteDetail {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(indexData, "indexData");
    }

    /** Resolves the position's terms (and reconciles a stated table). */
    public static NoteDetail of(long portfolioId, long id, int line, Position position) {
        return of(portfolioId, id, line, position, IndexData.NONE);
    }

    /** Resolves the position's terms, a floating rate from the portfolio's index data (and reconciles a stated table). */
    public static NoteDetail of(long portfolioId, long id, int line, Position position, IndexData indices) {
        Schedule schedule = ScheduleResolver.resolve(position.terms(), indices);
        StatedScheduleReconciliation reconciliation = position.terms().amortization() == Amortization.STATED
                ? StatedScheduleReconciliation.of(schedule) : null;
        return new NoteDetail(portfolioId, id, line, position, schedule, reconciliation, indices);
    }

    public NoteTerms terms() {
        return position.terms();
    }

    /** The reconciliation of the stated table; empty unless the note is STATED. */
    public Optional<StatedScheduleReconciliation> reconciliation() {
        return Optional.ofNullable(statedReconciliation);
    }

    /** The schedule's rows with exact amounts and their kinds, in due-date order. */
    public List<ScheduleRow> scheduleRows() {
        int scale = schedule.scale();
        return new AbstractList<>() {
            @Override
            public ScheduleRow get(int i) {
                return new ScheduleRow(i + 1, LocalDate.ofEpochDay(schedule.dueEpochDay(i)),
                        BigDecimal.valueOf(schedule.paymentMinor(i), scale),
                        BigDecimal.valueOf(schedule.interestMinor(i), scale),
                        BigDecimal.valueOf(schedule.principalMinor(i), scale),
                        BigDecimal.valueOf(schedule.closingMinor(i), scale), schedule.rate(i),
                        FlowKind.kindsOf(schedule.flags(i)), BigDecimal.valueOf(schedule.deferredInterestMinor(i), scale),
                        BigDecimal.valueOf(schedule.feeMinor(i), scale));
            }

            @Override
            public int size() {
                return schedule.size();
            }
        };
    }

    /** The note's Truth in Lending box, by the core ({@link NoteDisclosure}); empty when it has nothing to disclose. */
    public Optional<TruthInLendingDisclosure> disclosure() {
        return NoteDisclosure.of(schedule);
    }

    /**
     * The note's payoff on {@code date} with every payment due by then made, by the core's quoter
     * ({@link PayoffQuoter}); a yield maintenance premium is measured on the valuation's discount curve, as the
     * core's scenarios measure it on the case's curve. A date the core refuses gives its reason instead.
     */
    public NotePayoff payoff(LocalDate date, Valuation valuation) {
        try {
            return new NotePayoff(date, PayoffQuoter.quote(schedule, date, curve(valuation)), null);
        } catch (IllegalArgumentException e) {
            return new NotePayoff(date, null, e.getMessage());
        }
    }

    /** The discount curve of a valuation: its flat rate or its zero curve. */
    public static DiscountCurve curve(Valuation valuation) {
        return valuation.discount().curve();
    }

    /**
     * The note's measures at a valuation, by the core's pricer, with the discount margin and effective
     * duration of a rate that follows an index (measured on the index data the schedule was resolved with).
     */
    public NoteMeasures measures(Valuation valuation) {
        MonetaryAmount price = valuation.price() == null ? null : valuation.price().amountAt(schedule, valuation.asOf());
        return ScenarioAnalyzer.baseMeasures(schedule, valuation.asOf(), price, curve(valuation), indexData);
    }

    /** The note's NPV at parallel shifts of the valuation's curve, by the core. */
    public SensitivityLadder ladder(Valuation valuation) {
        return SensitivityLadder.of(schedule, valuation.asOf(), curve(valuation));
    }
}
