/**
 * Portfolios and their notes in the database (H2 or PostgreSQL, same Flyway migrations): the stores
 * (plain JDBC; notes keep the portfolio CSV's columns) and the Portfolios service with its role rules.
 */
package com.notefolio.web.portfolio;
