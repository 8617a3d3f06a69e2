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
 * charge, default margin, savings clause), which {@link NoteRow} does not hold. Its {@link #column} answers those
 * columns too, so {@link #toPosition()} reads the charges through the core's one mapping and the list download's
 * CSV writer writes them. Values are the CSV's text ({@code null} for an empty cell), whole numbers typed.
 *
 * <p>Spark's bean encoder sees only {@link NoteRow}'s properties: a Dataset of these rows computes without the
 * charges, as every row read from a Parquet file does today.
 */
final class StoredNoteRow extends NoteRow {

    private static final long serialVersionUID = 1L;

    /** The charge columns' values by CSV column name (the table's columns have the same names). */
    private final HashMap<String, Object> charges;

    StoredNoteRow(Map<String, Object> charges) {
        this.charges = new HashMap<>(charges);
    }

    @Override
    public Object column(String name) {
        return charges.containsKey(name) ? charges.get(name) : super.column(name);
    }

    /**
     * The charge columns of {@code terms} as the CSV writes them, every column a key ({@code null} for an empty
     * cell): the inverse of the core's reading, so a note stored and read back has equal terms. A step-down's
     * steps are joined by {@code ;} in the core's own form of a step ({@link PremiumStep#toString()}); yield
     * maintenance always writes its spread, since the core knows the premium by that column or the floor.
     */
    static Map<String, Object> charges(NoteTerms terms) {
        Map<String, Object> c = new HashMap<>();
        PortfolioCsvReader.CHARGE_COLUMNS.forEach(name -> c.put(name, null));
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
        return c;
    }

    /** The charge columns in the order of {@link PortfolioCsvReader#CHARGE_COLUMNS}, the table's names. */
    static List<String> columns() {
        return PortfolioCsvReader.CHARGE_COLUMNS;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
