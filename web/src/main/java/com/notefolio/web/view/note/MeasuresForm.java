package com.notefolio.web.view.note;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.portfolio.Price;
import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.note.Valuation;
import com.notefolio.web.view.DiscountField;
import com.notefolio.web.view.IsoDates;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;

/**
 * What the analyst values a note at: the as-of date, how to discount (a rate in percent a year or a zero
 * curve, {@link DiscountField}) and the clean price (blank for par). Input that does not parse marks its field with the reason; each complete, valid
 * change fires a {@link ValuationChangeEvent}. {@link #valuation()} is the last valid valuation, the one
 * the figures on screen and the download use.
 */
public class MeasuresForm extends FormLayout {

    /** A new valid valuation. */
    public static class ValuationChangeEvent extends ComponentEvent<MeasuresForm> {
        private final Valuation valuation;

        ValuationChangeEvent(MeasuresForm source, Valuation valuation) {
            super(source, true);
            this.valuation = valuation;
        }

        public Valuation valuation() {
            return valuation;
        }
    }

    final DatePicker asOf = new DatePicker("As-of date");
    final DiscountField discount;
    final TextField price;
    private final CurrencyUnit currency;
    private volatile Valuation valuation;

    public MeasuresForm(Valuation initial, CurrencyUnit currency) {
        this.currency = currency;
        this.valuation = initial;
        price = new TextField("Clean price (" + currency.getCurrencyCode() + " or % of outstanding; blank = par)");
        asOf.setId("as-of");
        asOf.setValue(initial.asOf());
        asOf.setRequired(true);
        asOf.setI18n(IsoDates.i18n());
        discount = new DiscountField("Discount rate (% a year, XNPV basis)", initial.discount(), ValueChangeMode.ON_CHANGE);
        discount.addDiscountChangeListener(e -> changed());
        price.setId("price");
        price.setValue(initial.price() == null ? "" : initial.price().isPercent() ? initial.price().text()
                : NoteTerms.decimal(initial.price().amount())
                        .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY).toPlainString());
        price.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        price.setMaxLength(40);
        price.addValueChangeListener(e -> changed());
        asOf.addValueChangeListener(e -> changed());
        add(asOf, discount, price);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    /** The last valid valuation. */
    public Valuation valuation() {
        return valuation;
    }

    public Registration addValuationChangeListener(ComponentEventListener<ValuationChangeEvent> listener) {
        return addListener(ValuationChangeEvent.class, listener);
    }

    private void changed() {
        boolean valid = true;
        if (asOf.getValue() == null) {
            asOf.setErrorMessage(asOf.isInvalid() ? "Enter a date as YYYY-MM-DD." : "Enter an as-of date.");
            asOf.setInvalid(true);
            valid = false;
        } else {
            asOf.setInvalid(false);
        }
        // The discount field marks its own fields.
        DiscountInput rate = discount.input().orElse(null);
        valid &= rate != null;
        Price clean = null;
        try {
            clean = Valuation.parsePrice(price.getValue(), currency);
            price.setInvalid(false);
        } catch (IllegalArgumentException e) {
            price.setErrorMessage(e.getMessage());
            price.setInvalid(true);
            valid = false;
        }
        if (valid) {
            valuation = new Valuation(asOf.getValue(), rate, clean);
            fireEvent(new ValuationChangeEvent(this, valuation));
        }
    }
}
