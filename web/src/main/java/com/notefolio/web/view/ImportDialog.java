package com.notefolio.web.view;

import com.notefolio.core.io.InputError;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.upload.ImportOutcome;
import com.notefolio.web.upload.PortfolioFiles;
import com.notefolio.web.upload.PortfolioImport;
import com.notefolio.web.upload.ReceivedFile;
import com.notefolio.web.upload.UploadReceiver;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * ADMIN's dialog creating a portfolio from a portfolio CSV (with optional stated-schedules and rate-steps
 * CSVs) or an Excel workbook, and the index fixings and curve CSVs its floating notes read: the name, the files, and, when the files are refused, every error listed in a grid and
 * downloadable as CSV. The dialog only arranges this; receiving is {@link UploadReceiver}'s, importing
 * {@link PortfolioImport}'s. All text from the files is shown as text, never as HTML.
 */
public class ImportDialog extends Dialog {

    static final List<String> ACCEPTED = List.of(".csv", ".xlsx", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PortfolioImport imports;
    final TextField name = new TextField("Portfolio name");
    final Span notesName = new Span("No portfolio file yet");
    final Span schedulesName = new Span("No stated schedules (optional)");
    final Span rateStepsName = new Span("No rate steps (optional)");
    final Span fixingsName = new Span("No index fixings (optional)");
    final Span indexCurveName = new Span("No index curve (optional)");
    final Span drawsName = new Span("No draws (optional)");
    final Span installmentsName = new Span("No installments (optional)");
    final ImportReport report = new ImportReport("import");
    final Span message = report.message;
    final Grid<InputError> errors = report.errors;
    final Anchor download = report.download;
    final Button importButton = new Button("Import");
    private ReceivedFile notes;
    private ReceivedFile schedules;
    private ReceivedFile rateSteps;
    private ReceivedFile fixings;
    private ReceivedFile indexCurve;
    private ReceivedFile draws;
    private ReceivedFile installments;
    private Runnable onImported = () -> { };

    public ImportDialog(PortfolioImport imports, UploadReceiver receiver) {
        this.imports = imports;
        setHeaderTitle("Import portfolio");
        setWidth("min(1100px, 95vw)");
        name.setMaxLength(Portfolios.MAX_NAME);
        name.setWidthFull();
        name.setId("import-name");
        Upload notesUpload = upload(receiver, this::notesReceived, "import-notes");
        Upload schedulesUpload = upload(receiver, this::schedulesReceived, "import-schedules");
        notesName.setId("import-notes-name");
        schedulesName.setId("import-schedules-name");
        Upload rateStepsUpload = upload(receiver, this::rateStepsReceived, "import-rate-steps");
        Upload fixingsUpload = upload(receiver, this::fixingsReceived, "import-fixings");
        Upload indexCurveUpload = upload(receiver, this::indexCurveReceived, "import-index-curve");
        rateStepsName.setId("import-rate-steps-name");
        fixingsName.setId("import-fixings-name");
        indexCurveName.setId("import-index-curve-name");
        Upload drawsUpload = upload(receiver, this::drawsReceived, "import-draws");
        Upload installmentsUpload = upload(receiver, this::installmentsReceived, "import-installments");
        drawsName.setId("import-draws-name");
        installmentsName.setId("import-installments-name");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-start");
        importButton.addClickListener(e -> importFiles());
        importButton.setDisableOnClick(true);
        VerticalLayout body = new VerticalLayout(name,
                new NativeLabel("Portfolio: CSV (docs/portfolio-format.md) or .xlsx with the same columns; a sheet "
                        + "named \"schedules\" holds stated schedules"), notesUpload, notesName,
                new NativeLabel("Stated schedules CSV, if the notes are in a CSV"), schedulesUpload, schedulesName,
                new NativeLabel("Rate steps CSV (note_id,from,rate) of stepped notes, if the notes are in a CSV "
                        + "(a workbook holds them in a sheet named \"rate_steps\")"), rateStepsUpload, rateStepsName,
                new NativeLabel("Index fixings CSV (index,date,rate), needed by floating notes"), fixingsUpload,
                fixingsName,
                new NativeLabel("Index curve CSV (index,base_date,tenor_months,rate), projecting an index past its "
                        + "last fixing (without one it is held flat)"), indexCurveUpload, indexCurveName,
                new NativeLabel("Draws CSV (note_id,date,amount,kind: advance or forgiveness) of grid notes' advances "
                        + "and forgiven amounts (a workbook holds them in a sheet named \"draws\")"), drawsUpload, drawsName,
                new NativeLabel("Installments CSV (note_id,from,amount,kind: principal or payment) of notes whose "
                        + "principal or payment steps by date (a workbook holds them in a sheet named \"installments\")"),
                installmentsUpload, installmentsName,
                report);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button("Cancel", e -> close()), importButton);
        // Whichever way the dialog goes (closed, navigated away, session ended), the uploads are deleted.
        addDetachListener(e -> discardFiles());
    }

