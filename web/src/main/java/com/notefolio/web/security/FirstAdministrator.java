package com.notefolio.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users yet) creates the account {@code admin}: its password comes from
 * {@code NOTEFOLIO_ADMIN_PASSWORD} (setting {@code notefolio.admin-password}) or, when absent, is random
 * and printed once in the log. There is no fixed default password.
 */
@Component
@Order(0)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    public static final String USERNAME = "admin";

    private final UserAccounts users;
    private final String configuredPassword;

    public FirstAdministrator(UserAccounts users,
                              @Value("${notefolio.admin-password:${NOTEFOLIO_ADMIN_PASSWORD:}}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!configuredPassword.isEmpty()) {
            users.createFirstAdministrator(USERNAME, configuredPassword);
            LOG.info("Created the administrator account '{}' with the password from NOTEFOLIO_ADMIN_PASSWORD.", USERNAME);
            return;
        }
        String password = randomPassword();
        users.createFirstAdministrator(USERNAME, password);
        LOG.warn("Created the administrator account '{}'. Its password, shown only this once: {}", USERNAME, password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
