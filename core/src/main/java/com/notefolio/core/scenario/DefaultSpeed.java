package com.notefolio.core.scenario;

/**
 * A default speed for every note: the constant default rate (CDR) of the performing balance a year,
 * converted to a period's rate as {@link PrepaymentSpeed#periodRate} converts a CPR; the loss severity
 * (share of the defaulted balance lost); and the recovery lag in months. Defaulted principal stops paying;
 * (1 − severity) × defaulted principal is recovered {@code recoveryLagMonths} after the period it defaulted in.
 *
 * <p>Checked when built: the CDR and the severity are fractions in [0, 1] and the lag is 0 to 600 months;
 * {@link InvalidScenarioException} names each field ({@code cdr}, {@code severity},
 * {@code recoveryLagMonths}) that breaks its rule.
 */
public record DefaultSpeed(double cdr, double severity, int recoveryLagMonths) {

    public DefaultSpeed {
        FieldRules rules = new FieldRules();
        rules.fraction("cdr", cdr);
        rules.fraction("severity", severity);
        rules.lagMonths("recoveryLagMonths", recoveryLagMonths);
        rules.throwIfAny();
    }
}
