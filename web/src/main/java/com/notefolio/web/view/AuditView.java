package com.notefolio.web.view;

import com.notefolio.web.security.AuditEvent;
import com.notefolio.web.security.AuditTrail;
import com.notefolio.web.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** ADMIN only: the audit trail, newest first (sign-ins, user changes, imports, deletions). */
@Route("audit")
@PageTitle("Audit trail · Notefolio")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** Entries shown: the newest ones. */
    static final int SHOWN = 500;

    final Grid<AuditEvent> grid = new Grid<>();

    public AuditView(AuditTrail audit) {
        setSizeFull();
        grid.setId("audit");
        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setKey("at").setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader("Who").setKey("actor").setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader("What").setKey("action").setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader("On").setKey("target").setAutoWidth(true);
        grid.addColumn(AuditEvent::address).setHeader("From").setKey("address").setAutoWidth(true);
        grid.addColumn(AuditEvent::detail).setHeader("Detail").setKey("detail").setFlexGrow(1);
        grid.setItems(audit.recent(SHOWN));
        add(new H2("Audit trail"), grid);
        expand(grid);
    }
}
