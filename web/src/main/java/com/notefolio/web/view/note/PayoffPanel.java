package com.notefolio.web.view.note;

import com.notefolio.core.payoff.PayoffQuote;
import com.notefolio.web.note.NotePayoff;
import com.notefolio.web.view.DisplayFormat;
import com.notefolio.web.view.IsoDates;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A note's payoff quote on a date the analyst types: the principal outstanding, the interest accrued, the
 * prepayment premium, the late charges, the total that retires the note and the per-diem by which it grows each
 * day later — figures a service computed ({@code quote}: the core's quoter, through
 * {@link com.notefolio.web.note.NoteDetail#payoff}). A date the core will not quote on (not after the issue date,
 * not before maturity, in a lockout) marks the field with the reason and clears the lines. Each line is a span with
 * id {@code payoff-<name>}; the field is {@code payoff-date}.
 */
public class PayoffPanel extends VerticalLayout {

    final DatePicker date = new DatePicker("Payoff date");
    private final Function<LocalDate, NotePayoff> quote;
    private final FormLayout lines = new FormLayout();

    public PayoffPanel(LocalDate initial, Function<LocalDate, NotePayoff> quote) {
        this.quote = quote;
        setPadding(false);
        setSpacing(false);
        setId("payoff");
        date.setId("payoff-date");
        date.setI18n(IsoDates.i18n());
        date.setRequired(true);
        date.setValue(initial);
        date.addValueChangeListener(e -> refresh());
        lines.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(new H3("Payoff quote"), date, lines);
        refresh();
    }

    /** Quotes again on the date in the field: when it changes, and when what the quote depends on changes. */
    public void refresh() {
        lines.removeAll();
        LocalDate on = date.getValue();
        if (on == null) {
            date.setErrorMessage(date.isInvalid() ? "Enter a date as YYYY-MM-DD." : "Enter a payoff date.");
            date.setInvalid(true);
            return;
        }
        NotePayoff payoff = quote.apply(on);
        if (payoff.quote() == null) {
            date.setErrorMessage(payoff.refusal());
            date.setInvalid(true);
            return;
        }
        date.setInvalid(false);
        PayoffQuote q = payoff.quote();
        line("principal", "Principal outstanding", q.principalMinor(), q);
        line("accrued-interest", "Interest accrued", q.accruedInterestMinor(), q);
        line("premium", "Prepayment premium", q.premiumMinor(), q);
        line("late-charges", "Late charges", q.lateChargesMinor(), q);
        line("total", "Total to pay off on " + DisplayFormat.date(q.date()), q.totalMinor(), q);
        line("per-diem", "Per diem (each day later, at " + TermsPanel.percent(q.rate()) + ")", q.perDiemMinor(), q);
    }

    private void line(String name, String label, long minor, PayoffQuote q) {
        Span span = new Span(DisplayFormat.money(q.money(minor)));
        span.setId("payoff-" + name);
        lines.addFormItem(span, label);
    }
}
