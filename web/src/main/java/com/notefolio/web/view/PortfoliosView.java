package com.notefolio.web.view;

import com.notefolio.web.portfolio.PortfolioListing;
import com.notefolio.web.portfolio.Portfolios;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The portfolios: counts and principal per currency; open one's notes; ADMIN renames, replaces the index
 * data ({@link IndexDataDialog}) and deletes.
 * Names are shown as text (Vaadin escapes them), never as HTML.
 */
@Route("")
@RouteAlias("portfolios")
@PageTitle("Portfolios · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class PortfoliosView extends VerticalLayout {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Portfolios portfolios;
    private final boolean admin;
    final Grid<PortfolioListing> grid = new Grid<>();
    final HorizontalLayout actions = new HorizontalLayout();
    private PortfolioListing focused;

    public PortfoliosView(Portfolios portfolios, SignedInUser user) {
        this.portfolios = portfolios;
        this.admin = user.isAdmin();
        setSizeFull();
        grid.setId("portfolios");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PortfolioListing::name).setHeader("Portfolio").setKey("name").setFlexGrow(3)
                .setSortable(true).setTooltipGenerator(PortfolioListing::name);
        grid.addColumn(PortfolioListing::noteCount).setHeader("Notes").setKey("notes").setSortable(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        // Compact units (4.99M USD) keep several currencies' totals on one line; the exact figures on hover.
        grid.addColumn(PortfoliosView::principal).setHeader("Principal").setKey("principal").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setTooltipGenerator(PortfoliosView::fullPrincipal);
        // Sized to its longest source (a share of the spare width would cut one when the names are long).
        grid.addColumn(PortfolioListing::sourceFile).setHeader("Source").setKey("source").setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(PortfolioListing::sourceFile);
        grid.addColumn(p -> CREATED.format(p.createdAt()) + (p.createdBy() == null ? "" : " by " + p.createdBy()))
                .setHeader("Created").setKey("created").setAutoWidth(true).setFlexGrow(0);
        // Frozen at the right edge: on a narrow screen the other columns scroll, the actions stay in reach.
        grid.addComponentColumn(this::rowActions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addItemDoubleClickListener(e -> openNotes(e.getItem()));
        // Enter on a focused row opens its notes, as a double click does.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                openNotes(focused);
            }
        }).setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");
        actions.setId("portfolio-actions");
        if (admin) {
            Button importPortfolio = new Button("Import portfolio", e -> ImportDialog.open(this::refresh));
            importPortfolio.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importPortfolio.setId("import-portfolio");
            actions.add(importPortfolio);
        }
        add(new H2("Portfolios"), actions, grid);
        refresh();
    }

    /** Reloads the list from the database. */
    public final void refresh() {
        grid.setItems(portfolios.list());
    }

    private static String principal(PortfolioListing p) {
        return p.totals().stream().map(t -> DisplayFormat.compactMoney(t.principal(), t.currency()))
                .collect(Collectors.joining(" · "));
    }

    private static String fullPrincipal(PortfolioListing p) {
        return p.totals().stream().map(t -> DisplayFormat.money(t.principal(), t.currency()))
                .collect(Collectors.joining(" · "));
    }

    private Component rowActions(PortfolioListing p) {
        Button notes = new Button("Notes", e -> openNotes(p));
        notes.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notes.setId("open-notes-" + p.id());
        Button dashboard = new Button("Dashboard", e -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class, p.id())));
        dashboard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dashboard.setId("open-dashboard-" + p.id());
        Button whatIf = new Button("What-if", e -> getUI().ifPresent(ui -> ui.navigate(WhatIfView.class, p.id())));
        whatIf.addThemeVariants(ButtonVariant.LUMO_SMALL);
        whatIf.setId("open-whatif-" + p.id());
        HorizontalLayout row = new HorizontalLayout(notes, dashboard, whatIf);
        row.setSpacing(false);
        row.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Gap.XSMALL);
        if (admin) {
            Button rename = new Button("Rename", e -> rename(p));
            rename.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            rename.setId("rename-" + p.id());
            Button index = new Button("Index data", e -> IndexDataDialog.open(p, this::refresh));
            index.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            index.setId("index-data-" + p.id());
            index.setTooltipText("Replace the index fixings and curves its floating notes read");
            Button delete = new Button("Delete", e -> delete(p));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setId("delete-" + p.id());
            row.add(rename, index, delete);
        }
        return row;
    }

    private void openNotes(PortfolioListing p) {
        getUI().ifPresent(ui -> ui.navigate(NotesView.class, p.id()));
    }

    private void rename(PortfolioListing p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rename portfolio");
        TextField name = new TextField("Name", p.name(), "");
        name.setMaxLength(Portfolios.MAX_NAME);
        name.setWidthFull();
        name.setId("rename-name");
        Button save = new Button("Rename", e -> {
            try {
                portfolios.rename(p.id(), name.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rename-save");
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void delete(PortfolioListing p) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete portfolio");
        confirm.setText("Delete " + p.name() + " and its " + p.noteCount() + " notes? This cannot be undone.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            portfolios.delete(p.id());
            Notification.show("Deleted " + p.name() + ".", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        confirm.open();
    }
}
