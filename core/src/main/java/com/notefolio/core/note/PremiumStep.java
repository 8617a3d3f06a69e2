package com.notefolio.core.note;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One step of a {@link PrepaymentPremium.StepDown}: the premium {@code rate} (a fraction of the prepaid
 * principal between 0 and 1) from the start of loan year {@code fromYear} (1 is the issue date, 2 its first
 * anniversary) or from {@code fromDate} — exactly one of the two.
 */
public record PremiumStep(Integer fromYear, LocalDate fromDate, BigDecimal rate) {

    public PremiumStep {
        if ((fromYear == null) == (fromDate == null)) {
            throw new InvalidTermsException(null, "prepayment.premium.steps", fromYear != null ? fromYear : fromDate,
                    "a step starts at a loan year or a date: give exactly one");
        }
        if (fromYear != null && (fromYear < 1 || fromYear > 100)) {
            throw new InvalidTermsException(null, "prepayment.premium.steps.from_year", fromYear,
                    "must be a loan year between 1 and 100");
        }
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidTermsException(null, "prepayment.premium.steps.rate", rate,
                    "must be a fraction of the prepaid principal between 0 and 1");
        }
    }

    public static PremiumStep fromYear(int year, BigDecimal rate) {
        return new PremiumStep(year, null, rate);
    }

    public static PremiumStep fromDate(LocalDate date, BigDecimal rate) {
        return new PremiumStep(null, date, rate);
    }

    /** The day the step starts for a note issued on {@code issue}. */
    public LocalDate start(LocalDate issue) {
        return fromDate != null ? fromDate : issue.plusYears(fromYear - 1L);
    }

    /** The step as the portfolio CSV writes it: {@code 1:0.05} (loan year 1) or {@code 2027-06-01:0.02}. */
    @Override
    public String toString() {
        return (fromYear != null ? fromYear.toString() : fromDate.toString()) + ":" + rate.toPlainString();
    }
}
