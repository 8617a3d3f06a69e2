/**
 * The {@code export} command the reports module adds to the {@code notefolio} command line through
 * {@link com.notefolio.core.cli.CommandProvider}: a note projection, a portfolio projection or a scenario
 * comparison, as a workbook or as CSV files.
 */
package com.notefolio.reports.cli;
