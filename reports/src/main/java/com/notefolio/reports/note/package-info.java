/**
 * The note projection workbook: one note's terms, the assumptions as named cells, its schedule with
 * live discounting formulas, and a summary whose NPV, yield, WAL, durations and totals are formulas shown
 * beside the engine's own figures and their difference.
 */
package com.notefolio.reports.note;
