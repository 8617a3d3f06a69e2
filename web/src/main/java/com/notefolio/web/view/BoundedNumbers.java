package com.notefolio.web.view;

import com.notefolio.core.io.DecimalText;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * Keeps numbers typed into decimal fields within the core's bounds ({@link DecimalText}): Vaadin's field
 * turns {@code 1e-50000000} into a BigDecimal that cost 28 s of server time to round. Such a value is
 * cleared from the field at once, which then says why, so it never reaches a computation.
 */
public final class BoundedNumbers {

    private BoundedNumbers() {
    }

    public static void guard(BigDecimalField... fields) {
        for (BigDecimalField field : fields) {
            field.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    return;
                }
                try {
                    DecimalText.bounded(e.getValue());
                } catch (IllegalArgumentException refused) {
                    field.clear();
                    field.setErrorMessage("The number is " + refused.getMessage() + ".");
                    field.setInvalid(true);
                }
            });
        }
    }
}
