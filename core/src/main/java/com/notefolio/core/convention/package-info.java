/**
 * Market conventions a note's terms refer to: payment frequencies, accrual bases (day counts), business
 * days (holiday calendars by their market names, whose rules come from OpenGamma Strata, and the
 * business-day conventions that move a date off a holiday), rounding rules, and dates as epoch-day
 * integers for the schedule's hot loops. Each convention is an interface or enum with named constants
 * (a frequency a value class: its named constants and the cycles of N days);
 * the arithmetic is exact (integers and rationals), so a schedule built on it is exact to the cent.
 */
package com.notefolio.core.convention;
