package com.notefolio.web.view;

import com.notefolio.web.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The notes of one portfolio (the browser grid comes with the notes-browser work). */
@Route("notes")
@PageTitle("Notes · Notefolio")
@RolesAllowed(Role.ANALYST_NAME)
public class NotesView extends VerticalLayout implements HasUrlParameter<Long> {

    @Override
    public void setParameter(BeforeEvent event, Long portfolioId) {
        removeAll();
        add(new H2("Notes of portfolio " + portfolioId));
    }
}
