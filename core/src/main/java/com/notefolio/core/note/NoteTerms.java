package com.notefolio.core.note;

import com.notefolio.core.convention.DayCount;
import com.notefolio.core.convention.DayCounts;
import com.notefolio.core.convention.Frequency;
import com.notefolio.core.convention.RoundingRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;

/**
 * Everything a promissory note says, as an immutable value that is valid once built: the parties and
 * the borrower's attributes used for exposure (sector, region, rating), the principal in its currency,
 * the rate ({@link RateTerms}: fixed, stepped, floating or a conversion, with {@link #annualRate()} its
 * initial rate, a fraction: 0.12 is 12%), the maximum lawful rate that caps it and the {@link SavingsClause}
 * saying what becomes of interest above it, what a level payment does
 * when the rate changes ({@link PaymentOnReset}) and the cap on a kept payment's negative amortization, the dated (issue) date, first payment and maturity
 * dates, the payment frequency, how it amortizes and accrues (with the {@link OddDays} rule of a PERIODIC
 * stub), the rounding rules, and its prepayment,
 * default, security and governing-law terms, the first principal date of a note that pays interest only
 * before it amortizes ({@code null}: principal from the first due date), and the {@link ScheduleConventions} its schedule is rolled and
 * its level payment computed by (US lenders' by default; an ACTUS contract states its own), and its
 * {@link StructureTerms}: a disbursement date, the advances of a grid note, a payment deferral and amounts
 * forgiven ({@link StructureTerms#NONE} when the note states none), and the {@link ClosingFee}s paid at
 * closing (none by default), and the {@link PrecomputedInterest} of an add-on note, whose interest is fixed up
 * front and rebated on an early payoff ({@code null}: simple interest on the balance, every note before it),
 * the {@link PeriodicFee} charged with each installment ({@code null}: none), and the principal frequency of a
 * note that repays principal on a cycle of its own (ACTUS's {@code cycleOfPrincipalRedemption} beside
 * {@code cycleOfInterestPayment}: principal monthly, interest quarterly), rolled from the first principal date
 * ({@code null}: principal on the interest due dates).
 * Build it with {@link #builder(String)}.
 *
 * <p>Absent optional text (address, sector, region, rating, governing law) is {@code null}.
 */
