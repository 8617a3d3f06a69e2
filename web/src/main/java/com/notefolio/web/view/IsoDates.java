package com.notefolio.web.view;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

/**
 * Date pickers that show and read ISO dates (2006-01-12), as every other date on screen is shown, and
 * say so when what was typed is not one.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static DatePickerI18n i18n() {
        return new DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage("Type the date as YYYY-MM-DD, for example 2030-01-05.");
    }
}
