package com.notefolio.web.view;

import com.notefolio.core.io.CurveCsvReader;
import com.notefolio.core.io.InputException;
import com.notefolio.web.discount.DiscountInput;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "how to discount" input of every screen that values notes: Flat or Curve, then either one rate in
 * percent (id {@code discount-rate}) or a zero curve's points — rows of tenor in years and rate in percent
 * ({@code curve-tenor-<i>}, {@code curve-rate-<i>}) that can be typed, added and removed, or filled from
 * an uploaded curve CSV read by the core's {@link CurveCsvReader} (its error, naming the line and column,
 * is shown at the field, {@code curve-error}). Input that does not read marks its field with the reason;
 * each change fires a {@link DiscountChangeEvent} with the valid input, or none.
 */
public class DiscountField extends Div {

    static final String FLAT = "Flat rate";
    static final String CURVE = "Zero curve";
    /** A curve file is a few lines; anything much larger is not one. */
    private static final int MAX_UPLOAD_BYTES = 64 * 1024;

    /** The input changed: the valid input now on screen, or empty while some of it does not read. */
    public static class DiscountChangeEvent extends ComponentEvent<DiscountField> {
        private final DiscountInput input;

        DiscountChangeEvent(DiscountField source, DiscountInput input) {
            super(source, true);
            this.input = input;
        }

        public Optional<DiscountInput> input() {
            return Optional.ofNullable(input);
        }
    }

    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Discounting");
    final TextField rate;
    final Div points = new Div();
    final List<TextField[]> rows = new ArrayList<>();
    final Button addPoint = new Button("Add point", e -> addRow("", ""));
    final Upload upload;
    final Span curveError = new Span();
    private final Div curveEditor = new Div();
    private final ValueChangeMode mode;
    private DiscountInput input;
    /** Set while the fields are filled from a value, whose own changes are not the analyst's. */
    private boolean showing;
    /** The next row's number in the ids; rows keep theirs when one above is removed. */
    private int nextRow;