public record NoteTerms(
        String id,
        Party borrower,
        Party lender,
        String sector,
        String region,
        String rating,
        MonetaryAmount principal,
        BigDecimal annualRate,
        LocalDate issueDate,
        LocalDate firstPaymentDate,
        LocalDate maturityDate,
        Frequency frequency,
        Amortization amortization,
        MonetaryAmount statedPayment,
        Integer amortizationMonths,
        List<StatedPayment> statedSchedule,
        DayCount accrualBasis,
        OddDays oddDays,
        RoundingRule paymentRounding,
        RoundingRule interestRounding,
        PrepaymentTerms prepayment,
        DefaultTerms defaults,
        SecurityTerms security,
        String governingLaw,
        RateTerms rate,
        BigDecimal maxLawfulRate,
        PaymentOnReset paymentOnReset,
        BigDecimal negativeAmortizationCap,
        LocalDate firstPrincipalDate,
        ScheduleConventions conventions,
        StructureTerms structure,
        SavingsClause savingsClause,
        List<ClosingFee> fees,
        PrecomputedInterest precomputed,
        PeriodicFee periodicFee,
        Frequency principalFrequency) {

    /** The longest schedule a note may have: 100 years of monthly payments. */
    public static final int MAX_PERIODS = 1200;
    /** Rates are exact decimals of at most this many places, so interest is exact in 64-bit integers. */
    public static final int MAX_RATE_DECIMALS = 10;
    private static final BigDecimal MAX_RATE = BigDecimal.ONE;
    private static final BigDecimal MAX_PRINCIPAL = new BigDecimal("1000000000000");

    public NoteTerms {
        if (id == null || id.isBlank()) {
            throw new InvalidTermsException(id, "id", id, "is required");
        }
        id = id.strip();
        if (id.length() > 100) {
            throw new InvalidTermsException(id, "id", id, "must be at most 100 characters");
        }
        if (borrower == null) {
            throw new InvalidTermsException(id, "borrower", null, "is required");
        }
        lender = lender == null ? Party.named("") : lender;
        sector = blankToNull(sector);
        region = blankToNull(region);
        rating = blankToNull(rating);
        governingLaw = blankToNull(governingLaw);
        if (principal == null) {
            throw new InvalidTermsException(id, "principal", null, "is required");
        }
        CurrencyUnit currency = principal.getCurrency();
        BigDecimal principalValue = decimal(principal);
        if (principalValue.signum() <= 0) {
            throw new InvalidTermsException(id, "principal", principalValue, "must be positive");
        }
        if (principalValue.compareTo(MAX_PRINCIPAL) > 0) {
            throw new InvalidTermsException(id, "principal", principalValue, "must be at most 1,000,000,000,000");
        }
        requireMinorUnits(id, "principal", principal);
        if (annualRate == null && rate == null) {
            throw new InvalidTermsException(id, "annual_rate", null, "is required");
        }
        if (annualRate == null) {
            annualRate = rate.initialRate();
        }
        // Only a floating rate that allows negative rates may start below zero; its terms checked the bound.
        boolean signedTerms = rate != null && rate.initialRate().signum() < 0;
        if ((annualRate.signum() < 0 && !signedTerms) || annualRate.compareTo(MAX_RATE) > 0) {
            throw new InvalidTermsException(id, "annual_rate", annualRate, "must be a fraction between 0 and 1 (12% is 0.12)");
        }
        annualRate = annualRate.signum() == 0 ? BigDecimal.ZERO : annualRate.stripTrailingZeros();
        if (annualRate.scale() > MAX_RATE_DECIMALS) {
            throw new InvalidTermsException(id, "annual_rate", annualRate, "may have at most " + MAX_RATE_DECIMALS + " decimals");
        }
        if (rate == null) {
            rate = new RateTerms.Fixed(annualRate);
        } else if (rate.initialRate().compareTo(annualRate) != 0) {
            throw new InvalidTermsException(id, "annual_rate", annualRate, "must be the rate terms' initial rate "
                    + rate.initialRate().toPlainString());
        }
        if (maxLawfulRate != null) {
            if (maxLawfulRate.signum() <= 0 || maxLawfulRate.compareTo(MAX_RATE) > 0
                    || maxLawfulRate.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
                throw new InvalidTermsException(id, "max_lawful_rate", maxLawfulRate, "must be a fraction above 0 and at most 1, of at most "
                        + MAX_RATE_DECIMALS + " decimals");
            }
            maxLawfulRate = maxLawfulRate.stripTrailingZeros();
        }
        fees = fees == null ? List.of() : List.copyOf(fees);
        long feesMinor = 0;
        long principalMinor = principalValue.movePointRight(currency.getDefaultFractionDigits()).longValue();
        for (int i = 0; i < fees.size(); i++) {
            ClosingFee fee = fees.get(i);
            if (fee.amount() != null) {
                requireMinorUnits(id, "fees[" + (i + 1) + "].amount", Money.of(fee.amount(), currency));
            }
            feesMinor += fee.minor(principalMinor, currency.getDefaultFractionDigits());
        }
        if (feesMinor >= principalMinor && !fees.isEmpty()) {
            throw new InvalidTermsException(id, "fees", feesMinor, "the closing fees (in minor units) take the whole principal");
        }
        savingsClause = savingsClause == null ? SavingsClause.NOT_CHARGED : savingsClause;
        if (savingsClause != SavingsClause.NOT_CHARGED && maxLawfulRate == null) {
            throw new InvalidTermsException(id, "savings_clause", savingsClause, "applies to interest above the maximum"
                    + " lawful rate: give max_lawful_rate too");
        }
        paymentOnReset = paymentOnReset == null ? PaymentOnReset.REAMORTIZE : paymentOnReset;
        if (negativeAmortizationCap != null) {
            if (paymentOnReset != PaymentOnReset.KEEP_PAYMENT) {
                throw new InvalidTermsException(id, "negative_amortization_cap", negativeAmortizationCap,
                        "applies to a note that keeps its payment (payment_on_reset KEEP_PAYMENT) only");
            }
            if (negativeAmortizationCap.compareTo(BigDecimal.ONE) < 0 || negativeAmortizationCap.compareTo(BigDecimal.TEN) > 0
                    || negativeAmortizationCap.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
                throw new InvalidTermsException(id, "negative_amortization_cap", negativeAmortizationCap,
                        "must be a multiple of the principal between 1 and 10 (115% is 1.15), of at most "
                                + MAX_RATE_DECIMALS + " decimals");
            }
            negativeAmortizationCap = negativeAmortizationCap.stripTrailingZeros();
        }
        if (issueDate == null) {
            throw new InvalidTermsException(id, "issue_date", null, "is required");
        }
        if (maturityDate == null) {
            throw new InvalidTermsException(id, "maturity_date", null, "is required");
        }
        if (frequency == null) {
            throw new InvalidTermsException(id, "frequency", null, "is required");
        }
        if (amortization == null) {
            throw new InvalidTermsException(id, "amortization", null, "is required");
        }
        if (!maturityDate.isAfter(issueDate)) {
            throw new InvalidTermsException(id, "maturity_date", maturityDate, "must be after the issue date " + issueDate);
        }
        try {
            RateTerms.checkDates(rate, issueDate, maturityDate);
        } catch (InvalidTermsException e) {
            throw e.forNote(id);
        }
        if (paymentOnReset == PaymentOnReset.KEEP_PAYMENT && amortization != Amortization.LEVEL_PAYMENT) {
            throw new InvalidTermsException(id, "payment_on_reset", paymentOnReset, "keeping the payment applies to LEVEL_PAYMENT notes only");
        }
        if (amortization == Amortization.BULLET) {
            if (frequency != Frequency.AT_MATURITY) {
                throw new InvalidTermsException(id, "frequency", frequency, "a BULLET note pays once, so its frequency must be AT_MATURITY");
            }
        }
        statedSchedule = statedSchedule == null ? List.of() : List.copyOf(statedSchedule);
        if (amortization == Amortization.STATED) {
            if (statedSchedule.isEmpty()) {
                throw new InvalidTermsException(id, "stated_schedule", "none", "a STATED note needs its schedule of dated payments");
            }
            if (firstPaymentDate == null) {
                firstPaymentDate = statedSchedule.get(0).dueDate();
            }
        } else {
            if (!statedSchedule.isEmpty()) {
                throw new InvalidTermsException(id, "stated_schedule", statedSchedule.size() + " payments", "only a STATED note has a stated schedule");
            }
        }
        if (firstPaymentDate == null) {
            firstPaymentDate = frequency.isRegular()
                    ? frequency.plusPeriods(issueDate, 1)
                    : maturityDate;
            if (firstPaymentDate.isAfter(maturityDate)) {
                firstPaymentDate = maturityDate;
            }
        }
        if (!firstPaymentDate.isAfter(issueDate)) {
            throw new InvalidTermsException(id, "first_payment_date", firstPaymentDate, "must be after the issue date " + issueDate);
        }
        if (firstPaymentDate.isAfter(maturityDate)) {
            throw new InvalidTermsException(id, "first_payment_date", firstPaymentDate, "must not be after the maturity date " + maturityDate);
        }
        if (frequency == Frequency.AT_MATURITY) {
            if (!firstPaymentDate.equals(maturityDate)) {
                throw new InvalidTermsException(id, "first_payment_date", firstPaymentDate, "a note paying AT_MATURITY has its only payment on the maturity date " + maturityDate);
            }
        } else {
            // Month-based rolls count whole months; day-based ones their nominal periods in the days (days ÷ N for a cycle).
            long periods = frequency.rollsByMonths()
                    ? ChronoUnit.MONTHS.between(firstPaymentDate, maturityDate) / frequency.months()
                    : ChronoUnit.DAYS.between(firstPaymentDate, maturityDate) * frequency.periodsPerYearNumerator()
                            / (365L * frequency.periodsPerYearDenominator());
            if (periods >= MAX_PERIODS) {
                throw new InvalidTermsException(id, "maturity_date", maturityDate, "the schedule may have at most " + MAX_PERIODS + " periods");
            }
        }
        accrualBasis = accrualBasis == null ? DayCounts.PERIODIC : accrualBasis;
        RateTerms.Floating floating = rate.floatingPart();
        if (floating != null && floating.resetTiming() == RateTerms.Floating.ResetTiming.ON_RESET_DATE
                && accrualBasis == DayCounts.PERIODIC) {
            throw new InvalidTermsException(id, "rate.reset_timing", floating.resetTiming(), "splits a period at a reset "
                    + "by its days, and the PERIODIC basis counts none (a period is 1/12 of a year whatever its days): "
                    + "give the note a day-count basis (ACT/360, ACT/365F, 30/360, ...) or reset FROM_NEXT_PERIOD");
        }
        // PERIODIC's year fraction of a period is its whole months, which a weekly or semi-monthly period
        // has none of: a weekly PERIODIC note's interest is rate ÷ 52 (PeriodInterest), but a floating rate's
        // measures (the discount margin) weigh each period by that fraction, so they need a day-count basis.
        boolean dayBasedPeriodic = accrualBasis == DayCounts.PERIODIC && frequency.isRegular() && !frequency.rollsByMonths()
                && amortization != Amortization.STATED;
        if (floating != null && dayBasedPeriodic) {
            throw new InvalidTermsException(id, "accrual_basis", accrualBasis.code(), "a floating " + frequency + " note "
                    + "needs a day-count basis (ACT/360, ACT/365F, 30/360, ...): PERIODIC counts a period's year "
                    + "fraction in whole months, and a " + frequency + " period is not one");
        }
        oddDays = oddDays == null ? OddDays.WHOLE_PERIOD : oddDays;
        if (oddDays instanceof OddDays.ByDays) {
            if (accrualBasis != DayCounts.PERIODIC) {
                throw new InvalidTermsException(id, "odd_days", oddDays.code(), "applies to PERIODIC notes only; "
                        + "a " + accrualBasis.code() + " note already accrues every period by its days");
            }
            if (amortization == Amortization.STATED || !frequency.rollsByMonths()) {
                throw new InvalidTermsException(id, "odd_days", oddDays.code(), "applies to a schedule rolled at a "
                        + "regular frequency; a " + (amortization == Amortization.STATED ? "STATED" : frequency)
                        + " note's periods are not, so give it a day-count basis instead");
            }
        }
        conventions = conventions == null ? ScheduleConventions.US_LENDER : conventions;
        if (conventions.paymentDay() > 0 && frequency.days() > 0 && amortization != Amortization.STATED) {
            // A day of the month cannot hold a roll by days (7, 14, 28, a cycle of N): each due date falls on another day.
            throw new InvalidTermsException(id, "payment_day", conventions.paymentDay(), "is a day of the month, and a "
                    + frequency + " frequency rolls by " + frequency.days() + " days from the first payment date: "
                    + "leave payment_day out or give the note a monthly-based frequency");
        }
        if (conventions.paymentDay() > 0 && amortization != Amortization.STATED && frequency.isRegular()
                && firstPaymentDate.getDayOfMonth() != Math.min(conventions.paymentDay(), firstPaymentDate.lengthOfMonth())
                && !firstPaymentDate.equals(maturityDate)) {
            throw new InvalidTermsException(id, "first_payment_date", firstPaymentDate, "is not on the payment day "
                    + conventions.paymentDay() + " (capped at the month's length, "
                    + firstPaymentDate.withDayOfMonth(Math.min(conventions.paymentDay(), firstPaymentDate.lengthOfMonth()))
                    + ")");
        }
        if (conventions.annuity() == ScheduleConventions.Annuity.ACCRUAL_FRACTIONS && dayBasedPeriodic) {
            throw new InvalidTermsException(id, "annuity", conventions.annuity(), "weighs each period by its year "
                    + "fraction, which PERIODIC counts in whole months and a " + frequency + " period is not: give the "
                    + "note a day-count basis, or the PERIODIC_RATE annuity (rate ÷ " + frequency.periodsPerYearText() + ")");
        }
        if (conventions.lastPeriod() == ScheduleConventions.LastPeriod.LONG && oddDays instanceof OddDays.ByDays) {
            throw new InvalidTermsException(id, "last_period", conventions.lastPeriod(), "a long last period applies with whole "
                    + "periods or a day-count basis; odd days " + oddDays.code() + " count a stub of at most one period");
        }
        paymentRounding = paymentRounding == null ? RoundingRule.HALF_UP : paymentRounding;
        interestRounding = interestRounding == null ? RoundingRule.HALF_UP : interestRounding;

        if (statedPayment != null) {
            // A CONSTANT_PRINCIPAL note's stated amount is its principal installment (ACTUS LAM's nextPrincipalRedemptionPayment).
            if (amortization != Amortization.LEVEL_PAYMENT && amortization != Amortization.CONSTANT_PRINCIPAL) {
                throw new InvalidTermsException(id, "payment", decimal(statedPayment).toPlainString(), "a stated regular payment applies to LEVEL_PAYMENT notes only, "
                        + "or states a CONSTANT_PRINCIPAL note's principal installment");
            }
            requireSameCurrency(id, "payment", statedPayment, currency);
            if (decimal(statedPayment).signum() <= 0) {
                throw new InvalidTermsException(id, "payment", decimal(statedPayment).toPlainString(), "must be positive");
            }
            requireMinorUnits(id, "payment", statedPayment);
        }
        if (firstPrincipalDate != null) {
            if (amortization != Amortization.LEVEL_PAYMENT && amortization != Amortization.CONSTANT_PRINCIPAL) {
                throw new InvalidTermsException(id, "first_principal_date", firstPrincipalDate,
                        "an interest-only lead-in applies to LEVEL_PAYMENT and CONSTANT_PRINCIPAL notes only");
            }
            // On a principal cycle of its own the first principal date may come before the first interest date.
            LocalDate earliest = principalFrequency == null ? firstPaymentDate : issueDate.plusDays(1);
            if (firstPrincipalDate.isBefore(earliest) || firstPrincipalDate.isAfter(maturityDate)) {
                throw new InvalidTermsException(id, "first_principal_date", firstPrincipalDate, "must be between "
                        + (principalFrequency == null ? "the first payment date " + firstPaymentDate
                        : "the day after the issue date " + earliest) + " and the maturity date " + maturityDate);
            }
            if (firstPrincipalDate.equals(firstPaymentDate)) {
                firstPrincipalDate = null; // no lead-in: the same note
            }
        }
        if (principalFrequency != null) {
            requirePrincipalCycle(id, principalFrequency, frequency, amortization, structure, accrualBasis, conventions,
                    issueDate, maturityDate, firstPaymentDate, firstPrincipalDate);
        }
        if (amortizationMonths != null) {
            if (amortization != Amortization.LEVEL_PAYMENT) {
                throw new InvalidTermsException(id, "amortization_months", amortizationMonths, "an amortization term applies to LEVEL_PAYMENT notes only");
            }
            if (amortizationMonths <= 0 || amortizationMonths > MAX_PERIODS) {
                throw new InvalidTermsException(id, "amortization_months", amortizationMonths, "must be between 1 and " + MAX_PERIODS);
            }
            if (!frequency.rollsByMonths()) {
                // A term in months is no whole number of weekly or semi-monthly periods to amortize over.
                throw new InvalidTermsException(id, "amortization_months", amortizationMonths, "applies to notes that pay "
                        + "by whole months; a " + frequency + " note amortizes to its maturity date");
            }
            if (amortizationMonths % frequency.months() != 0) {
                throw new InvalidTermsException(id, "amortization_months", amortizationMonths, "must be a whole number of " + frequency + " periods");
            }
        }
        if (amortization == Amortization.LEVEL_PAYMENT || amortization == Amortization.CONSTANT_PRINCIPAL) {
            if (!frequency.isRegular()) {
                throw new InvalidTermsException(id, "frequency", frequency, amortization + " needs a regular payment frequency");
            }
        }
        if (amortization == Amortization.STATED) {
            validateStatedSchedule(id, statedSchedule, issueDate, maturityDate, principalValue, currency);
        }

        prepayment = prepayment == null ? PrepaymentTerms.FREELY : prepayment;
        if (prepayment.penaltyRate().signum() < 0 || prepayment.penaltyRate().compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidTermsException(id, "prepayment_penalty", prepayment.penaltyRate(), "must be a fraction of the prepaid principal between 0 and 1");
        }
        defaults = defaults == null ? DefaultTerms.STANDARD : defaults;
        if (defaults.cureDays() < 0 || defaults.cureDays() > 3650) {
            throw new InvalidTermsException(id, "cure_days", defaults.cureDays(), "must be between 0 and 3650 days");
        }
        if (defaults.defaultRate() != null) {
            if (defaults.defaultRate().signum() < 0 || defaults.defaultRate().compareTo(MAX_RATE) > 0) {
                throw new InvalidTermsException(id, "default_rate", defaults.defaultRate(), "must be a fraction between 0 and 1");
            }
        }
        structure = (structure == null ? StructureTerms.NONE : structure)
                .validated(id, issueDate, firstPaymentDate, maturityDate, principalValue, currency, amortization);
        if (savingsClause == SavingsClause.APPLIED_TO_PRINCIPAL && structure.isPresent()) {
            // The excess is credited against the installments the note bills; a structured note's rows that pay
            // nothing scheduled (advances, a deferral, a revolving line's repayments) bill none to credit it from.
            throw new InvalidTermsException(id, "savings_clause", "applied_to_principal", "applies the interest above the"
                    + " cap to the installments billed: not for a note with a disbursement date, advances, a deferral,"
                    + " forgiveness, stepped installments, a revolving line or payment on demand");
        }
        if (periodicFee != null) {
            if (periodicFee.amount() != null) {
                requireMinorUnits(id, "periodic_fee_amount", Money.of(periodicFee.amount(), currency));
            }
            if (structure.isPresent() || precomputed != null) {
                // Such notes have rows that pay nothing scheduled, or installments fixed when made: no fee column rule.
                throw new InvalidTermsException(id, periodicFee.amount() != null ? "periodic_fee_amount" : "periodic_fee_rate",
                        periodicFee.amount() != null ? periodicFee.amount() : periodicFee.annualRate(), "a periodic fee is"
                        + " charged with the installments of a plain note: not with a disbursement date, advances, a"
                        + " deferral, forgiveness, stepped installments, a revolving line, payment on demand or"
                        + " precomputed interest");
            }
        }
        if (precomputed != null) {
            requirePrecomputable(id, precomputed, rate, maxLawfulRate, amortization, statedPayment, amortizationMonths,
                    firstPrincipalDate, negativeAmortizationCap, structure, principalFrequency);
        }
        security = security == null ? SecurityTerms.UNSECURED : security;
        if (security.collateralValue() != null) {
            requireSameCurrency(id, "collateral_value", security.collateralValue(), currency);
            if (decimal(security.collateralValue()).signum() < 0) {
                throw new InvalidTermsException(id, "collateral_value", decimal(security.collateralValue()).toPlainString(), "must not be negative");
            }
        }
    }

    /** The terms on US lenders' {@link ScheduleConventions#US_LENDER conventions}: the form before ACTUS conventions. */
    public NoteTerms(String id, Party borrower, Party lender, String sector, String region, String rating,
                     MonetaryAmount principal, BigDecimal annualRate, LocalDate issueDate, LocalDate firstPaymentDate,
                     LocalDate maturityDate, Frequency frequency, Amortization amortization, MonetaryAmount statedPayment,
                     Integer amortizationMonths, List<StatedPayment> statedSchedule, DayCount accrualBasis, OddDays oddDays,
                     RoundingRule paymentRounding, RoundingRule interestRounding, PrepaymentTerms prepayment,
                     DefaultTerms defaults, SecurityTerms security, String governingLaw, RateTerms rate,
                     BigDecimal maxLawfulRate, PaymentOnReset paymentOnReset, BigDecimal negativeAmortizationCap) {
        this(id, borrower, lender, sector, region, rating, principal, annualRate, issueDate, firstPaymentDate,
                maturityDate, frequency, amortization, statedPayment, amortizationMonths, statedSchedule, accrualBasis,
                oddDays, paymentRounding, interestRounding, prepayment, defaults, security, governingLaw, rate,
                maxLawfulRate, paymentOnReset, negativeAmortizationCap, null, null, null, null, null, null, null, null);
    }

    /** The terms with a fixed rate {@code annualRate} and no maximum lawful rate: the form before rate terms. */
    public NoteTerms(String id, Party borrower, Party lender, String sector, String region, String rating,
                     MonetaryAmount principal, BigDecimal annualRate, LocalDate issueDate, LocalDate firstPaymentDate,
                     LocalDate maturityDate, Frequency frequency, Amortization amortization, MonetaryAmount statedPayment,
                     Integer amortizationMonths, List<StatedPayment> statedSchedule, DayCount accrualBasis, OddDays oddDays,
                     RoundingRule paymentRounding, RoundingRule interestRounding, PrepaymentTerms prepayment,
                     DefaultTerms defaults, SecurityTerms security, String governingLaw) {
        this(id, borrower, lender, sector, region, rating, principal, annualRate, issueDate, firstPaymentDate,
                maturityDate, frequency, amortization, statedPayment, amortizationMonths, statedSchedule, accrualBasis,
                oddDays, paymentRounding, interestRounding, prepayment, defaults, security, governingLaw, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /**
     * Whether every period accrues at the one fixed {@link #annualRate()}: a fixed rate that no maximum
     * lawful rate lowers. The schedule of such a note needs no index data.
     */
    public boolean hasSingleRate() {
        return rate instanceof RateTerms.Fixed && (maxLawfulRate == null || maxLawfulRate.compareTo(annualRate) >= 0);
    }

    /**
     * Where the principal cycle ({@link #principalFrequency()}) is rolled from: the first principal date, else a
     * stepped note's first installment, else the first payment date.
     */
    public LocalDate principalCycleAnchor() {
        return principalCycleAnchor(firstPrincipalDate, structure, firstPaymentDate);
    }

    private static LocalDate principalCycleAnchor(LocalDate firstPrincipalDate, StructureTerms structure,
                                                  LocalDate firstPaymentDate) {
        if (firstPrincipalDate != null) {
            return firstPrincipalDate;
        }
        if (structure != null && !structure.installments().isEmpty()) {
            return structure.installments().get(0).from();
        }
        return firstPaymentDate;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding these terms, to change a few and build anew. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public CurrencyUnit currency() {
        return principal.getCurrency();
    }

    /**
     * The closing fees in minor units on a balance of {@code fundedMinor} (the principal, or a grid note's first
     * advance): each a stated amount or its rate of the balance rounded half up. What the lender advances net of
     * them is the amount financed of the Truth in Lending box and the start of the yield including fees.
     */
    public long closingFeesMinor(long fundedMinor) {
        long total = 0;
        for (ClosingFee fee : fees) {
            total += fee.minor(fundedMinor, currencyDigits());
        }
        return total;
    }

    /** Digits after the point of this note's currency: amounts are exact at this scale. */
    public int currencyDigits() {
        return principal.getCurrency().getDefaultFractionDigits();
    }

    /** The number of a decimal amount exactly, as a {@link BigDecimal}. */
    public static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }

    /**
     * Refuses a principal cycle that makes no sense: it needs a regular interest frequency and a regular
     * principal one, both rolling by months (the ACTUS cycles P1M to P1Y), and principal that a date of its own
     * can retire: CONSTANT_PRINCIPAL (the principal ÷ the principal dates, or its stated installment) or stepped
     * installments ({@link StructureTerms#installments()}, ACTUS LAX). A level payment of interest and principal
     * due on different dates is no one payment, so it is refused, as are a stated table and a bullet.
     */
    private static void requirePrincipalCycle(String id, Frequency principalFrequency, Frequency frequency,
                                              Amortization amortization, StructureTerms structure,
                                              DayCount accrualBasis, ScheduleConventions conventions,
                                              LocalDate issueDate, LocalDate maturityDate,
                                              LocalDate firstPaymentDate, LocalDate firstPrincipalDate) {
        String field = "principal_frequency";
        if (!principalFrequency.isRegular() || !principalFrequency.rollsByMonths()) {
            throw new InvalidTermsException(id, field, principalFrequency, "must roll by whole months (MONTHLY to"
                    + " ANNUAL, P1M to P1Y)");
        }
        if (!frequency.isRegular() || !frequency.rollsByMonths()) {
            throw new InvalidTermsException(id, field, principalFrequency, "needs an interest frequency that rolls by"
                    + " whole months, not " + frequency);
        }
        boolean stepped = structure != null && !structure.installments().isEmpty();
        if (amortization != Amortization.CONSTANT_PRINCIPAL && !(amortization == Amortization.INTEREST_ONLY && stepped)) {
            throw new InvalidTermsException(id, field, principalFrequency, "applies to CONSTANT_PRINCIPAL notes and to"
                    + " INTEREST_ONLY notes with stepped installments; a " + amortization + " note's principal is"
                    + " paid with its interest (a level payment needs one payment date)");
        }
        if (stepped && structure.installments().stream().anyMatch(s -> s.kind() == InstallmentStep.Kind.PAYMENT)) {
            throw new InvalidTermsException(id, field, principalFrequency, "stepped installments of a whole payment"
                    + " need the interest on the same dates: state them as principal");
        }
        if (accrualBasis == DayCounts.PERIODIC) {
            // A principal date between interest dates splits the period, and PERIODIC counts no days to split it by.
            throw new InvalidTermsException(id, field, principalFrequency, "splits interest periods at its principal"
                    + " dates, and the PERIODIC basis counts no days: give the note a day-count basis (ACT/360,"
                    + " ACT/365F, 30/360, ...)");
        }
        if (conventions.businessDays().movesDates()) {
            throw new InvalidTermsException(id, field, principalFrequency, "is rolled on calendar dates: a business-day"
                    + " adjustment (" + conventions.businessDays() + ") of its dates is not built");
        }
        LocalDate anchor = principalCycleAnchor(firstPrincipalDate, structure, firstPaymentDate);
        if (!anchor.isAfter(issueDate)) {
            throw new InvalidTermsException(id, field, principalFrequency, "is anchored on " + anchor + ", not after the"
                    + " issue date " + issueDate);
        }
        if (!anchor.isBefore(maturityDate)) {
            throw new InvalidTermsException(id, field, principalFrequency, "has no principal date before the maturity"
                    + " date " + maturityDate + " (its cycle is anchored on " + anchor + ")");
        }
    }

    /**
     * Refuses what precomputed interest cannot go with: its finance charge is fixed when the note is made, on n
     * equal installments, so no rate that changes, no other amortization, no stated or longer-term payment, no
     * lead-in, no structure (disbursement, advances, deferral, forgiveness, stepped installments, a revolving line,
     * payment on demand).
     */
    private static void requirePrecomputable(String id, PrecomputedInterest precomputed, RateTerms rate,
                                             BigDecimal maxLawfulRate, Amortization amortization,
                                             MonetaryAmount statedPayment, Integer amortizationMonths,
                                             LocalDate firstPrincipalDate, BigDecimal negativeAmortizationCap,
                                             StructureTerms structure, Frequency principalFrequency) {
        String field = "precomputed_interest";
        String value = precomputed.code();
        if (!(rate instanceof RateTerms.Fixed)) {
            throw new InvalidTermsException(id, field, value, "precomputed interest is fixed when the note is made: it needs"
                    + " a fixed rate (the add-on rate), not a " + RateKind.of(rate).label() + " rate");
        }
        if (maxLawfulRate != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note's rate is an add-on rate, which a"
                    + " maximum lawful rate on the balance does not cap: leave max_lawful_rate out");
        }
        if (amortization != Amortization.LEVEL_PAYMENT) {
            throw new InvalidTermsException(id, field, value, "a precomputed note pays its total in equal installments:"
                    + " its amortization must be LEVEL_PAYMENT, not " + amortization);
        }
        if (statedPayment != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note's installment is its total of payments"
                    + " ÷ the installments: leave payment out");
        }
        if (amortizationMonths != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note pays its total over its own"
                    + " installments: leave amortization_months out");
        }
        if (firstPrincipalDate != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note has no interest-only lead-in:"
                    + " leave first_principal_date out");
        }
        if (negativeAmortizationCap != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note's payment never changes:"
                    + " leave negative_amortization_cap out");
        }
        if (principalFrequency != null) {
            throw new InvalidTermsException(id, field, value, "a precomputed note pays principal with each installment:"
                    + " leave principal_frequency out");
        }
        if (structure.isPresent()) {
            throw new InvalidTermsException(id, field, value, "a precomputed note lends its principal once and pays"
                    + " every installment: it cannot have a disbursement date, advances, a deferral, forgiveness, stepped"
                    + " installments, a revolving line or be payable on demand");
        }
    }

    private static void validateStatedSchedule(String id, List<StatedPayment> schedule, LocalDate issue,
                                               LocalDate maturity, BigDecimal principal, CurrencyUnit currency) {
        if (schedule.size() > MAX_PERIODS) {
            throw new InvalidTermsException(id, "stated_schedule", schedule.size() + " payments", "may have at most " + MAX_PERIODS + " payments");
        }
        LocalDate previous = issue;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            StatedPayment p = schedule.get(i);
            String field = "stated_schedule[" + (i + 1) + "]";
            if (!p.dueDate().isAfter(previous)) {
                throw new InvalidTermsException(id, field + ".due_date", p.dueDate(), "must be after " + (i == 0 ? "the issue date " : "the previous due date ") + previous);
            }
            requireSameCurrency(id, field + ".payment", p.amount(), currency);
            requireMinorUnits(id, field + ".payment", p.amount());
            BigDecimal amount = decimal(p.amount());
            if (amount.signum() <= 0) {
                throw new InvalidTermsException(id, field + ".payment", amount, "must be positive");
            }
            total = total.add(amount);
            previous = p.dueDate();
        }
        if (!previous.equals(maturity)) {
            throw new InvalidTermsException(id, "maturity_date", maturity, "must be the last stated due date " + previous);
        }
        if (total.compareTo(principal) < 0) {
            int digits = currency.getDefaultFractionDigits();
            throw new InvalidTermsException(id, "stated_schedule", total.setScale(digits),
                    "the stated payments do not retire the principal " + principal.setScale(digits).toPlainString());
        }
    }

    private static void requireSameCurrency(String id, String field, MonetaryAmount amount, CurrencyUnit currency) {
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidTermsException(id, field, amount.getCurrency().getCurrencyCode(), "must be in the note's currency " + currency.getCurrencyCode());
        }
    }

    private static void requireMinorUnits(String id, String field, MonetaryAmount amount) {
        BigDecimal value = decimal(amount);
        int digits = amount.getCurrency().getDefaultFractionDigits();
        if (value.scale() > digits && value.stripTrailingZeros().scale() > digits) {
            throw new InvalidTermsException(id, field, value, "must be a whole number of minor units (" + digits + " decimals in " + amount.getCurrency().getCurrencyCode() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A mutable builder of {@link NoteTerms}; {@link #build()} validates. Defaults: USD, MONTHLY, PERIODIC, HALF_UP. */
    public static final class Builder {
        private String id;
        private Party borrower;
        private Party lender;
        private String sector;
        private String region;
        private String rating;
        private CurrencyUnit currency;
        private BigDecimal principal;
        private BigDecimal annualRate;
        private LocalDate issueDate;
        private LocalDate firstPaymentDate;
        private LocalDate maturityDate;
        private Frequency frequency = Frequency.MONTHLY;
        private Amortization amortization;
        private BigDecimal statedPayment;
        private Integer amortizationMonths;
        private final List<StatedPaymentDraft> statedSchedule = new ArrayList<>();
        private DayCount accrualBasis = DayCounts.PERIODIC;
        private OddDays oddDays = OddDays.WHOLE_PERIOD;
        private RoundingRule paymentRounding = RoundingRule.HALF_UP;
        private RoundingRule interestRounding = RoundingRule.HALF_UP;
        private PrepaymentTerms prepayment = PrepaymentTerms.FREELY;
        private DefaultTerms defaults = DefaultTerms.STANDARD;
        private boolean secured;
        private String collateral;
        private BigDecimal collateralValue;
        private String governingLaw;
        private RateTerms rate;
        private BigDecimal maxLawfulRate;
        private SavingsClause savingsClause = SavingsClause.NOT_CHARGED;
        private List<ClosingFee> fees = List.of();
        private PaymentOnReset paymentOnReset = PaymentOnReset.REAMORTIZE;
        private BigDecimal negativeAmortizationCap;
        private ScheduleConventions conventions = ScheduleConventions.US_LENDER;
        private LocalDate firstPrincipalDate;
        private StructureTerms structure = StructureTerms.NONE;
        private PrecomputedInterest precomputed;
        private PeriodicFee periodicFee;
        private Frequency principalFrequency;

        private record StatedPaymentDraft(LocalDate dueDate, BigDecimal amount) {
        }

        private Builder(String id) {
            this.id = id;
        }

        private Builder(NoteTerms t) {
            id = t.id;
            borrower = t.borrower;
            lender = t.lender;
            sector = t.sector;
            region = t.region;
            rating = t.rating;
            currency = t.currency();
            principal = decimal(t.principal);
            rate = t.rate;
            maxLawfulRate = t.maxLawfulRate;
            savingsClause = t.savingsClause;
            fees = t.fees;
            periodicFee = t.periodicFee;
            paymentOnReset = t.paymentOnReset;
            negativeAmortizationCap = t.negativeAmortizationCap;
            conventions = t.conventions;
            firstPrincipalDate = t.firstPrincipalDate;
            structure = t.structure;
            precomputed = t.precomputed;
            principalFrequency = t.principalFrequency;
            issueDate = t.issueDate;
            firstPaymentDate = t.firstPaymentDate;
            maturityDate = t.maturityDate;
            frequency = t.frequency;
            amortization = t.amortization;
            statedPayment = t.statedPayment == null ? null : decimal(t.statedPayment);
            amortizationMonths = t.amortizationMonths;
            t.statedSchedule.forEach(p -> statedSchedule.add(new StatedPaymentDraft(p.dueDate(), decimal(p.amount()))));
            accrualBasis = t.accrualBasis;
            oddDays = t.oddDays;
            paymentRounding = t.paymentRounding;
            interestRounding = t.interestRounding;
            prepayment = t.prepayment;
            defaults = t.defaults;
            secured = t.security.secured();
            collateral = t.security.collateral();
            collateralValue = t.security.collateralValue() == null ? null : decimal(t.security.collateralValue());
            governingLaw = t.governingLaw;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder borrower(Party borrower) {
            this.borrower = borrower;
            return this;
        }

        public Builder borrower(String name) {
            return borrower(Party.named(name));
        }

        public Builder lender(Party lender) {
            this.lender = lender;
            return this;
        }

        public Builder lender(String name) {
            return lender(Party.named(name));
        }

        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder rating(String rating) {
            this.rating = rating;
            return this;
        }

        public Builder currency(CurrencyUnit currency) {
            this.currency = currency;
            return this;
        }

        /** The currency by ISO 4217 code; an unknown code fails naming the field. */
        public Builder currency(String code) {
            try {
                this.currency = Monetary.getCurrency(code.strip());
            } catch (UnknownCurrencyException | NullPointerException e) {
                throw new InvalidTermsException(id, "currency", code, "is not an ISO 4217 currency code");
            }
            return this;
        }

        public Builder principal(BigDecimal principal) {
            this.principal = principal;
            return this;
        }

        public Builder principal(String principal) {
            return principal(new BigDecimal(principal));
        }

        /** A fixed rate (replacing any rate terms set before). */
        public Builder annualRate(BigDecimal annualRate) {
            this.annualRate = annualRate;
            this.rate = null;
            return this;
        }

        /** The rate terms of any kind (replacing a fixed rate set before); the annual rate is their initial rate. */
        public Builder rate(RateTerms rate) {
            this.rate = rate;
            this.annualRate = null;
            return this;
        }

        /** The highest rate the law allows the note to charge; it caps the rate of every kind. */
        public Builder maxLawfulRate(String rate) {
            this.maxLawfulRate = rate == null ? null : new BigDecimal(rate);
            return this;
        }

        /** The fee charged with each installment ({@link PeriodicFee}); {@code null} for none. */
        public Builder periodicFee(PeriodicFee fee) {
            this.periodicFee = fee;
            return this;
        }

        /** What the savings clause does with interest above the maximum lawful rate ({@link SavingsClause}). */
        /** Fees paid at closing, in cash or financed; none by default. */
        public Builder fees(List<ClosingFee> fees) {
            this.fees = fees;
            return this;
        }

        public Builder savingsClause(SavingsClause clause) {
            this.savingsClause = clause;
            return this;
        }

        /**
         * The most a kept payment's balance may grow to, as a multiple of the original principal (1.15 is
         * 115%); reaching it recasts the payment. See {@link PaymentOnReset#KEEP_PAYMENT}.
         */
        public Builder negativeAmortizationCap(String multiple) {
            this.negativeAmortizationCap = multiple == null ? null : new BigDecimal(multiple);
            return this;
        }

        /** What a level payment does when the rate changes; {@link PaymentOnReset#REAMORTIZE} by default. */
        public Builder paymentOnReset(PaymentOnReset paymentOnReset) {
            this.paymentOnReset = paymentOnReset;
            return this;
        }

        /** How the schedule is rolled and a level payment computed; {@link ScheduleConventions#US_LENDER} by default. */
        public Builder conventions(ScheduleConventions conventions) {
            this.conventions = conventions;
            return this;
        }

        /**
         * The due date of the first principal repayment of a note that pays interest only before it: the level
         * payment (or constant principal) is computed from then over the periods left; {@code null}, the default,
         * for principal from the first due date.
         */
        public Builder firstPrincipalDate(LocalDate date) {
            this.firstPrincipalDate = date;
            return this;
        }

        /**
         * The cycle principal is repaid on when it is not the interest's ({@link #frequency}), rolled from the first
         * principal date (or the first payment date); {@code null}, the default, for principal on the interest dates.
         */
        public Builder principalFrequency(Frequency principalFrequency) {
            this.principalFrequency = principalFrequency;
            return this;
        }

        /** The disbursement date, advances, deferral and forgiveness; {@link StructureTerms#NONE} by default. */
        public Builder structure(StructureTerms structure) {
            this.structure = structure;
            return this;
        }

        /**
         * Precomputed (add-on) interest rebated by {@code method} on an early payoff; {@code null}, the default, for
         * simple interest on the balance.
         */
        public Builder precomputed(PrecomputedInterest method) {
            this.precomputed = method;
            return this;
        }

        public Builder annualRate(String annualRate) {
            return annualRate(new BigDecimal(annualRate));
        }

        public Builder issueDate(LocalDate issueDate) {
            this.issueDate = issueDate;
            return this;
        }

        public Builder firstPaymentDate(LocalDate firstPaymentDate) {
            this.firstPaymentDate = firstPaymentDate;
            return this;
        }

        public Builder maturityDate(LocalDate maturityDate) {
            this.maturityDate = maturityDate;
            return this;
        }

        public Builder frequency(Frequency frequency) {
            this.frequency = frequency;
            return this;
        }

        public Builder amortization(Amortization amortization) {
            this.amortization = amortization;
            return this;
        }

        public Builder statedPayment(BigDecimal statedPayment) {
            this.statedPayment = statedPayment;
            return this;
        }

        public Builder amortizationMonths(Integer amortizationMonths) {
            this.amortizationMonths = amortizationMonths;
            return this;
        }

        public Builder addStatedPayment(LocalDate dueDate, BigDecimal amount) {
            statedSchedule.add(new StatedPaymentDraft(dueDate, amount));
            return this;
        }

        public Builder clearStatedSchedule() {
            statedSchedule.clear();
            return this;
        }

        /** How a PERIODIC note charges a first or last period that is not whole; see {@link OddDays}. */
        public Builder oddDays(OddDays oddDays) {
            this.oddDays = oddDays;
            return this;
        }

        public Builder accrualBasis(DayCount accrualBasis) {
            this.accrualBasis = accrualBasis;
            return this;
        }

        public Builder paymentRounding(RoundingRule paymentRounding) {
            this.paymentRounding = paymentRounding;
            return this;
        }

        public Builder interestRounding(RoundingRule interestRounding) {
            this.interestRounding = interestRounding;
            return this;
        }

        public Builder prepayment(PrepaymentTerms prepayment) {
            this.prepayment = prepayment;
            return this;
        }

        public Builder defaults(DefaultTerms defaults) {
            this.defaults = defaults;
            return this;
        }

        public Builder security(boolean secured, String collateral, BigDecimal collateralValue) {
            this.secured = secured;
            this.collateral = collateral;
            this.collateralValue = collateralValue;
            return this;
        }

        public Builder governingLaw(String governingLaw) {
            this.governingLaw = governingLaw;
            return this;
        }

        /** Validates and builds the terms; fails with {@link InvalidTermsException} naming the field. */
        public NoteTerms build() {
            CurrencyUnit ccy = currency == null ? Monetary.getCurrency("USD") : currency;
            if (principal == null) {
                throw new InvalidTermsException(id, "principal", null, "is required");
            }
            List<StatedPayment> stated = new ArrayList<>(statedSchedule.size());
            for (StatedPaymentDraft d : statedSchedule) {
                Objects.requireNonNull(d.amount(), "stated payment amount");
                stated.add(new StatedPayment(d.dueDate(), money(d.amount(), ccy)));
            }
            SecurityTerms securityTerms = new SecurityTerms(secured, collateral,
                    collateralValue == null ? null : money(collateralValue, ccy));
            return new NoteTerms(id, borrower, lender, sector, region, rating, money(principal, ccy), annualRate,
                    issueDate, firstPaymentDate, maturityDate, frequency, amortization,
                    statedPayment == null ? null : money(statedPayment, ccy), amortizationMonths, stated,
                    accrualBasis, oddDays, paymentRounding, interestRounding, prepayment, defaults, securityTerms,
                    governingLaw, rate, maxLawfulRate, paymentOnReset, negativeAmortizationCap, firstPrincipalDate, conventions,
                    structure, savingsClause, fees, precomputed, periodicFee, principalFrequency);
        }

        private static MonetaryAmount money(BigDecimal amount, CurrencyUnit currency) {
            return Money.of(amount, currency);
        }
    }
}
