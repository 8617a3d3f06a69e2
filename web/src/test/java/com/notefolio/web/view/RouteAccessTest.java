package com.notefolio.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.web.testing.KaribuViews;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every screen as anonymous, ANALYST and ADMIN. The table names each route with the least role that
 * may open it; a new screen fails {@link #everyRouteIsInTheTable} until it is added here, so no screen
 * ships without its access being decided and tested.
 */
@SpringBootTest
class RouteAccessTest extends KaribuViews {

    private enum Least { ANYONE, ANALYST, ADMIN }

    /** An address of each route (with a parameter where it takes one) and the least role it needs. */
    private static final Map<String, Least> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("login", Least.ANYONE);
        ROUTES.put("", Least.ANALYST);
        ROUTES.put("portfolios", Least.ANALYST);
        ROUTES.put("notes/1", Least.ANALYST);
        ROUTES.put("notes/1/1", Least.ANALYST);
        ROUTES.put("whatif/1", Least.ANALYST);
        ROUTES.put("dashboard/1", Least.ANALYST);
        ROUTES.put("users", Least.ADMIN);
        ROUTES.put("audit", Least.ADMIN);
    }

    @Test
    void everyRouteIsInTheTable() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        Set<Class<?>> tabled = ROUTES.keySet().stream().map(r -> (Class<?>) target(r)).collect(Collectors.toSet());
        Set<Class<?>> registered = routes.getAvailableRoutes().stream().map(r -> (Class<?>) r.getNavigationTarget())
                .collect(Collectors.toSet());
        assertThat(tabled).containsAll(registered);
    }

    @Test
    void anonymousVisitorsOnlyReachSignIn() {
        ROUTES.forEach((route, least) -> assertReaches(route, least == Least.ANYONE));
    }

    @Test
    void analystsReachEverythingButAdministration() {
        signIn("ann", "ANALYST");
        ROUTES.forEach((route, least) -> assertReaches(route, least != Least.ADMIN));
    }

    @Test
    void administratorsReachEverything() {
        signIn("admin", "ADMIN");
        ROUTES.forEach((route, least) -> assertReaches(route, true));
    }

    /** Whether opening the address shows its own screen (rather than sign-in or an access-denied error). */
    private static void assertReaches(String route, boolean allowed) {
        UI.getCurrent().navigate(route);
        Class<?> shown = UI.getCurrent().getCurrentView().getClass();
        if (allowed) {
            assertThat(shown).as(route).isEqualTo(target(route));
        } else {
            assertThat(shown).as(route).isNotEqualTo(target(route));
        }
    }

    private static Class<? extends Component> target(String route) {
        return RouteConfiguration.forApplicationScope().getRoute(route)
                .orElseThrow(() -> new AssertionError("no route " + route));
    }
}
