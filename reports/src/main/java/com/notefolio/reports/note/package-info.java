/**
 * The note projection workbook: one note's terms (its charges and Truth in Lending box among them), the
 * assumptions as named cells, its schedule with live discounting formulas, a summary whose NPV, yield, WAL,
 * durations and totals are formulas shown beside the engine's own figures and their difference, and a payoff
 * quote on the as-of date as formulas beside core's payoff quoter.
 */
package com.notefolio.reports.note;
