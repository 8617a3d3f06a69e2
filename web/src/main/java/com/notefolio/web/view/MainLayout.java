package com.notefolio.web.view;

import com.notefolio.web.security.SignedInUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every signed-in screen: the navigation (Users and Audit trail only for ADMIN), the signed-in user and
 * sign-out. Views pick it up through {@code @Layout}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SignedInUser user;
    private final Span who = new Span();
    private final SideNav nav = new SideNav();

    public MainLayout(SignedInUser user) {
        this.user = user;
        H1 title = new H1("Notefolio");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        who.setId("signed-in-user");
        Button signOut = new Button("Sign out", click -> user.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setAlignItems(Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        addToDrawer(nav);
    }

    /** The layout outlives navigations within a UI: show who is signed in now, and what they may open. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        who.setText(user.name() + (user.isAdmin() ? " (admin)" : ""));
        nav.removeAll();
        nav.addItem(new SideNavItem("Portfolios", PortfoliosView.class));
        if (user.isAdmin()) {
            nav.addItem(new SideNavItem("Users", UsersView.class));
            nav.addItem(new SideNavItem("Audit trail", AuditView.class));
        }
    }
}
