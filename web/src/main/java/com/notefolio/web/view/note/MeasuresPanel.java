package com.notefolio.web.view.note;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A note's measures as the pricer gave them, each in a span with id {@code measure-<name>}: booked
 * amounts exact in the currency, estimates rounded for reading (NPV to the currency's decimals, rates
 * and times to four places). A measure that does not exist, such as the yield of a note with no flows
 * left, reads "n/a". The clean price shows its percentage of par (the outstanding principal at the as-of
 * date) beside the amount: "140,000.00 USD · 93.33% of par".
 */
public class MeasuresPanel extends FormLayout {

    private static final String NONE = "n/a";
    private final Map<String, Span> values = new LinkedHashMap<>();

    public MeasuresPanel() {
        setId("measures");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
        value("npv", "NPV (XNPV at the discount rate)");
        value("yield", "Yield (XIRR basis, annual)");
        value("nominal-yield", "Nominal yield (at the payment frequency)");
        value("wal", "Weighted average life");
        value("macaulay", "Macaulay duration");
        value("modified", "Modified duration");
        value("convexity", "Convexity");
        value("dv01", "DV01 (NPV gained per 1 bp fall)");
        value("discount-margin", "Discount margin (over the index projection)");
        value("effective-duration", "Effective duration (index and discounting moved together)");
        value("accrued", "Accrued interest");
        value("outstanding", "Outstanding principal");
        value("price", "Clean price (% of par: of the outstanding principal)");
    }

    private void value(String name, String label) {
        Span span = new Span();
        span.setId("measure-" + name);
        values.put(name, span);
        addFormItem(span, label);
    }

    /** Shows {@code m}; {@code par} says the price is the outstanding principal because none was given. */
    public void show(NoteMeasures m, boolean par) {
        String currency = m.currency().getCurrencyCode();
        set("npv", DisplayFormat.money(BigDecimal.valueOf(m.npv()), currency));
        set("yield", percent(m.yield()));
        set("nominal-yield", percent(m.yieldNominal()));
        set("wal", years(m.walYears()));
        set("macaulay", years(m.macaulayDuration()));
        set("modified", years(m.modifiedDuration()));
        set("convexity", Double.isFinite(m.convexity()) ? DisplayFormat.number(m.convexity(), 4) : NONE);
        set("dv01", Double.isFinite(m.dv01()) ? DisplayFormat.number(m.dv01(), 4) + " " + currency : NONE);
        // Measured for notes whose rate follows an index; a fixed or stepped note's rate sensitivity is DV01.
        set("discount-margin", m.discountMargin() == null ? NONE + " (the rate follows no index)"
                : DisplayFormat.number(m.discountMargin() * 10_000, 1) + " bp");
        set("effective-duration", Double.isFinite(m.effectiveDuration()) ? years(m.effectiveDuration())
                : NONE + " (the rate follows no index)");
        set("accrued", DisplayFormat.money(m.accruedInterest()));
        set("outstanding", DisplayFormat.money(m.outstandingPrincipal()));
        set("price", DisplayFormat.money(m.price()) + " · " + percentOfPar(m) + (par ? " (no price given)" : ""));
    }

    /** The clean price as a percentage of par (the outstanding principal), to two places as the core rounds it. */
    private static String percentOfPar(NoteMeasures m) {
        BigDecimal percent = m.pricePercentOfPar(2);
        return percent == null ? "no % of par (nothing outstanding)" : DisplayFormat.number(percent, 2) + "% of par";
    }

    private void set(String name, String text) {
        values.get(name).setText(text);
    }

    private static String percent(double fraction) {
        return Double.isFinite(fraction) ? DisplayFormat.percent(fraction, 4) : NONE;
    }

    private static String years(double years) {
        return Double.isFinite(years) ? DisplayFormat.number(years, 4) + " years" : NONE;
    }
}
