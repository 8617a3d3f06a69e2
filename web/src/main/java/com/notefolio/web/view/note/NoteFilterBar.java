package com.notefolio.web.view.note;

import com.notefolio.web.portfolio.NoteFilter;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.notefolio.web.view.IsoDates;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The notes browser's filters: borrower (a part of the name), sector, region, rating, amortization and
 * currency (any of the values picked, out of those the portfolio has), a maturity range and a text search;
 * a drill-down's exact borrower is shown as a line of its own with a button that drops it. Each change fires
 * a {@link FilterChangeEvent} with the whole filter; {@link #setFilter} fills the fields without one.
 */
public class NoteFilterBar extends FormLayout {

    /** The values each choice filter offers, as the portfolio has them. */
    public record Choices(List<String> sectors, List<String> regions, List<String> ratings,
                          List<String> amortizations, List<String> currencies) {
    }

    /** The filter after a user changed a field. */
    public static class FilterChangeEvent extends ComponentEvent<NoteFilterBar> {
        private final NoteFilter filter;

        FilterChangeEvent(NoteFilterBar source, NoteFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public NoteFilter filter() {
            return filter;
        }
    }

    final TextField borrower = new TextField("Borrower");
    final MultiSelectComboBox<String> sector = new MultiSelectComboBox<>("Sector");
    final MultiSelectComboBox<String> region = new MultiSelectComboBox<>("Region");
    final MultiSelectComboBox<String> rating = new MultiSelectComboBox<>("Rating");
    final MultiSelectComboBox<String> amortization = new MultiSelectComboBox<>("Amortization");
    final MultiSelectComboBox<String> currency = new MultiSelectComboBox<>("Currency");
    final DatePicker maturityFrom = new DatePicker("Maturity from");
    final DatePicker maturityTo = new DatePicker("Maturity to");
    final TextField text = new TextField("Search");
    final Span exact = new Span();
    final Button clearExact = new Button("Show every borrower", e -> {
        exactBorrower = null;
        showExact();
        changed();
    });
    private final HorizontalLayout exactLine = new HorizontalLayout(exact, clearExact);
    private String exactBorrower;
    private boolean filling;

    public NoteFilterBar(Choices choices) {
        borrower.setId("filter-borrower");
        borrower.setPlaceholder("part of the name");
        text.setId("filter-text");
        text.setPlaceholder("note id, borrower, lender, collateral");
        for (TextField field : List.of(borrower, text)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setMaxLength(200);
        }
        choice(sector, "filter-sector", choices.sectors());
        choice(region, "filter-region", choices.regions());
        choice(rating, "filter-rating", choices.ratings());
        choice(amortization, "filter-amortization", choices.amortizations());
        choice(currency, "filter-currency", choices.currencies());
        amortization.setItemLabelGenerator(com.notefolio.web.view.PlainLabel::of);
        maturityFrom.setId("filter-maturity-from");
        maturityTo.setId("filter-maturity-to");
        for (DatePicker picker : List.of(maturityFrom, maturityTo)) {
            picker.setClearButtonVisible(true);
            IsoDates.configure(picker);
        }
        for (HasValue<?, ?> field : List.of(borrower, sector, region, rating, amortization, currency, maturityFrom,
                maturityTo, text)) {
            field.addValueChangeListener(e -> changed());
        }
        exact.setId("filter-exact");
        clearExact.setId("filter-exact-clear");
        clearExact.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        exactLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        exactLine.setVisible(false);
        add(borrower, sector, region, rating, amortization, currency, maturityFrom, maturityTo, text, exactLine);
        setColspan(exactLine, 9);
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("40em", 4), new ResponsiveStep("80em", 9));
    }

    private static void choice(MultiSelectComboBox<String> box, String id, List<String> values) {
        box.setId(id);
        box.setItems(values);
        box.setClearButtonVisible(true);
    }

    /** The filter the fields show. */
    public NoteFilter filter() {
        return new NoteFilter(borrower.getValue(), picked(sector), picked(region), picked(rating), picked(amortization),
                maturityFrom.getValue(), maturityTo.getValue(), text.getValue(), exactBorrower, picked(currency));
    }

    /** Shows {@code filter} in the fields without firing a change. */
    public void setFilter(NoteFilter filter) {
        filling = true;
        try {
            borrower.setValue(nullToEmpty(filter.borrower()));
            choose(sector, filter.sectors());
            choose(region, filter.regions());
            choose(rating, filter.ratings());
            choose(amortization, filter.amortizations());
            choose(currency, filter.currencies());
            maturityFrom.setValue(filter.maturityFrom());
            maturityTo.setValue(filter.maturityTo());
            text.setValue(nullToEmpty(filter.text()));
            exactBorrower = filter.exactBorrower();
            showExact();
        } finally {
            filling = false;
        }
    }

    private void showExact() {
        List<String> parts = new ArrayList<>();
        if (exactBorrower != null) {
            parts.add("borrower exactly \u201c" + exactBorrower + "\u201d");
        }
        exact.setText(parts.isEmpty() ? "" : "Drill-down: " + String.join(", ", parts));
        exactLine.setVisible(!parts.isEmpty());
    }

    /** A value the portfolio lacks (from a link) is still offered, so the field shows what filters. */
    private static void choose(MultiSelectComboBox<String> box, List<String> values) {
        List<String> items = new ArrayList<>(box.getListDataView().getItems().toList());
        boolean missing = false;
        for (String value : values) {
            if (!items.contains(value)) {
                items.add(value);
                missing = true;
            }
        }
        if (missing) {
            box.setItems(items);
        }
        box.setValue(new LinkedHashSet<>(values));
    }

    /** The values picked, in the order the field offers them, so the address does not depend on click order. */
    private static List<String> picked(MultiSelectComboBox<String> box) {
        Set<String> selected = box.getValue();
        return box.getListDataView().getItems().filter(selected::contains).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public Registration addFilterChangeListener(ComponentEventListener<FilterChangeEvent> listener) {
        return addListener(FilterChangeEvent.class, listener);
    }

    private void changed() {
        if (!filling) {
            fireEvent(new FilterChangeEvent(this, filter()));
        }
    }
}
