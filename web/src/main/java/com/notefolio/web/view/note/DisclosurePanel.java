package com.notefolio.web.view.note;

import com.notefolio.core.disclosure.TruthInLendingDisclosure;
import com.notefolio.web.view.DisplayFormat;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;

/**
 * A note's Truth in Lending box (Regulation Z, 12 CFR 1026.18) as the core computed it: the amount financed,
 * the finance charge, the total of payments, each with the words the regulation's box gives it, and the annual
 * percentage rate of Appendix J to the hundredth of a percent. Each figure is a span with id
 * {@code disclosure-<name>}.
 */
public class DisclosurePanel extends VerticalLayout {

    public DisclosurePanel(TruthInLendingDisclosure box, String currency) {
        setPadding(false);
        setSpacing(false);
        setId("disclosure");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(new H3("Truth in Lending disclosure"), form);
        figure(form, "apr", "Annual percentage rate (the cost of the credit as a yearly rate)", box.apr().solved()
                ? box.apr().percentHundredths().toPlainString() + "%"
                : "none: no rate balances the payments against the amount financed");
        figure(form, "finance-charge", "Finance charge (the dollar amount the credit will cost)",
                money(box.financeCharge(), currency));
        figure(form, "amount-financed", "Amount financed (the credit provided)", money(box.amountFinanced(), currency));
        figure(form, "total-of-payments", "Total of payments (paid after all payments as scheduled)",
                money(box.totalOfPayments(), currency));
    }

    private static String money(BigDecimal amount, String currency) {
        return DisplayFormat.money(amount, currency);
    }

    private static void figure(FormLayout form, String name, String label, String value) {
        Span span = new Span(value);
        span.setId("disclosure-" + name);
        form.addFormItem(span, label);
    }
}
