package com.notefolio.web.portfolio;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.LateCharge;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.PremiumStep;
import com.notefolio.core.note.PrepaymentPremium;
import com.notefolio.core.note.PrepaymentTerms;
import com.notefolio.core.note.SavingsClause;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A note of table {@code note} as the portfolio CSV's columns: the {@link NoteRow} of its other terms and its
 * charge columns ({@link PortfolioCsvReader#CHARGE_COLUMNS}: premium steps, yield maintenance, open period, late
 * charge, default margin, savings clause), which {@link NoteRow} does not hold; a note without charges is read
 * into a plain {@link NoteRow}. Its {@link #column} answers those
 * columns too, so {@link #toPosition()} reads the charges through the core's one mapping and the list download's
 * CSV writer writes them. Values are the CSV's text ({@code null} for an empty cell), whole numbers typed.
 *
 * <p>Spark's bean encoder sees only {@link NoteRow}'s properties: a Dataset of these rows computes without the
 * charges, as every row read from a Parquet file does today.
 */
final class StoredNoteRow extends NoteRow {

    private static final long serialVersionUID = 1L;

    /** The charge columns, in the order of {@link PortfolioCsvReader#CHARGE_COLUMNS}; the table's have the same names. */
    static final List<String> COLUMNS = PortfolioCsvReader.CHARGE_COLUMNS;
    private static final Map<String, Integer> INDEX = index();

    /** The values of {@link #COLUMNS}, by position. */
    private final Object[] charges;

    private StoredNoteRow(Object[] charges) {
        this.charges = charges.clone();
    }

    /**
     * The row to read a stored note into, given its charge columns' values (in {@link #COLUMNS}' order): a plain
     * {@link NoteRow} when all are empty, as on most notes, so that they are read as before.
     */
    static NoteRow of(Object[] charges) {
        for (Object v : charges) {
            if (v != null) {
                return new StoredNoteRow(charges);
            }
        }
        return new NoteRow();
    }

    @Override
    public Object column(String name) {
        Integer i = INDEX.get(name);
        return i != null ? charges[i] : super.column(name);
    }

    /**
     * The charge columns of {@code terms} as the CSV writes them, every column a key ({@code null} for an empty
     * cell): the inverse of the core's reading, so a note stored and read back has equal terms. A step-down's
     * steps are joined by {@code ;} in the core's own form of a step ({@link PremiumStep#toString()}); yield
     * maintenance always writes its spread, since the core knows the premium by that column or the floor.
     */
    static Object[] charges(NoteTerms terms) {
        Map<String, Object> c = new HashMap<>();
        PrepaymentTerms prepayment = terms.prepayment();
        if (prepayment.premium() instanceof PrepaymentPremium.StepDown s) {
            StringJoiner steps = new StringJoiner(";");
            s.steps().forEach(step -> steps.add(step.toString()));
            c.put(PortfolioCsvReader.PREMIUM_STEPS, steps.toString());
        } else if (prepayment.premium() instanceof PrepaymentPremium.YieldMaintenance ym) {
            c.put(PortfolioCsvReader.YIELD_MAINTENANCE_SPREAD, ym.spread().toPlainString());
            c.put(PortfolioCsvReader.YIELD_MAINTENANCE_FLOOR, plain(ym.floor().signum() == 0 ? null : ym.floor()));
        }
        c.put(PortfolioCsvReader.OPEN_MONTHS, prepayment.openMonths() == 0 ? null : prepayment.openMonths());
        DefaultTerms defaults = terms.defaults();
        LateCharge late = defaults.lateCharge();
        if (late != null) {
            c.put(PortfolioCsvReader.LATE_CHARGE_RATE, plain(late.rate()));
            c.put(PortfolioCsvReader.LATE_CHARGE_AMOUNT, plain(late.amount()));
            c.put(PortfolioCsvReader.LATE_CHARGE_GRACE_DAYS, late.graceDays() == 0 ? null : late.graceDays());
            c.put(PortfolioCsvReader.LATE_CHARGE_MAX, plain(late.maximum()));
        }
        c.put(PortfolioCsvReader.DEFAULT_MARGIN, plain(defaults.defaultMargin()));
        c.put(PortfolioCsvReader.SAVINGS_CLAUSE, terms.savingsClause() == SavingsClause.NOT_CHARGED ? null
                : terms.savingsClause().name().toLowerCase(Locale.ROOT));
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = c.get(COLUMNS.get(i));
        }
        return values;
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            index.put(COLUMNS.get(i), i);
        }
        return Map.copyOf(index);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
