/**
 * The portfolio projection workbook: summary KPIs by currency, the monthly cash-flow ladder with formula
 * totals and discounting, every note's measures, exposure and concentration tables with charts, and
 * every note's flows as a long table that continues on further sheets past Excel's row limit; and a list
 * of notes with their figures, as the notes browser shows it ({@link com.notefolio.reports.portfolio.NoteListWorkbook}).
 */
package com.notefolio.reports.portfolio;
