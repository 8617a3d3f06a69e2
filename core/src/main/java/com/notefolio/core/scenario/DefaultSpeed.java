package com.notefolio.core.scenario;

/**
 * A default speed for every note: the constant default rate (CDR) of the performing balance a year,
 * converted to a period's rate as {@link PrepaymentSpeed#periodRate} converts a CPR; the loss severity
 * (share of the defaulted balance lost); and the recovery lag in months. Defaulted principal stops paying;
 * (1 − severity) × defaulted principal is recovered {@code recoveryLagMonths} after the period it defaulted in.
 */
public record DefaultSpeed(double cdr, double severity, int recoveryLagMonths) {
}
