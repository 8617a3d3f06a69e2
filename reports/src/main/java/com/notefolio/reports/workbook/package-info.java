/**
 * The building blocks every Notefolio workbook shares: one style library per workbook (currency formats by
 * the note's currency, ISO dates, percentages, headers), a typed row writer that writes users' text only
 * as string cells, streamed tables that continue on further sheets past a row limit, and atomic output
 * that disposes of SXSSF's temporary files whatever happens.
 */
package com.notefolio.reports.workbook;
