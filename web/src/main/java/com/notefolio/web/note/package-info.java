/**
 * One stored note worked out for the note screen: its terms resolved into the exact schedule, the
 * reconciliation of a stated table, its Truth in Lending box and payoff quote on a date, its measures for the as-of date, discount rate and price an analyst
 * enters (checked here, with a message per field), and its Excel projection. The views only show what
 * these classes return; every figure comes from the core's resolver, pricer, disclosure and payoff quoter and the reports module's
 * workbook.
 */
package com.notefolio.web.note;
