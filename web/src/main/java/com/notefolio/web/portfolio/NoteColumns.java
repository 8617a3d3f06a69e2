package com.notefolio.web.portfolio;

import com.notefolio.analytics.row.NoteRow;
import com.notefolio.core.io.PortfolioCsvReader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The mapping between table {@code note} and {@link NoteRow}, the portfolio CSV's columns as exact
 * text: the one place that knows the column list (the rate columns included; the CSV's {@code index} is
 * {@code rate_index} here). The row's terms are then read by the core's one mapping, through
 * {@link NoteRow#toPosition()}. Decimals come back without the trailing zeros of
 * the column's scale, so {@code 150000.0000} reads as {@code 150000} and the core accepts it for a
 * two-decimal currency.
 */
final class NoteColumns {

    /** The CSV columns, in insert order; {@code portfolio_id}, {@code line} and {@code events_of_default} come first. */
    static final List<String> CSV = List.of("note_id", "principal", "annual_rate", "issue_date", "maturity_date",
            "amortization", "currency", "first_payment_date", "frequency", "day_count", "payment",
            "amortization_months", "payment_rounding", "interest_rounding", "borrower", "borrower_address",
            "lender", "lender_address", "sector", "region", "rating", "secured", "collateral", "collateral_value",
            "price", "prepayment_allowed", "prepayment_penalty", "lockout_until", "cure_days", "default_rate",
            "accelerates", "collection_costs_payable", "governing_law", "odd_days",
            // The rate columns (PortfolioCsvReader.RATE_COLUMNS), the CSV's `index` as rate_index (reserved in SQL).
            "rate_kind", "rate_index", "spread", "multiplier", "reset_frequency", "first_reset_date", "lookback_days",
            "periodic_cap", "periodic_floor", "lifetime_cap", "lifetime_floor", "rate_rounding", "rate_rounding_mode",
            "conversion_date", "converted_rate", "max_lawful_rate", "payment_on_reset", "negative_amortization_cap",
            // The roll (PortfolioCsvReader.SCHEDULE_COLUMNS), the CSV's `calendar` as business_calendar, and the lookback's calendar.
            "business_calendar", "business_day_convention", "accrual_dates", "payment_day", "lookback_calendar",
            // A floating part's options (V7).
            "negative_rates", "reset_timing",
            // The repayment structure's columns (PortfolioCsvReader.STRUCTURE_COLUMNS, V8); its draws and
            // stepped installments are in tables note_draw and installment_step.
            "disbursement_date", "first_principal_date", "deferral_through", "deferred_interest",
            // A revolving line's fee and a demand note (V9); the line's repayments are note_draw rows.
            "commitment_fee", "payable_on_demand",
            // A principal cycle apart from the interest cycle (V12).
            "principal_frequency");

    /**
     * The charge columns (PortfolioCsvReader.CHARGE_COLUMNS: V10, the periodic fee's V11), after {@link #CSV}, named
     * as the CSV names them.
     */
    static final List<String> CHARGES = PortfolioCsvReader.CHARGE_COLUMNS;

    /**
     * The charge columns that hold text as the CSV writes it: the late charge's and periodic fee's amounts among them, since the
     * terms keep an amount's scale as given and a numeric column would return its own.
     */
    private static final java.util.Set<String> TEXT = java.util.Set.of(PortfolioCsvReader.PREMIUM_STEPS,
            PortfolioCsvReader.SAVINGS_CLAUSE, PortfolioCsvReader.LATE_CHARGE_AMOUNT, PortfolioCsvReader.LATE_CHARGE_MAX,
            PortfolioCsvReader.PRECOMPUTED_INTEREST, PortfolioCsvReader.CLOSING_FEES, PortfolioCsvReader.PERIODIC_FEE_AMOUNT);

    /**
     * A price given as a percentage of the outstanding principal ({@code 98.5%}) is held in
     * {@code price_percent}, after the CSV columns, and {@code price} is then empty.
     */
    static final String INSERT = "insert into note (portfolio_id, line, events_of_default, " + String.join(", ", CSV)
            + ", " + String.join(", ", CHARGES) + ", price_percent) values (?, ?, ?"
            + ", ?".repeat(CSV.size() + CHARGES.size()) + ", ?)";

    private NoteColumns() {
    }

    /** The insert parameters of one note, in {@link #INSERT}'s order: its row's columns, the charges among them. */
    static Object[] values(long portfolioId, int line, String events, NoteRow r) {
        Object[] values = csvValues(portfolioId, line, events, r);
        int at = 3 + CSV.size();
        Object[] all = new Object[values.length + CHARGES.size()];
        System.arraycopy(values, 0, all, 0, at);
        for (String column : CHARGES) {
            Object v = r.column(column);
            all[at++] = v instanceof String text && !TEXT.contains(column) ? new BigDecimal(text) : v;
        }
        all[at] = values[values.length - 1];
        return all;
    }

    /** The parameters of the CSV columns and the price percentage, in {@link #INSERT}'s order without the charges. */
    private static Object[] csvValues(long portfolioId, int line, String events, NoteRow r) {
        return new Object[] {portfolioId, line, events, r.getNoteId(), decimal(r.getPrincipal()),
                decimal(r.getAnnualRate()), date(r.getIssueDate()), date(r.getMaturityDate()), r.getAmortization(),
                r.getCurrency(), date(r.getFirstPaymentDate()), r.getFrequency(), r.getDayCount(),
                decimal(r.getPayment()), r.getAmortizationMonths(), r.getPaymentRounding(), r.getInterestRounding(),
                r.getBorrower(), r.getBorrowerAddress(), r.getLender(), r.getLenderAddress(), r.getSector(),
                r.getRegion(), r.getRating(), r.getSecured(), r.getCollateral(), decimal(r.getCollateralValue()),
                percent(r.getPrice()) ? null : decimal(r.getPrice()), r.getPrepaymentAllowed(), decimal(r.getPrepaymentPenalty()),
                date(r.getLockoutUntil()), r.getCureDays(), decimal(r.getDefaultRate()), r.getAccelerates(),
                r.getCollectionCostsPayable(), r.getGoverningLaw(), r.getOddDays(),
                r.getRateKind(), r.getIndex(), decimal(r.getSpread()), decimal(r.getMultiplier()),
                r.getResetFrequency(), date(r.getFirstResetDate()), r.getLookbackDays(), decimal(r.getPeriodicCap()),
                decimal(r.getPeriodicFloor()), decimal(r.getLifetimeCap()), decimal(r.getLifetimeFloor()),
                decimal(r.getRateRounding()), r.getRateRoundingMode(), date(r.getConversionDate()),
                decimal(r.getConvertedRate()), decimal(r.getMaxLawfulRate()), r.getPaymentOnReset(),
                decimal(r.getNegativeAmortizationCap()),
                r.getCalendar(), r.getBusinessDayConvention(), r.getAccrualDates(), r.getPaymentDay(), r.getLookbackCalendar(),
                r.getNegativeRates(), r.getResetTiming(),
                date(r.getDisbursementDate()), date(r.getFirstPrincipalDate()), date(r.getDeferralThrough()),
                r.getDeferredInterest(), decimal(r.getCommitmentFee()), r.getPayableOnDemand(), r.getPrincipalFrequency(),
                percent(r.getPrice()) ? decimal(r.getPrice().substring(0, r.getPrice().length() - 1)) : null};
    }

    /** The row of the result set's current note (stated payments, rate steps, draws and installments are read separately). */
    static NoteRow row(ResultSet rs) throws SQLException {
        NoteRow r = new NoteRow();
        r.setNoteId(rs.getString("note_id"));
        r.setPrincipal(text(rs.getBigDecimal("principal")));
        r.setAnnualRate(text(rs.getBigDecimal("annual_rate")));
        r.setIssueDate(localDate(rs.getDate("issue_date")));
        r.setMaturityDate(localDate(rs.getDate("maturity_date")));
        r.setAmortization(rs.getString("amortization"));
        r.setCurrency(rs.getString("currency"));
        r.setFirstPaymentDate(localDate(rs.getDate("first_payment_date")));
        r.setFrequency(rs.getString("frequency"));
        r.setDayCount(rs.getString("day_count"));
        r.setPayment(text(rs.getBigDecimal("payment")));
        r.setAmortizationMonths(integer(rs, "amortization_months"));
        r.setPaymentRounding(rs.getString("payment_rounding"));
        r.setInterestRounding(rs.getString("interest_rounding"));
        r.setBorrower(rs.getString("borrower"));
        r.setBorrowerAddress(rs.getString("borrower_address"));
        r.setLender(rs.getString("lender"));
        r.setLenderAddress(rs.getString("lender_address"));
        r.setSector(rs.getString("sector"));
        r.setRegion(rs.getString("region"));
        r.setRating(rs.getString("rating"));
        r.setSecured(bool(rs, "secured"));
        r.setCollateral(rs.getString("collateral"));
        r.setCollateralValue(text(rs.getBigDecimal("collateral_value")));
        BigDecimal percent = rs.getBigDecimal("price_percent");
        r.setPrice(percent != null ? text(percent) + "%" : text(rs.getBigDecimal("price")));
        r.setPrepaymentAllowed(bool(rs, "prepayment_allowed"));
        r.setPrepaymentPenalty(text(rs.getBigDecimal("prepayment_penalty")));
        r.setLockoutUntil(localDate(rs.getDate("lockout_until")));
        r.setCureDays(integer(rs, "cure_days"));
        r.setDefaultRate(text(rs.getBigDecimal("default_rate")));
        r.setAccelerates(bool(rs, "accelerates"));
        r.setCollectionCostsPayable(bool(rs, "collection_costs_payable"));
        r.setGoverningLaw(rs.getString("governing_law"));
        r.setOddDays(rs.getString("odd_days"));
        r.setRateKind(rs.getString("rate_kind"));
        r.setIndex(rs.getString("rate_index"));
        r.setSpread(text(rs.getBigDecimal("spread")));
        r.setMultiplier(text(rs.getBigDecimal("multiplier")));
        r.setResetFrequency(rs.getString("reset_frequency"));
        r.setFirstResetDate(localDate(rs.getDate("first_reset_date")));
        r.setLookbackDays(integer(rs, "lookback_days"));
        r.setPeriodicCap(text(rs.getBigDecimal("periodic_cap")));
        r.setPeriodicFloor(text(rs.getBigDecimal("periodic_floor")));
        r.setLifetimeCap(text(rs.getBigDecimal("lifetime_cap")));
        r.setLifetimeFloor(text(rs.getBigDecimal("lifetime_floor")));
        r.setRateRounding(text(rs.getBigDecimal("rate_rounding")));
        r.setRateRoundingMode(rs.getString("rate_rounding_mode"));
        r.setConversionDate(localDate(rs.getDate("conversion_date")));
        r.setConvertedRate(text(rs.getBigDecimal("converted_rate")));
        r.setMaxLawfulRate(text(rs.getBigDecimal("max_lawful_rate")));
        r.setPaymentOnReset(rs.getString("payment_on_reset"));
        r.setNegativeAmortizationCap(text(rs.getBigDecimal("negative_amortization_cap")));
        r.setCalendar(rs.getString("business_calendar"));
        r.setBusinessDayConvention(rs.getString("business_day_convention"));
        r.setAccrualDates(rs.getString("accrual_dates"));
        r.setPaymentDay(integer(rs, "payment_day"));
        r.setLookbackCalendar(rs.getString("lookback_calendar"));
        r.setNegativeRates(rs.getString("negative_rates"));
        r.setResetTiming(rs.getString("reset_timing"));
        r.setDisbursementDate(localDate(rs.getDate("disbursement_date")));
        r.setFirstPrincipalDate(localDate(rs.getDate("first_principal_date")));
        r.setDeferralThrough(localDate(rs.getDate("deferral_through")));
        r.setDeferredInterest(rs.getString("deferred_interest"));
        r.setCommitmentFee(text(rs.getBigDecimal("commitment_fee")));
        r.setPayableOnDemand(bool(rs, "payable_on_demand"));
        r.setPrincipalFrequency(rs.getString("principal_frequency"));
        r.setPremiumSteps(rs.getString("premium_steps"));
        r.setYieldMaintenanceSpread(text(rs.getBigDecimal("yield_maintenance_spread")));
        r.setYieldMaintenanceFloor(text(rs.getBigDecimal("yield_maintenance_floor")));
        r.setOpenMonths(integer(rs, "open_months"));
        r.setLateChargeRate(text(rs.getBigDecimal("late_charge_rate")));
        r.setLateChargeAmount(rs.getString("late_charge_amount"));
        r.setLateChargeGraceDays(integer(rs, "late_charge_grace_days"));
        r.setLateChargeMax(rs.getString("late_charge_max"));
        r.setDefaultMargin(text(rs.getBigDecimal("default_margin")));
        r.setSavingsClause(rs.getString("savings_clause"));
        r.setPrecomputedInterest(rs.getString("precomputed_interest"));
        r.setClosingFees(rs.getString("closing_fees"));
        r.setPeriodicFeeAmount(rs.getString("periodic_fee_amount"));
        r.setPeriodicFeeRate(text(rs.getBigDecimal("periodic_fee_rate")));
        return r;
    }

    /** Whether a price's text is a percentage of the outstanding principal (the core's {@code Price.text()}). */
    private static boolean percent(String price) {
        return price != null && price.endsWith("%");
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static String text(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
