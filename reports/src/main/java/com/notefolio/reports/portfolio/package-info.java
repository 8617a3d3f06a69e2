/**
 * The portfolio projection workbook: summary KPIs by currency, the monthly cash-flow ladder with formula
 * totals and discounting, every note's measures, exposure and concentration tables with charts, and
 * every note's flows as a long table that continues on further sheets past Excel's row limit.
 */
package com.notefolio.reports.portfolio;
