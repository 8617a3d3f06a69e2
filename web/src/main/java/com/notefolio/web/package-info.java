/**
 * The web application: Spring Boot + Vaadin. Sub-packages: {@code portfolio} (portfolios and notes in
 * the database), {@code upload} (importing portfolio files), {@code security} (users, roles, sign-in),
 * {@code view} (the screens), {@code cli} (the serve command).
 */
package com.notefolio.web;
