package com.notefolio.analytics.row;

import com.notefolio.core.portfolio.ExposureDimension;
import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

/**
 * Exposure to one group of one dimension (a borrower, a sector, a maturity bucket…) in one currency under
 * one scenario: the core's {@link com.notefolio.core.portfolio.ExposureRow} as a Spark row.
 */
public class ExposureRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Encoder<ExposureRow> encoder() {
        return Encoders.bean(ExposureRow.class);
    }

    private String scenario;
    private String currency;
    private String dimension;
    private String key;
    private long notes;
    private long outstandingMinor;
    private long accruedMinor;
    private long exposureMinor;
    private long collateralMinor;
    private double share;
    private double collateralCoverage;

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

    public String getDimension() {
        return dimension;
    }

    public void setDimension(String dimension) {
        this.dimension = dimension;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
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

    public long getExposureMinor() {
        return exposureMinor;
    }

    public void setExposureMinor(long exposureMinor) {
        this.exposureMinor = exposureMinor;
    }

    public long getCollateralMinor() {
        return collateralMinor;
    }

    public void setCollateralMinor(long collateralMinor) {
        this.collateralMinor = collateralMinor;
    }

    public double getShare() {
        return share;
    }

    public void setShare(double share) {
        this.share = share;
    }

    public double getCollateralCoverage() {
        return collateralCoverage;
    }

    public void setCollateralCoverage(double collateralCoverage) {
        this.collateralCoverage = collateralCoverage;
    }
    public static ExposureRow of(String scenario, String currency, ExposureDimension dimension,
                                 com.notefolio.core.portfolio.ExposureRow e) {
        ExposureRow r = new ExposureRow();
        r.scenario = scenario;
        r.currency = currency;
        r.dimension = dimension.name();
        r.key = e.key();
        r.notes = e.notes();
        r.outstandingMinor = e.outstandingMinor();
        r.accruedMinor = e.accruedMinor();
        r.exposureMinor = e.exposureMinor();
        r.collateralMinor = e.collateralMinor();
        r.share = e.share();
        r.collateralCoverage = e.collateralCoverage();
        return r;
    }
}
