package com.notefolio.web.view;

import com.notefolio.core.note.NoteTerms;
import com.notefolio.web.note.NoteAnalysis;
import com.notefolio.web.note.NoteDetail;
import com.notefolio.web.note.NoteWorkbook;
import com.notefolio.web.note.Valuation;
import com.notefolio.web.security.Role;
import com.notefolio.web.view.note.DisclosurePanel;
import com.notefolio.web.view.note.MeasuresForm;
import com.notefolio.web.view.note.MeasuresPanel;
import com.notefolio.web.view.note.PayoffPanel;
import com.notefolio.web.view.note.ReconciliationPanel;
import com.notefolio.web.view.note.ScheduleGrid;
import com.notefolio.web.view.note.TermsPanel;
import com.notefolio.web.view.dashboard.SensitivityPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One note: all its terms, its measures and sensitivity ladder at the as-of date, discounting (a rate or
 * a zero curve) and price the analyst enters,
 * its Truth in Lending box, a payoff quote on a date the analyst types (the as-of date to begin with),
 * its exact schedule, the reconciliation of a stated table, and its Excel projection to download. The
 * address is {@code notes/<portfolio>/<note row>}.
 */
@Route("notes/:" + NoteDetailView.PORTFOLIO + "([0-9]{1,18})/:" + NoteDetailView.NOTE + "([0-9]{1,18})")
@RolesAllowed(Role.ANALYST_NAME)
public class NoteDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PORTFOLIO = "portfolioId";
    static final String NOTE = "noteId";

    private final NoteAnalysis analysis;
    private String title = "Note · Notefolio";
    MeasuresForm form;
    MeasuresPanel measures;
    Anchor download;
    PayoffPanel payoff;
    private com.vaadin.flow.router.QueryParameters back = com.vaadin.flow.router.QueryParameters.empty();

    public NoteDetailView(NoteAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long portfolioId = Long.parseLong(event.getRouteParameters().get(PORTFOLIO).orElseThrow());
        long noteId = Long.parseLong(event.getRouteParameters().get(NOTE).orElseThrow());
        removeAll();
        back = event.getLocation().getQueryParameters();
        Optional<NoteDetail> detail = analysis.open(portfolioId, noteId);
        if (detail.isEmpty()) {
            H2 missing = new H2("No such note");
            missing.setId("no-note");
            add(missing, new Paragraph("Portfolio " + portfolioId + " has no note " + noteId + "."),
                    new RouterLink("Back to the portfolios", PortfoliosView.class));
            return;
        }
        show(detail.get());
    }

    private void show(NoteDetail note) {
        NoteTerms terms = note.terms();
        title = terms.id() + " · Notefolio";
        H2 heading = new H2(terms.id());
        heading.setId("note-title");
        Span borrower = new Span(terms.borrower().name() + " · line " + note.line());
        borrower.setId("note-subtitle");
        // Back to the list as it was: the notes browser passed its filter and sort in the address.
        RouterLink notes = new RouterLink("Notes of the portfolio", NotesView.class, note.portfolioId());
        notes.setQueryParameters(back);
        notes.setId("back-to-notes");
        add(notes, heading, borrower);

        form = new MeasuresForm(Valuation.initial(note.position(), LocalDate.now()), terms.currency());
        form.setWidthFull();
        measures = new MeasuresPanel();
        measures.setWidthFull();
        Div sensitivity = new Div();
        sensitivity.setWidthFull();
        // A yield maintenance premium is measured on the valuation's curve: the quote follows it.
        payoff = new PayoffPanel(form.valuation().asOf(), date -> note.payoff(date, form.valuation()));
        payoff.setWidthFull();
        form.addValuationChangeListener(e -> {
            measures.show(note.measures(e.valuation()), e.valuation().price() == null);
            showLadder(sensitivity, note, e.valuation());
            payoff.refresh();
        });
        measures.show(note.measures(form.valuation()), form.valuation().price() == null);
        showLadder(sensitivity, note, form.valuation());
        download = new Anchor(workbook(note, form), "Download the Excel projection (" + NoteWorkbook.fileName(terms.id()) + ")");
        download.setId("download-projection");
        add(new H3("Measures"), form, measures, sensitivity, download);
        note.disclosure().ifPresent(box -> add(new DisclosurePanel(box, terms.currency().getCurrencyCode())));
        add(payoff);

        add(new H3("Schedule"));
        ScheduleGrid schedule = new ScheduleGrid(note.scheduleRows(), terms.currency().getCurrencyCode());
        schedule.setWidthFull();
        add(schedule);
        note.reconciliation().ifPresent(r -> add(new ReconciliationPanel(r)));

        add(new H3("Terms"), new TermsPanel(terms));
    }

    private static void showLadder(Div holder, NoteDetail note, Valuation valuation) {
        holder.removeAll();
        holder.add(new SensitivityPanel("note-sensitivity", "NPV under parallel shifts of the curve",
                note.ladder(valuation), note.terms().currency().getCurrencyCode()));
    }

    /**
     * The projection at the valuation on screen when the link is followed (the download runs outside
     * the UI's lock, so it reads the form's last valid valuation, which the form publishes safely).
     */
    private static DownloadHandler workbook(NoteDetail note, MeasuresForm form) {
        return event -> {
            event.setFileName(NoteWorkbook.fileName(note.terms().id()));
            event.setContentType(NoteWorkbook.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                NoteWorkbook.write(note, form.valuation(), out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
