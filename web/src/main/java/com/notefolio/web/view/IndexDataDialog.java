package com.notefolio.web.view;

import com.notefolio.core.index.ForwardCurve;
import com.notefolio.core.index.IndexFixing;
import com.notefolio.web.portfolio.PortfolioIndexData;
import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.upload.ImportOutcome;
import com.notefolio.web.upload.PortfolioImport;
import com.notefolio.web.upload.ReceivedFile;
import com.notefolio.web.upload.UploadReceiver;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.di.Instantiator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ADMIN's dialog replacing a stored portfolio's index data — the fixings CSV, the index curve CSV, or both
 * — as the rates move on: it says what the portfolio holds now (per index, its fixings and their last date,
 * and its curve), takes the new files, and hands them to {@link PortfolioImport#replaceIndexData}, which
 * replaces the data whole or refuses it (a floating note whose index the new data lacks, a bad row) with
 * every error listed here. Replacing bumps the portfolio's revision, so dashboards and what-ifs recompute.
 */
public class IndexDataDialog extends Dialog {

    private final PortfolioImport imports;
    private final Portfolios portfolios;
    final Paragraph holds = new Paragraph();
    final Span fixingsName = new Span("No fixings file");
    final Span curveName = new Span("No index curve file");
    final ImportReport report = new ImportReport("index-data");
    final Button replace = new Button("Replace index data");
    private long portfolioId;
    private String portfolioName;
    private ReceivedFile fixings;
    private ReceivedFile curve;
    private Runnable onReplaced = () -> { };

    public IndexDataDialog(PortfolioImport imports, Portfolios portfolios, UploadReceiver receiver) {
        this.imports = imports;
        this.portfolios = portfolios;
        setWidth("min(1100px, 95vw)");
        holds.setId("index-data-holds");
        fixingsName.setId("index-data-fixings-name");
        curveName.setId("index-data-curve-name");
        replace.setId("index-data-replace");
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replace.setDisableOnClick(true);
        replace.addClickListener(e -> replaceFiles());
        VerticalLayout body = new VerticalLayout(holds,
                new NativeLabel("Index fixings CSV (index,date,rate)"),
                ImportDialog.upload(receiver, this::fixingsReceived, report, "index-data-fixings"), fixingsName,
                new NativeLabel("Index curve CSV (index,base_date,tenor_months,rate), projecting an index past its "
                        + "last fixing"),
                ImportDialog.upload(receiver, this::curveReceived, report, "index-data-curve"), curveName,
                new Paragraph("The files replace the portfolio's index data whole: an index they leave out is no "
                        + "longer held, so every floating note's index must be in them."), report);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button("Cancel", e -> close()), replace);
        addDetachListener(e -> discardFiles());
    }

    /** Opens a dialog made with its services by the application for portfolio {@code p}; {@code onReplaced} runs after. */
    public static IndexDataDialog open(PortfolioListing p, Runnable onReplaced) {
        IndexDataDialog dialog = Instantiator.get(UI.getCurrent()).getOrCreate(IndexDataDialog.class);
        dialog.show(p.id(), p.name(), onReplaced);
        dialog.open();
        return dialog;
    }

    private void show(long id, String name, Runnable after) {
        portfolioId = id;
        portfolioName = name;
        onReplaced = after;
        setHeaderTitle("Index data of " + name);
        holds.setText(describe(portfolios.indexData(id)));
    }

    /** What a portfolio holds, per index: "PRIME: 15 fixings to 2024-09-19, a curve of 3 points from 2025-01-01". */
    static String describe(PortfolioIndexData data) {
        if (data.isEmpty()) {
            return "This portfolio holds no index data (its notes have fixed or stepped rates).";
        }
        List<String> parts = new ArrayList<>();
        for (String index : data.indexes()) {
            List<IndexFixing> fixings = data.fixings().stream().filter(f -> f.index().equals(index)).toList();
            String text = index + ": " + (fixings.isEmpty() ? "no fixings"
                    : String.format(Locale.ROOT, "%,d fixing%s to %s", fixings.size(), fixings.size() == 1 ? "" : "s",
                    fixings.stream().map(IndexFixing::date).max(java.util.Comparator.naturalOrder()).orElseThrow()));
            for (ForwardCurve c : data.curves()) {
                if (c.index().equals(index)) {
                    text += ", a curve of " + c.points().size() + " point" + (c.points().size() == 1 ? "" : "s")
                            + " from " + c.baseDate();
                }
            }
            parts.add(text);
        }
        return "Holds " + String.join("; ", parts) + ".";
    }

    void fixingsReceived(ReceivedFile file) {
        fixings = taken(fixings, file, fixingsName);
    }

    void curveReceived(ReceivedFile file) {
        curve = taken(curve, file, curveName);
    }

    private ReceivedFile taken(ReceivedFile before, ReceivedFile file, Span shownName) {
        if (!isAttached()) {
            file.close();
            return before;
        }
        if (before != null) {
            before.close();
        }
        shownName.setText(file.name());
        report.clear();
        return file;
    }

    void replaceFiles() {
        try {
            ImportOutcome outcome = imports.replaceIndexData(portfolioId, fixings, curve);
            if (outcome.imported()) {
                close();
                Notification.show("Replaced the index data of " + portfolioName + ".", 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onReplaced.run();
            } else {
                report.show(outcome);
            }
        } finally {
            replace.setEnabled(true);
        }
    }

    private void discardFiles() {
        for (ReceivedFile f : new ReceivedFile[] {fixings, curve}) {
            if (f != null) {
                f.close();
            }
        }
        fixings = null;
        curve = null;
    }
}
