package com.notefolio.web.view;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/**
 * Date pickers that show and read ISO dates (2006-01-12), as every other date on screen is shown, and
 * say so when what was typed is not one.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** What a date picker says when what was typed is not a date. */
    public static final String FORMAT_MESSAGE = "Type the date as YYYY-MM-DD, for example 2030-01-05.";

    /**
     * Reads and shows ISO dates, and says the format beside the field when the text typed is not one
     * (the pickers have no other rule that could make them invalid).
     */
    public static void configure(DatePicker picker) {
        picker.setI18n(i18n());
        picker.setErrorMessage(FORMAT_MESSAGE);
    }

    public static DatePickerI18n i18n() {
        return new DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(FORMAT_MESSAGE);
    }
}
