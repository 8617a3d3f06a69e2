package com.notefolio.web.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees on a screen their role may not open (an analyst on /users): a plain
 * sentence inside the application's frame, with the way back, instead of Vaadin's bare
 * "Could not navigate" page. Someone not signed in is sent to the sign-in page before this.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        H2 title = new H2("Not allowed");
        title.setId("not-allowed");
        add(title, new Paragraph("Your role is not allowed to open /" + event.getLocation().getPath()
                + ". An administrator can change your role."), new RouterLink("Back to the portfolios", PortfoliosView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
