package com.notefolio.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.security.AuditAction;
import com.notefolio.web.security.AuditEvent;
import com.notefolio.web.security.Role;
import com.notefolio.web.security.UserAccounts;
import com.notefolio.web.testing.KaribuViews;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/** The audit trail screen: ADMIN reads who did what, newest first; ANALYST does not reach it. */
@SpringBootTest
class AuditViewTest extends KaribuViews {

    @Autowired
    UserAccounts users;

    @Test
    void administratorsReadTheTrailNewestFirst() {
        signIn("admin", "ADMIN");
        users.create("audited.user", "a-long-password-9", Role.ANALYST);
        users.setRole("audited.user", Role.ADMIN);
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = (AuditView) UI.getCurrent().getCurrentView();
        List<AuditEvent> shown = view.grid.getGenericDataView().getItems()
                .filter(e -> "audited.user".equals(e.target())).toList();
        assertThat(shown).extracting(AuditEvent::action).containsExactly(AuditAction.ROLE_CHANGED, AuditAction.USER_CREATED);
        assertThat(shown).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(shown.get(0).detail()).isEqualTo("ANALYST → ADMIN");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Audit trail");
    }

    @Test
    void analystsDoNotReachIt() {
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(AuditView.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
