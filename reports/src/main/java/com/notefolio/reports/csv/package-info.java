/**
 * CSV export of the workbooks' tables — flows, measures, ladders, exposures, scenario results — for tools
 * that do not read xlsx. Text is neutralised against spreadsheet formula injection as the core's CSV
 * writers do; files appear atomically.
 */
package com.notefolio.reports.csv;
