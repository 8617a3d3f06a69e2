/**
 * The building blocks every Notefolio workbook shares: one style library per workbook (currency formats by
 * the note's currency with accounting negatives, ISO dates, rates as percentages, basis points, input
 * cells), a typed row writer that writes users' text only as string cells and caches the engine's figure in
 * every formula cell, streamed tables that continue on further sheets past a row limit (as Excel tables
 * where asked), the Curve sheet, the Charts sheet and its bar charts, print layout, input validation,
 * document properties, the record of an export's assumptions, and atomic output that disposes of SXSSF's
 * temporary files whatever happens, through a streamed workbook whose sheets are written by a lock-free XML
 * writer and deflated on a background thread while their rows are built.
 */
package com.notefolio.reports.workbook;
