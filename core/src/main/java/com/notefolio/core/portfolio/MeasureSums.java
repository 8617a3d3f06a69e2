package com.notefolio.core.portfolio;

import com.notefolio.core.pricer.NoteMeasures;

/**
 * The running sums behind a group of notes' counts and weighted averages: the whole book of a currency
 * ({@link PortfolioTotals}) and each bucket of a stratification ({@link Stratum}) add their notes through
 * this one class, so a bucket's weighted coupon, yield and WAL follow exactly the rules of the totals:
 * coupon and WAL weighted by outstanding principal, yield and durations by market value (clean price +
 * accrued interest), a stale price or a missing yield keeping a note out of the yield and counted.
 * Mutable and package-private; a plain class with a no-argument constructor, which Spark's Kryo copies
 * field by field between executors and the driver.
 */
final class MeasureSums {

    long notes;
    long notYetIssued;
    long active;
    long matured;
    long outstanding;
    long accrued;
    long price;
    double npv;
    double dv01;
    double couponWeighted;
    double walWeighted;
    double walWeight;
    double yieldWeighted;
    double macaulayWeighted;
    double modifiedWeighted;
    double valueWeight;
    long staleYield;
    long noYield;

    /**
     * Adds one note: its status on the as-of date, its coupon in effect (a fraction), its measures and
     * whether its price is stale; {@code scale} is its currency's minor-unit digits.
     */
    void add(NoteStatus status, double coupon, NoteMeasures m, int scale, boolean stalePrice) {
        notes++;
        switch (status) {
            case NOT_YET_ISSUED -> notYetIssued++;
            case ACTIVE -> active++;
            case MATURED -> matured++;
        }
        long out = m.outstandingPrincipalMinor();
        outstanding += out;
        accrued += m.accruedInterestMinor();
        price += m.priceMinor();
        npv += m.npv();
        dv01 += m.dv01();
        couponWeighted += coupon * out;
        if (!Double.isNaN(m.walYears())) {
            walWeighted += m.walYears() * out;
            walWeight += out;
        }
        double value = (m.priceMinor() + m.accruedInterestMinor()) * Math.pow(10, -scale);
        if (stalePrice) {
            staleYield++;
        } else if (!Double.isNaN(m.yield()) && value > 0) {
            yieldWeighted += m.yield() * value;
            macaulayWeighted += m.macaulayDuration() * value;
            modifiedWeighted += m.modifiedDuration() * value;
            valueWeight += value;
        } else {
            noYield++;
        }
    }

    void merge(MeasureSums b) {
        notes += b.notes;
        notYetIssued += b.notYetIssued;
        active += b.active;
        matured += b.matured;
        outstanding += b.outstanding;
        accrued += b.accrued;
        price += b.price;
        npv += b.npv;
        dv01 += b.dv01;
        couponWeighted += b.couponWeighted;
        walWeighted += b.walWeighted;
        walWeight += b.walWeight;
        yieldWeighted += b.yieldWeighted;
        macaulayWeighted += b.macaulayWeighted;
        modifiedWeighted += b.modifiedWeighted;
        valueWeight += b.valueWeight;
        staleYield += b.staleYield;
        noYield += b.noYield;
    }

    /** Coupon weighted by outstanding principal; NaN when nothing is outstanding. */
    double weightedCoupon() {
        return outstanding == 0 ? Double.NaN : couponWeighted / outstanding;
    }

    /** Yield weighted by market value over the notes with a yield and a price that is not stale; NaN without any. */
    double weightedYield() {
        return valueWeight == 0 ? Double.NaN : yieldWeighted / valueWeight;
    }

    /** WAL weighted by outstanding principal over the notes with principal left; NaN without any. */
    double walYears() {
        return walWeight == 0 ? Double.NaN : walWeighted / walWeight;
    }

    /** The totals of these notes, with the ladder's cash, defaulted principal and recoveries. */
    PortfolioTotals totals(long scheduledCash, long defaulted, long recovered) {
        return new PortfolioTotals(notes, outstanding, accrued, price, npv, dv01, weightedCoupon(), weightedYield(),
                walYears(), valueWeight == 0 ? Double.NaN : macaulayWeighted / valueWeight,
                valueWeight == 0 ? Double.NaN : modifiedWeighted / valueWeight,
                staleYield, noYield, scheduledCash, defaulted, recovered, active, matured, notYetIssued);
    }

    /** These notes as a bucket {@code key} of a stratification whose notes have {@code totalOutstanding}. */
    Stratum stratum(String key, long totalOutstanding) {
        return new Stratum(key, notes, active, outstanding,
                totalOutstanding == 0 ? 0 : (double) outstanding / totalOutstanding,
                weightedCoupon(), weightedYield(), walYears(), staleYield + noYield);
    }
}