    /** Opens a dialog made with its services by the application; {@code onImported} runs after an import. */
    public static ImportDialog open(Runnable onImported) {
        ImportDialog dialog = Instantiator.get(UI.getCurrent()).getOrCreate(ImportDialog.class);
        dialog.onImported = onImported;
        dialog.open();
        return dialog;
    }

    /** Takes a received portfolio file (replacing an earlier one) and names the portfolio after it if unnamed. */
    void notesReceived(ReceivedFile file) {
        if (!isAttached()) {
            // Arrived after the dialog closed: nobody will import it.
            file.close();
            return;
        }
        close(notes);
        notes = file;
        notesName.setText(file.name());
        if (name.getValue().isBlank()) {
            String base = file.name().replaceFirst("\\.[^.]*$", "");
            name.setValue(base.length() > Portfolios.MAX_NAME ? base.substring(0, Portfolios.MAX_NAME) : base);
        }
        clearReport();
    }

    void schedulesReceived(ReceivedFile file) {
        if (!isAttached()) {
            file.close();
            return;
        }
        close(schedules);
        schedules = file;
        schedulesName.setText(file.name());
        clearReport();
    }

    /**
     * Takes a received optional file in place of {@code before} and shows its name; a file arriving after
     * the dialog closed is deleted. Returns what the dialog now holds.
     */
    private ReceivedFile replaced(ReceivedFile before, ReceivedFile file, Span shownName) {
        if (!isAttached()) {
            file.close();
            return before;
        }
        close(before);
        shownName.setText(file.name());
        clearReport();
        return file;
    }

    void rateStepsReceived(ReceivedFile file) {
        rateSteps = replaced(rateSteps, file, rateStepsName);
    }

    void fixingsReceived(ReceivedFile file) {
        fixings = replaced(fixings, file, fixingsName);
    }

    void indexCurveReceived(ReceivedFile file) {
        indexCurve = replaced(indexCurve, file, indexCurveName);
    }

    void drawsReceived(ReceivedFile file) {
        draws = replaced(draws, file, drawsName);
    }

    void installmentsReceived(ReceivedFile file) {
        installments = replaced(installments, file, installmentsName);
    }

    /** Imports the received files; on success closes, on refusal lists the errors. */
    void importFiles() {
        if (notes == null) {
            importButton.setEnabled(true);
            showError("Choose a portfolio file first.");
            return;
        }
        ImportOutcome outcome;
        try {
            outcome = imports.importPortfolio(name.getValue(),
                    new PortfolioFiles(notes, schedules, rateSteps, fixings, indexCurve, draws, installments));
        } catch (IllegalArgumentException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
            return;
        } finally {
            importButton.setEnabled(true);
        }
        name.setInvalid(false);
        if (outcome.imported()) {
            String stored = name.getValue().strip();
            close();
            Notification.show("Imported " + stored + ": " + outcome.notes() + " notes.", 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        } else {
            showReport(outcome);
        }
    }

    private void showReport(ImportOutcome outcome) {
        report.show(outcome);
    }

    private void clearReport() {
        report.clear();
    }

    private void showError(String text) {
        report.error(text);
    }

    private Upload upload(UploadReceiver receiver, SerializableConsumer<ReceivedFile> onReceived, String id) {
        return upload(receiver, onReceived, report, id);
    }

    /**
     * An upload of one CSV or workbook through {@code receiver}, its size limit and refusals (too large, of
     * the wrong type) shown in {@code report}; shared with the index-data dialog.
     */
    static Upload upload(UploadReceiver receiver, SerializableConsumer<ReceivedFile> onReceived, ImportReport report,
                         String id) {
        Upload upload = new Upload(receiver.handler(onReceived, report::error));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(receiver.maxBytes(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.addFileRejectedListener(e -> report.error(e.getErrorMessage()));
        return upload;
    }

    private void discardFiles() {
        close(notes);
        close(schedules);
        close(rateSteps);
        close(fixings);
        close(indexCurve);
        close(draws);
        close(installments);
        notes = null;
        schedules = null;
        rateSteps = null;
        fixings = null;
        indexCurve = null;
        draws = null;
        installments = null;
    }

    private static void close(ReceivedFile file) {
        if (file != null) {
            file.close();
        }
    }
}
