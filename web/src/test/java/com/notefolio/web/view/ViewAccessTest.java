package com.notefolio.web.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.testing.KaribuViews;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Which screens each role reaches: anonymous users land on sign-in, ANALYST cannot reach users,
 * ADMIN can; the layout names the signed-in user.
 */
@SpringBootTest
class ViewAccessTest extends KaribuViews {

    @Test
    void anonymousUsersAreSentToSignIn() {
        UI.getCurrent().navigate(PortfoliosView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void analystsSeePortfoliosButNotUsers() {
        signIn("ann", "ANALYST");
        UI.getCurrent().navigate(PortfoliosView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PortfoliosView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("signed-in-user")).getText())
                .isEqualTo("ann");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Portfolios");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    void administratorsReachUsers() {
        signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UsersView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Portfolios", "Users");
    }
}
