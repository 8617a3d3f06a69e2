/**
 * Portfolios and their notes in the database (H2 or PostgreSQL, same Flyway migrations): the stores
 * (plain JDBC; notes keep the portfolio CSV's columns), the Portfolios service with its role rules, and
 * the notes browser's engine figures ({@link com.notefolio.web.portfolio.NoteValues}: the core's measures of
 * a page's notes and the totals of a filtered set).
 */
package com.notefolio.web.portfolio;