    /** A field showing {@code initial}; {@code mode} says when typing reaches the server. */
    public DiscountField(String rateLabel, DiscountInput initial, ValueChangeMode mode) {
        this.mode = mode;
        addClassName("discount-field");
        kind.setId("discount-kind");
        kind.setItems(FLAT, CURVE);
        rate = new TextField(rateLabel);
        rate.setId("discount-rate");
        configure(rate);
        points.setId("curve-points");
        addPoint.setId("curve-add-point");
        addPoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> curveReceived(metadata.fileName(), bytes)));
        upload.setId("curve-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button("Upload a curve CSV (tenor, rate)"));
        upload.addFileRejectedListener(e -> showCurveError(e.getErrorMessage()));
        curveError.setId("curve-error");
        curveError.addClassName("field-error");
        curveError.setVisible(false);
        curveEditor.add(points, addPoint, upload, curveError);
        show(initial);
        kind.addValueChangeListener(e -> {
            if (!showing) {
                showKind();
                changed();
            }
        });
        add(kind, rate, curveEditor);
    }

    /** The valid input on screen, or empty while some of it does not read. */
    public Optional<DiscountInput> input() {
        return Optional.ofNullable(input);
    }

    /** Shows {@code value} (from an address, say) without firing a change. */
    public void setInput(DiscountInput value) {
        show(value);
    }

    public Registration addDiscountChangeListener(ComponentEventListener<DiscountChangeEvent> listener) {
        return addListener(DiscountChangeEvent.class, listener);
    }

    /**
     * A received curve file: its points replace those on screen; a file the core refuses leaves them and
     * shows the reader's message (file, line, column and reason).
     */
    void curveReceived(String fileName, byte[] bytes) {
        DiscountInput.Curve curve;
        try {
            curve = DiscountInput.of(CurveCsvReader.read(fileName,
                    new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
        } catch (InputException | IllegalArgumentException e) {
            showCurveError("The curve was not read: " + e.getMessage());
            return;
        }
        show(curve);
        changed();
    }

    private void show(DiscountInput value) {
        showing = true;
        try {
            fill(value);
        } finally {
            showing = false;
        }
    }

    private void fill(DiscountInput value) {
        input = value;
        rows.clear();
        points.removeAll();
        nextRow = 0;
        if (value instanceof DiscountInput.Curve c) {
            kind.setValue(CURVE);
            c.points().forEach(p -> addRow(p.tenorYears().toPlainString(), DiscountInput.typedPercent(p.rate())));
        } else {
            kind.setValue(FLAT);
            rate.setValue(DiscountInput.typedPercent(((DiscountInput.Flat) value).rate()));
            addRow("", "");
        }
        rate.setInvalid(false);
        curveError.setVisible(false);
        showKind();
    }

    private void showKind() {
        boolean curve = CURVE.equals(kind.getValue());
        rate.setVisible(!curve);
        curveEditor.setVisible(curve);
    }

    private void addRow(String tenorText, String rateText) {
        int i = nextRow++;
        TextField tenor = new TextField(i == 0 ? "Tenor (years)" : null);
        tenor.setId("curve-tenor-" + i);
        tenor.setValue(tenorText);
        tenor.setWidth("8em");
        TextField zero = new TextField(i == 0 ? "Zero rate (%)" : null);
        zero.setId("curve-rate-" + i);
        zero.setValue(rateText);
        zero.setWidth("8em");
        configure(tenor);
        configure(zero);
        TextField[] row = {tenor, zero};
        Button remove = new Button("Remove", e -> {
            rows.remove(row);
            points.remove((HorizontalLayout) e.getSource().getParent().orElseThrow());
            changed();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(tenor, zero, remove);
        line.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        rows.add(row);
        points.add(line);
    }

    private void configure(TextField field) {
        field.setValueChangeMode(mode);
        field.setMaxLength(40);
        field.addValueChangeListener(e -> {
            if (!showing) {
                changed();
            }
        });
    }

    /** Reads the fields on screen, marks what does not read, and fires the outcome. */
    private void changed() {
        input = CURVE.equals(kind.getValue()) ? readCurve() : readFlat();
        fireEvent(new DiscountChangeEvent(this, input));
    }

    private DiscountInput readFlat() {
        try {
            DiscountInput.Flat flat = DiscountInput.flat(DiscountInput.parseRate(rate.getValue()));
            rate.setInvalid(false);
            return flat;
        } catch (IllegalArgumentException e) {
            rate.setErrorMessage(e.getMessage());
            rate.setInvalid(true);
            return null;
        }
    }

    private DiscountInput readCurve() {
        List<DiscountInput.Point> read = new ArrayList<>();
        boolean valid = true;
        for (TextField[] row : rows) {
            if (row[0].getValue().isBlank() && row[1].getValue().isBlank()) {
                row[0].setInvalid(false);
                row[1].setInvalid(false);
                continue;
            }
            BigDecimal tenor = read(row[0], true);
            BigDecimal zero = read(row[1], false);
            if (tenor == null || zero == null) {
                valid = false;
                continue;
            }
            try {
                read.add(new DiscountInput.Point(tenor, zero));
            } catch (IllegalArgumentException e) {
                mark(row[0], e.getMessage());
                valid = false;
            }
        }
        if (!valid) {
            curveError.setVisible(false);
            return null;
        }
        try {
            DiscountInput.Curve curve = DiscountInput.curve(read);
            curveError.setVisible(false);
            return curve;
        } catch (IllegalArgumentException e) {
            showCurveError(e.getMessage());
            return null;
        }
    }

    private static BigDecimal read(TextField field, boolean tenor) {
        try {
            BigDecimal value = tenor ? DiscountInput.parseTenor(field.getValue()) : DiscountInput.parseRate(field.getValue());
            field.setInvalid(false);
            return value;
        } catch (IllegalArgumentException e) {
            mark(field, e.getMessage());
            return null;
        }
    }

    private static void mark(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showCurveError(String message) {
        curveError.setText(message);
        curveError.setVisible(true);
    }
}
