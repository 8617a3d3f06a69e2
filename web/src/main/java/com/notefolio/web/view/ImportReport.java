package com.notefolio.web.view;

import com.notefolio.core.io.InputError;
import com.notefolio.core.io.InputErrorCsvWriter;
import com.notefolio.web.upload.ImportOutcome;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Why uploaded files were refused, as the import and index-data dialogs show it: a message, every listed
 * error in a grid (file, line, column, value, reason) and a download of them as CSV, formulas neutralised.
 * Ids are {@code <prefix>-message}, {@code <prefix>-errors} and {@code <prefix>-errors-download}. Text from
 * the files is shown as text, never as HTML.
 */
public class ImportReport extends VerticalLayout {

    final Span message = new Span();
    final Grid<InputError> errors = new Grid<>();
    final Anchor download = new Anchor();

    public ImportReport(String prefix) {
        setPadding(false);
        message.setId(prefix + "-message");
        errors.setId(prefix + "-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(InputError::source).setHeader("File").setKey("file").setFlexGrow(2).setResizable(true);
        errors.addColumn(e -> e.line() > 0 ? Long.toString(e.line()) : "").setHeader("Line / row").setKey("line")
                .setFlexGrow(0).setWidth("7em").setComparator(InputError::line);
        errors.addColumn(e -> e.column() != null ? e.column() : e.field()).setHeader("Column").setKey("column")
                .setFlexGrow(1).setResizable(true);
        errors.addColumn(InputError::value).setHeader("Value").setKey("value").setFlexGrow(1).setResizable(true);
        errors.addColumn(InputError::reason).setHeader("Reason").setKey("reason").setFlexGrow(4).setResizable(true);
        errors.setVisible(false);
        errors.setHeight("22em");
        download.setText("Download the errors as CSV");
        download.setId(prefix + "-errors-download");
        download.setVisible(false);
        add(message, errors, download);
    }

    /** Lists a refusal's errors, saying how many there were and that nothing was stored. */
    public void show(ImportOutcome outcome) {
        long count = outcome.errorCount();
        String text = String.format(Locale.ROOT, "The file was refused and nothing was stored: %,d error%s", count,
                count == 1 ? "." : "s.");
        if (outcome.unlistedErrors() > 0) {
            text += String.format(Locale.ROOT, " The first %,d are listed.", outcome.errors().size());
        }
        error(text);
        errors.setItems(outcome.errors());
        errors.setVisible(true);
        download.setHref(csv(outcome), AttachmentType.DOWNLOAD);
        download.setVisible(true);
    }

    /** A message in the error colour, without a list (a refused upload, a missing file). */
    public void error(String text) {
        message.setText(text);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    public void clear() {
        message.setText("");
        errors.setItems(List.of());
        errors.setVisible(false);
        download.setVisible(false);
    }

    /** The listed errors as CSV (formulas neutralised), with a last line counting those not listed. */
    private static DownloadHandler csv(ImportOutcome outcome) {
        return event -> {
            event.setFileName("import-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                InputErrorCsvWriter writer = InputErrorCsvWriter.to(out);
                outcome.errors().forEach(writer::write);
                if (outcome.unlistedErrors() > 0) {
                    writer.write(InputError.inColumn(outcome.errors().get(0).source(), 0, null, null,
                            outcome.unlistedErrors() + " more errors, not listed"));
                }
                writer.commit();
            }
        };
    }
}
