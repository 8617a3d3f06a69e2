package com.notefolio.core.io;

import com.notefolio.core.convention.EpochDay;
import com.notefolio.core.disclosure.AprSolution;
import com.notefolio.core.disclosure.NoteDisclosure;
import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.core.pricer.FeeYield;
import com.notefolio.core.portfolio.PositionResult;
import com.notefolio.core.portfolio.PositionWarning;
import com.notefolio.core.pricer.NoteMeasures;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Writer of {@link NoteMeasures} as CSV, one line per note, under the header {@link #HEADER}.
 *
 * <ul>
 *   <li>{@code as_of}: ISO date.</li>
 *   <li>{@code outstanding_principal, accrued_interest, price}: exact plain decimals at the currency's scale
 *       (more digits only where the amount has them); empty when absent.</li>
 *   <li>{@code npv, dv01}: currency units rounded half-even to 2 decimals (from the double's value).</li>
 *   <li>{@code yield, yield_nominal} (fractions) and {@code wal_years, macaulay_duration, modified_duration,
 *       convexity}: rounded half-even to {@value #ESTIMATE_DECIMALS} decimals, trailing zeros dropped.</li>
 *   <li>NaN (a yield that does not exist) and infinities: an empty field.</li>
 *   <li>{@code warnings}: what an analyst must know before trusting the row (a price far from the
 *       outstanding principal, see {@link PositionWarning}), messages joined by "; "; empty when none.</li>
 *   <li>{@code discount_margin} (a fraction) and {@code effective_duration} (years), rounded as the yields:
 *       the rate measures of a note whose rate reads an index; empty for a note that reads none (fixed,
 *       stepped), whose curve sensitivity is {@code dv01}. They come after {@code warnings} so that every
 *       column a file of an earlier version had keeps its place.</li>
 *   <li>{@code apr, amount_financed, finance_charge, total_of_payments}: the Truth in Lending box
 *       ({@link NoteDisclosure}); then {@code yield_with_fees}, the lender's yield over the note's life net of its
 *       closing fees ({@link FeeYield}), rounded as the yields; each empty when the note has none.</li>
 * </ul>
 * Note ids are text: quoted when needed and neutralised against spreadsheet formula injection. Written to
 * a file, the output appears only on {@link #commit()}; closing without committing leaves no file.
 */
public final class MeasuresCsvWriter extends CsvTableWriter {

    public static final String HEADER = "note_id,as_of,outstanding_principal,accrued_interest,price,npv,yield,"
            + "yield_nominal,wal_years,macaulay_duration,modified_duration,convexity,dv01,warnings,discount_margin,"
            + "effective_duration,apr,amount_financed,finance_charge,total_of_payments,yield_with_fees";
    /** Decimals of rates, times and sensitivities other than NPV and DV01: far below any decision's precision. */
    public static final int ESTIMATE_DECIMALS = 10;
    /** Decimals of NPV and DV01, which are in currency units. */
    public static final int CURRENCY_UNIT_DECIMALS = 2;

    private MeasuresCsvWriter(CsvTarget target) {
        super(target);
    }

    /** Starts writing {@code file}, replaced atomically on {@link #commit()}. */
    public static MeasuresCsvWriter create(Path file) {
        return new MeasuresCsvWriter(CsvTarget.file(file, HEADER));
    }

    /** Writes to a caller's writer, which {@link #commit()} flushes and nothing closes. */
    public static MeasuresCsvWriter to(Writer out) {
        return new MeasuresCsvWriter(CsvTarget.writer(out, HEADER));
    }

    /** Writes the measures to {@code file} in one go, all or nothing. */
    public static void write(Path file, Iterable<NoteMeasures> measures) {
        try (MeasuresCsvWriter out = create(file)) {
            measures.forEach(out::write);
            out.commit();
        }
    }

    /** A row with no warnings. */
    public MeasuresCsvWriter write(NoteMeasures m) {
        appendDisclosure(appendRateMeasures(appendMeasures(line.text(m.noteId()), m).empty(), m), null, 0).empty();
        target.write(line);
        return this;
    }

    /** The base-case measures of a priced position, its warnings and its Truth in Lending box. */
    public MeasuresCsvWriter write(PositionResult r) {
        return write(r, NoteDisclosure.of(r.schedule()).orElse(null), FeeYield.of(r.schedule()).rate());
    }

    /**
     * The same with the box and the yield including fees computed already (by {@link NoteDisclosure#of},
     * {@code null} when the note has none, and {@link FeeYield#of}, NaN without a root), so that a caller pricing
     * in parallel solves the APR and the yield there rather than on the writing thread.
     */
    public MeasuresCsvWriter write(PositionResult r, TruthInLendingDisclosure disclosure, double yieldWithFees) {
        MeasuresCsvWriter.appendMeasures(line.text(r.measures().noteId()), r.measures());
        if (r.warnings().isEmpty()) {
            line.empty();
        } else {
            line.text(r.warningText());
        }
        appendRateMeasures(line, r.measures());
        appendDisclosure(line, disclosure, r.measures().currency().getDefaultFractionDigits())
                .fixed(yieldWithFees, ESTIMATE_DECIMALS, true);
        target.write(line);
        return this;
    }

    /** {@code discount_margin} and {@code effective_duration}: empty when not measured. */
    private static CsvLineBuilder appendRateMeasures(CsvLineBuilder line, NoteMeasures m) {
        return line.fixed(m.discountMargin() == null ? Double.NaN : m.discountMargin(), ESTIMATE_DECIMALS, true)
                .fixed(m.effectiveDuration(), ESTIMATE_DECIMALS, true);
    }

    /** {@code apr, amount_financed, finance_charge, total_of_payments}: empty without a box. */
    private static CsvLineBuilder appendDisclosure(CsvLineBuilder line, TruthInLendingDisclosure box, int digits) {
        if (box == null) {
            return line.empty().empty().empty().empty();
        }
        BigDecimal apr = box.apr().solved() ? box.apr().percent().movePointLeft(2) : null;
        if (apr == null) {
            line.empty();
        } else {
            line.trimmed(apr.unscaledValue().longValueExact(), apr.scale());
        }
        return line.decimal(box.amountFinanced(), digits).decimal(box.financeCharge(), digits)
                .decimal(box.totalOfPayments(), digits);
    }

    /** The columns after {@code note_id}, from {@code as_of} to {@code dv01}: shared with scenario results. */
    static CsvLineBuilder appendMeasures(CsvLineBuilder line, NoteMeasures m) {
        if (m.asOf() == null) {
            line.empty();
        } else {
            line.date(EpochDay.of(m.asOf()));
        }
        int digits = m.currency().getDefaultFractionDigits();
        return line.minor(m.outstandingPrincipalMinor(), digits)
                .minor(m.accruedInterestMinor(), digits)
                .minor(m.priceMinor(), digits)
                .fixed(m.npv(), CURRENCY_UNIT_DECIMALS, false)
                .fixed(m.yield(), ESTIMATE_DECIMALS, true)
                .fixed(m.yieldNominal(), ESTIMATE_DECIMALS, true)
                .fixed(m.walYears(), ESTIMATE_DECIMALS, true)
                .fixed(m.macaulayDuration(), ESTIMATE_DECIMALS, true)
                .fixed(m.modifiedDuration(), ESTIMATE_DECIMALS, true)
                .fixed(m.convexity(), ESTIMATE_DECIMALS, true)
                .fixed(m.dv01(), CURRENCY_UNIT_DECIMALS, false);
    }
}
