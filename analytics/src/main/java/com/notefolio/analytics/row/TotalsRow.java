package com.notefolio.analytics.row;

import com.notefolio.core.portfolio.CurrencySummary;
import com.notefolio.core.portfolio.PortfolioTotals;
import com.notefolio.core.portfolio.TotalsDeltas;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * A portfolio's totals in one currency under one scenario, as a Spark row: the core's
 * {@link com.notefolio.core.portfolio.PortfolioTotals} (with the notes its weighted yield leaves out and
 * why, the ladder's cash, defaulted principal, recoveries and expected loss) and borrower concentration,
 * and the core's deltas to the base case (0 for the base row). Carried, never computed here.
 */
public class TotalsRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Encoder<TotalsRow> encoder() {
        return Encoders.bean(TotalsRow.class);
    }

    private String scenario;
    private String currency;
    private LocalDate asOf;
    private long notes;
    private long outstandingMinor;
    private long accruedMinor;
    private long priceMinor;
    private double npv;
    private double dv01;
    private double weightedCoupon;
    private double weightedYield;
    private long notesOutOfYield;
    private String yieldExclusions;
    private double walYears;
    private double macaulayDuration;
    private double modifiedDuration;
    private double top1Share;
    private double top5Share;
    private double top10Share;
    private double herfindahl;
    private long scheduledCashMinor;
    private long defaultedMinor;
    private long recoveryMinor;
    private long expectedLossMinor;
    private double deltaNpv;
    private double deltaWeightedYield;
    private double deltaWalYears;
    private double deltaModifiedDuration;
    private long deltaScheduledCashMinor;
    /** The core's {@link CurrencySummary#floatingShare()}: outstanding principal tied to an index ÷ outstanding. */
    private double floatingShare;

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

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public long getNotes() {
        return notes;
    }

    public void setNotes(long notes) {
        this.notes = notes;
    }

    public long getOutstandingMinor() {
        return outstandingMinor;
    }

    public void setOutstandingMinor(long outstandingMinor) {
        this.outstandingMinor = outstandingMinor;
    }

    public long getAccruedMinor() {
        return accruedMinor;
    }

    public void setAccruedMinor(long accruedMinor) {
        this.accruedMinor = accruedMinor;
    }

    public long getPriceMinor() {
        return priceMinor;
    }

    public void setPriceMinor(long priceMinor) {
        this.priceMinor = priceMinor;
    }

    public double getNpv() {
        return npv;
    }

    public void setNpv(double npv) {
        this.npv = npv;
    }

    public double getDv01() {
        return dv01;
    }

    public void setDv01(double dv01) {
        this.dv01 = dv01;
    }

    public double getWeightedCoupon() {
        return weightedCoupon;
    }

    public void setWeightedCoupon(double weightedCoupon) {
        this.weightedCoupon = weightedCoupon;
    }

    public double getWeightedYield() {
        return weightedYield;
    }

    public void setWeightedYield(double weightedYield) {
        this.weightedYield = weightedYield;
    }

    /** Notes the weighted yield and durations leave out (see {@link #getYieldExclusions()}). */
    public long getNotesOutOfYield() {
        return notesOutOfYield;
    }

    public void setNotesOutOfYield(long notesOutOfYield) {
        this.notesOutOfYield = notesOutOfYield;
    }

    /** Which notes the weighted yield leaves out and why, in words; null when it counts every note. */
    public String getYieldExclusions() {
        return yieldExclusions;
    }

    public void setYieldExclusions(String yieldExclusions) {
        this.yieldExclusions = yieldExclusions;
    }

    public double getWalYears() {
        return walYears;
    }

    public void setWalYears(double walYears) {
        this.walYears = walYears;
    }

    public double getMacaulayDuration() {
        return macaulayDuration;
    }

    public void setMacaulayDuration(double macaulayDuration) {
        this.macaulayDuration = macaulayDuration;
    }

    public double getModifiedDuration() {
        return modifiedDuration;
    }

    public void setModifiedDuration(double modifiedDuration) {
        this.modifiedDuration = modifiedDuration;
    }

    public double getTop1Share() {
        return top1Share;
    }

    public void setTop1Share(double top1Share) {
        this.top1Share = top1Share;
    }

    public double getTop5Share() {
        return top5Share;
    }

    public void setTop5Share(double top5Share) {
        this.top5Share = top5Share;
    }

    public double getTop10Share() {
        return top10Share;
    }

    public void setTop10Share(double top10Share) {
        this.top10Share = top10Share;
    }

    public double getFloatingShare() {
        return floatingShare;
    }

    public void setFloatingShare(double floatingShare) {
        this.floatingShare = floatingShare;
    }

    public double getHerfindahl() {
        return herfindahl;
    }

    public void setHerfindahl(double herfindahl) {
        this.herfindahl = herfindahl;
    }

    public long getScheduledCashMinor() {
        return scheduledCashMinor;
    }

    public void setScheduledCashMinor(long scheduledCashMinor) {
        this.scheduledCashMinor = scheduledCashMinor;
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

    public long getExpectedLossMinor() {
        return expectedLossMinor;
    }

    public void setExpectedLossMinor(long expectedLossMinor) {
        this.expectedLossMinor = expectedLossMinor;
    }

    public double getDeltaNpv() {
        return deltaNpv;
    }

    public void setDeltaNpv(double deltaNpv) {
        this.deltaNpv = deltaNpv;
    }

    public double getDeltaWeightedYield() {
        return deltaWeightedYield;
    }

    public void setDeltaWeightedYield(double deltaWeightedYield) {
        this.deltaWeightedYield = deltaWeightedYield;
    }

    public double getDeltaWalYears() {
        return deltaWalYears;
    }

    public void setDeltaWalYears(double deltaWalYears) {
        this.deltaWalYears = deltaWalYears;
    }

    public double getDeltaModifiedDuration() {
        return deltaModifiedDuration;
    }

    public void setDeltaModifiedDuration(double deltaModifiedDuration) {
        this.deltaModifiedDuration = deltaModifiedDuration;
    }

    public long getDeltaScheduledCashMinor() {
        return deltaScheduledCashMinor;
    }

    public void setDeltaScheduledCashMinor(long deltaScheduledCashMinor) {
        this.deltaScheduledCashMinor = deltaScheduledCashMinor;
    }
    /** The row of one currency's summary under one case, with the core's deltas to the base case. */
    public static TotalsRow of(String scenario, LocalDate asOf, CurrencySummary s, TotalsDeltas deltas) {
        PortfolioTotals t = s.totals();
        TotalsRow r = new TotalsRow();
        r.scenario = scenario;
        r.currency = s.currency().getCurrencyCode();
        r.asOf = asOf;
        r.notes = t.notes();
        r.outstandingMinor = t.outstandingMinor();
        r.accruedMinor = t.accruedMinor();
        r.priceMinor = t.priceMinor();
        r.npv = t.npv();
        r.dv01 = t.dv01();
        r.weightedCoupon = t.weightedCoupon();
        r.weightedYield = t.weightedYield();
        r.notesOutOfYield = t.notesOutOfYield();
        r.yieldExclusions = t.yieldExclusions().isEmpty() ? null : t.yieldExclusions();
        r.walYears = t.walYears();
        r.macaulayDuration = t.macaulayDuration();
        r.modifiedDuration = t.modifiedDuration();
        r.top1Share = s.concentration().top1Share();
        r.top5Share = s.concentration().top5Share();
        r.top10Share = s.concentration().top10Share();
        r.herfindahl = s.concentration().herfindahl();
        r.floatingShare = s.floatingShare();
        r.scheduledCashMinor = t.scheduledCashMinor();
        r.defaultedMinor = t.defaultedMinor();
        r.recoveryMinor = t.recoveryMinor();
        r.expectedLossMinor = t.expectedLossMinor();
        r.deltaNpv = deltas.npv();
        r.deltaWeightedYield = deltas.weightedYield();
        r.deltaWalYears = deltas.walYears();
        r.deltaModifiedDuration = deltas.modifiedDuration();
        r.deltaScheduledCashMinor = deltas.scheduledCashMinor();
        return r;
    }
}
