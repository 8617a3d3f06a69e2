package com.notefolio.web.view.note;

import com.notefolio.web.discount.DiscountInput;
import com.notefolio.web.note.Valuation;
import com.notefolio.web.portfolio.NoteValuation;
import com.notefolio.web.view.IsoDates;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;

/**
 * The notes browser's valuation inputs: the as-of date and the flat discount rate in percent a year that
 * the engine columns and totals are computed at. A complete, valid pair fires a
 * {@link ValuationChangeEvent}; a rate that does not parse is marked with the reason and fires nothing, so
 * the figures shown always belong to the inputs shown.
 */
public class NoteValuationBar extends HorizontalLayout {

    /** The valuation after a user changed an input. */
    public static class ValuationChangeEvent extends ComponentEvent<NoteValuationBar> {
        private final NoteValuation valuation;

        ValuationChangeEvent(NoteValuationBar source, NoteValuation valuation) {
            super(source, true);
            this.valuation = valuation;
        }

        public NoteValuation valuation() {
            return valuation;
        }
    }

    final DatePicker asOf = new DatePicker("Values as of");
    final TextField rate = new TextField("Discount rate (% a year)");
    private NoteValuation valuation;
    private boolean filling;

    public NoteValuationBar(NoteValuation initial) {
        asOf.setId("valuation-as-of");
        IsoDates.configure(asOf);
        rate.setId("valuation-rate");
        rate.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        rate.setMaxLength(20);
        rate.setHelperText("flat, compounded annually on actual/365 days (Excel XNPV)");
        asOf.addValueChangeListener(e -> changed());
        rate.addValueChangeListener(e -> changed());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(asOf, rate);
        setValuation(initial);
    }

    /** The valuation the inputs last held complete and valid. */
    public NoteValuation valuation() {
        return valuation;
    }

    /** Shows {@code valuation} in the inputs without firing a change. */
    public void setValuation(NoteValuation valuation) {
        filling = true;
        try {
            this.valuation = valuation;
            asOf.setValue(valuation.asOf());
            rate.setValue(DiscountInput.typedPercent(valuation.discountRate()));
            rate.setInvalid(false);
        } finally {
            filling = false;
        }
    }

    public Registration addValuationChangeListener(ComponentEventListener<ValuationChangeEvent> listener) {
        return addListener(ValuationChangeEvent.class, listener);
    }

    private void changed() {
        if (filling) {
            return;
        }
        BigDecimal discount;
        try {
            discount = Valuation.parseDiscountRate(rate.getValue());
        } catch (IllegalArgumentException e) {
            rate.setErrorMessage(e.getMessage());
            rate.setInvalid(true);
            return;
        }
        rate.setInvalid(false);
        if (asOf.getValue() == null) {
            return;
        }
        valuation = new NoteValuation(asOf.getValue(), discount);
        fireEvent(new ValuationChangeEvent(this, valuation));
    }
}
