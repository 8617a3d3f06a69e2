/**
 * The scenario comparison workbook: the base case and each scenario of a set side by side — portfolio
 * measures by currency with their deltas as formulas, the monthly cash-flow ladder of each scenario over
 * the base's, and every note's measures under every scenario.
 */
package com.notefolio.reports.scenario;
