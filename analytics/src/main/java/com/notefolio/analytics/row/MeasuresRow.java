package com.notefolio.analytics.row;

import com.notefolio.core.pricer.NoteMeasures;
import com.notefolio.core.scenario.ScenarioResult;
import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * One note's measures under one scenario ({@code base} for the base case), the columns of the core's
 * {@code value} command with amounts in exact minor units, and the deltas to the base case the
 * {@code scenario} command gives (0 for the base rows).
 */
public class MeasuresRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Encoder<MeasuresRow> encoder() {
        return Encoders.bean(MeasuresRow.class);
    }

    private String noteId;
    private String scenario;
    private LocalDate asOf;
    private String currency;
    private long outstandingPrincipalMinor;
    private long accruedInterestMinor;
    private long priceMinor;
    private double npv;
    private double yield;
    private double yieldNominal;
    private double walYears;
    private double macaulayDuration;
    private double modifiedDuration;
    private double convexity;
    private double dv01;
    private double deltaNpv;
    private double deltaYield;
    private double deltaWalYears;
    private double deltaModifiedDuration;
    /** What an analyst must know before trusting the row (the core's position warnings); null when none. */
    private String warnings;
    /** The discount margin of a note whose rate reads an index; null for one that reads none. */
    private Double discountMargin;
    /** The effective duration of a note whose rate reads an index; null when not measured. */
    private Double effectiveDuration;

    public Double getDiscountMargin() {
        return discountMargin;
    }

    public void setDiscountMargin(Double discountMargin) {
        this.discountMargin = discountMargin;
    }

    public Double getEffectiveDuration() {
        return effectiveDuration;
    }

    public void setEffectiveDuration(Double effectiveDuration) {
        this.effectiveDuration = effectiveDuration;
    }

    public String getWarnings() {
        return warnings;
    }

    public void setWarnings(String warnings) {
        this.warnings = warnings;
    }

    public String getNoteId() {
        return noteId;
    }

    public void setNoteId(String noteId) {
        this.noteId = noteId;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public long getOutstandingPrincipalMinor() {
        return outstandingPrincipalMinor;
    }

    public void setOutstandingPrincipalMinor(long outstandingPrincipalMinor) {
        this.outstandingPrincipalMinor = outstandingPrincipalMinor;
    }

    public long getAccruedInterestMinor() {
        return accruedInterestMinor;
    }

    public void setAccruedInterestMinor(long accruedInterestMinor) {
        this.accruedInterestMinor = accruedInterestMinor;
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

    public double getYield() {
        return yield;
    }

    public void setYield(double yield) {
        this.yield = yield;
    }

    public double getYieldNominal() {
        return yieldNominal;
    }

    public void setYieldNominal(double yieldNominal) {
        this.yieldNominal = yieldNominal;
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

    public double getConvexity() {
        return convexity;
    }

    public void setConvexity(double convexity) {
        this.convexity = convexity;
    }

    public double getDv01() {
        return dv01;
    }

    public void setDv01(double dv01) {
        this.dv01 = dv01;
    }

    public double getDeltaNpv() {
        return deltaNpv;
    }

    public void setDeltaNpv(double deltaNpv) {
        this.deltaNpv = deltaNpv;
    }

    public double getDeltaYield() {
        return deltaYield;
    }

    public void setDeltaYield(double deltaYield) {
        this.deltaYield = deltaYield;
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
    /** The base case row of a note's measures. */
    public static MeasuresRow base(NoteMeasures m) {
        return base(m, null);
    }

    /** The base case row of a note's measures, with the position's warnings ({@code null} or empty: none). */
    public static MeasuresRow base(NoteMeasures m, String warnings) {
        MeasuresRow row = of("base", m);
        row.warnings = warnings == null || warnings.isEmpty() ? null : warnings;
        return row;
    }

    /** A scenario's row, with its deltas to the base case. */
    public static MeasuresRow of(ScenarioResult r) {
        return of(r, null);
    }

    /** A scenario's row, with its deltas to the base case and the position's warnings (the price is the same). */
    public static MeasuresRow of(ScenarioResult r, String warnings) {
        MeasuresRow row = of(r.scenario(), r.measures());
        row.warnings = warnings == null || warnings.isEmpty() ? null : warnings;
        row.deltaNpv = r.deltaNpv();
        row.deltaYield = r.deltaYield();
        row.deltaWalYears = r.deltaWalYears();
        row.deltaModifiedDuration = r.deltaModifiedDuration();
        return row;
    }

    private static MeasuresRow of(String scenario, NoteMeasures m) {
        MeasuresRow r = new MeasuresRow();
        r.noteId = m.noteId();
        r.scenario = scenario;
        r.asOf = m.asOf();
        r.currency = m.currency().getCurrencyCode();
        r.outstandingPrincipalMinor = m.outstandingPrincipalMinor();
        r.accruedInterestMinor = m.accruedInterestMinor();
        r.priceMinor = m.priceMinor();
        r.npv = m.npv();
        r.yield = m.yield();
        r.yieldNominal = m.yieldNominal();
        r.walYears = m.walYears();
        r.macaulayDuration = m.macaulayDuration();
        r.modifiedDuration = m.modifiedDuration();
        r.convexity = m.convexity();
        r.dv01 = m.dv01();
        r.discountMargin = m.discountMargin();
        r.effectiveDuration = Double.isNaN(m.effectiveDuration()) ? null : m.effectiveDuration();
        return r;
    }
}
