package com.notefolio.web;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Notefolio web application: {@code java -jar notefolio-web-…-app.jar} or {@code ./notefolio serve}
 * starts it on embedded defaults (H2 file database under the user's data folder, 127.0.0.1:8080).
 * Lumo is Vaadin's built-in theme: the prebuilt front-end bundle carries it, so no npm build is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme(themeClass = Lumo.class)
public class NotefolioApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        try {
            SpringApplication.run(NotefolioApplication.class, args);
        } catch (RuntimeException e) {
            // Spring Boot has reported why it did not start (a damaged database in plain words, without a
            // stack trace): exit non-zero without printing the exception a second time.
            System.exit(1);
        }
    }
}
