package com.notefolio.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.notefolio.web.portfolio.PortfolioStore;
import com.notefolio.web.portfolio.Portfolios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Roles are enforced by the services themselves, not only by which buttons a view shows: a view bug
 * or a crafted request still cannot make an ANALYST delete a portfolio or manage users.
 */
@SpringBootTest
class ServiceRolesTest {

    @Autowired
    Portfolios portfolios;
    @Autowired
    PortfolioStore store;
    @Autowired
    UserAccounts users;

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> portfolios.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> users.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "ann", roles = "ANALYST")
    void analystsReadButCannotChange() {
        long id = store.insert("ann's view " + System.nanoTime(), null, "test");
        assertThat(portfolios.list()).extracting(p -> p.id()).contains(id);
        assertThatThrownBy(() -> portfolios.delete(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolios.rename(id, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create("eve", "a-long-password-1", Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setRole("admin", Role.ANALYST)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.find(id)).isPresent();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "ANALYST"})
    void administratorsManageUsersAndPortfolios() {
        long id = store.insert("to delete " + System.nanoTime(), null, "test");
        portfolios.rename(id, "renamed " + id);
        assertThat(store.find(id)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("renamed " + id));
        assertThatThrownBy(() -> portfolios.rename(id, "  ")).hasMessageContaining("needs a name");
        portfolios.delete(id);
        assertThat(store.find(id)).isEmpty();

        users.create("bob.analyst", "a-long-password-1", Role.ANALYST);
        assertThat(users.loadUserByUsername("bob.analyst").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ANALYST");
        assertThatThrownBy(() -> users.create("bob.analyst", "another-password-2", Role.ANALYST))
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> users.create("carol", "short", Role.ANALYST)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> users.create("<b>x</b>", "a-long-password-1", Role.ANALYST))
                .hasMessageContaining("User name");
    }

    @Test
    void theFirstAdministratorExistsWithAHashedPasswordAndIsCreatedOnlyOnce() {
        var admin = users.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain("admin-password-for-tests");
        assertThatThrownBy(() -> users.createFirstAdministrator("admin2", "a-long-password-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
