package com.notefolio.analytics.row;

import com.notefolio.core.portfolio.LadderPeriod;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One month of a portfolio's cash-flow ladder in one currency under one scenario, in minor units: the
 * core's {@link com.notefolio.core.portfolio.LadderRow} with its cash total, as a Spark row.
 */
public class LadderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Encoder<LadderRow> encoder() {
        return Encoders.bean(LadderRow.class);
    }

    private String scenario;
    private String currency;
    private String period;
    private String month;
    private long interestMinor;
    private long principalMinor;
    private long prepaidMinor;
    private long defaultedMinor;
    private long recoveryMinor;
    private long penaltyMinor;
    /** Fees received in the month (a revolving line's commitment fee), part of the total. */
    private long feeMinor;
    private long totalMinor;
    private long closingBalanceMinor;

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The period's label: 2004-07 (month), 2004-Q3 (quarter) or 2004 (year). */
    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    /** The period's last calendar month (the month itself in a monthly ladder). */
    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public long getInterestMinor() {
        return interestMinor;
    }

    public void setInterestMinor(long interestMinor) {
        this.interestMinor = interestMinor;
    }

    public long getPrincipalMinor() {
        return principalMinor;
    }

    public void setPrincipalMinor(long principalMinor) {
        this.principalMinor = principalMinor;
    }

    public long getPrepaidMinor() {
        return prepaidMinor;
    }

    public void setPrepaidMinor(long prepaidMinor) {
        this.prepaidMinor = prepaidMinor;
    }

    public long getDefaultedMinor() {
        return defaultedMinor;
    }

    public void setDefaultedMinor(long defaultedMinor) {
        this.defaultedMinor = defaultedMinor;
    }

    public long getRecoveryMinor() {
        return recoveryMinor;
    }

    public void setRecoveryMinor(long recoveryMinor) {
        this.recoveryMinor = recoveryMinor;
    }

    public long getPenaltyMinor() {
        return penaltyMinor;
    }

    public void setPenaltyMinor(long penaltyMinor) {
        this.penaltyMinor = penaltyMinor;
    }

    public long getFeeMinor() {
        return feeMinor;
    }

    public void setFeeMinor(long feeMinor) {
        this.feeMinor = feeMinor;
    }

    public long getTotalMinor() {
        return totalMinor;
    }

    public void setTotalMinor(long totalMinor) {
        this.totalMinor = totalMinor;
    }

    public long getClosingBalanceMinor() {
        return closingBalanceMinor;
    }

    public void setClosingBalanceMinor(long closingBalanceMinor) {
        this.closingBalanceMinor = closingBalanceMinor;
    }

    public static LadderRow of(String scenario, String currency, com.notefolio.core.portfolio.LadderRow m) {
        return of(scenario, currency, LadderPeriod.MONTH, m);
    }

    /** A row of a ladder by {@code period} (rolled up by {@link LadderPeriod#rollUp}). */
    public static LadderRow of(String scenario, String currency, LadderPeriod period,
                               com.notefolio.core.portfolio.LadderRow m) {
        LadderRow r = new LadderRow();
        r.scenario = scenario;
        r.currency = currency;
        r.period = period.label(m.month());
        r.month = m.month().toString();
        r.interestMinor = m.interestMinor();
        r.principalMinor = m.principalMinor();
        r.prepaidMinor = m.prepaidMinor();
        r.defaultedMinor = m.defaultedMinor();
        r.recoveryMinor = m.recoveryMinor();
        r.penaltyMinor = m.penaltyMinor();
        r.feeMinor = m.feeMinor();
        r.totalMinor = m.totalMinor();
        r.closingBalanceMinor = m.closingBalanceMinor();
        return r;
    }
}
